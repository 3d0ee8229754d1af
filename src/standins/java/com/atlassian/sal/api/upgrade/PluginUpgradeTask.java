// Stand-in. Source: sal-api, com/atlassian/sal/api/upgrade/PluginUpgradeTask.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.upgrade)
package com.atlassian.sal.api.upgrade;

import com.atlassian.sal.api.message.Message;

import java.util.Collection;

public interface PluginUpgradeTask {
    int getBuildNumber();

    String getShortDescription();

    Collection<Message> doUpgrade() throws Exception;

    String getPluginKey();
}
