// Stand-in. Source: sal-api, com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.pluginsettings)
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
