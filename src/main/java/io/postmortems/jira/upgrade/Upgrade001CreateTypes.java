package io.postmortems.jira.upgrade;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.postmortems.jira.provisioning.Provisioning;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.List;

/** Build 1: creates the Post-mortem and Countermeasure issue types and the Countermeasure link type. */
@Named
@ExportAsService(PluginUpgradeTask.class)
public class Upgrade001CreateTypes implements PluginUpgradeTask {
    private final Provisioning provisioning;

    @Inject
    public Upgrade001CreateTypes(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public int getBuildNumber() {
        return 1;
    }

    @Override
    public String getShortDescription() {
        return "Create Post-mortem issue and link types";
    }

    @Override
    public Collection<Message> doUpgrade() throws Exception {
        provisioning.ensure();
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return PluginKey.VALUE;
    }
}
