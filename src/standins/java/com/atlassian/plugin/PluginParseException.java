// Stand-in. Source: atlassian-plugins-core (Platform 8) com/atlassian/plugin/PluginParseException.java (unchecked, extends PluginException extends RuntimeException)
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
