// Stand-in. Source: atlassian-plugins-webfragment-api (Platform 8) com/atlassian/plugin/web/Condition.java
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
