// Stand-in. Source: sal-api, com/atlassian/sal/api/pluginsettings/PluginSettings.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.pluginsettings)
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
