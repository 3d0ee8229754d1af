// Stand-in. Source: atlassian-plugins-webfragment-api (Platform 8) com/atlassian/plugin/web/ContextProvider.java
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
