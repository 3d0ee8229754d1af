package io.postmortems.jira.upgrade;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.postmortems.jira.store.AoPostMortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;

/**
 * Build 2: writes the JQL mirror property of every stored post-mortem (documents saved before the mirror existed).
 * Rewriting a property with the same value is harmless, so running it again changes nothing.
 */
@Named
@ExportAsService(PluginUpgradeTask.class)
public class Upgrade002BackfillMirror implements PluginUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade002BackfillMirror.class);
    private final AoPostMortemStore store;

    @Inject
    public Upgrade002BackfillMirror(AoPostMortemStore store) {
        this.store = store;
    }

    @Override
    public int getBuildNumber() {
        return 2;
    }

    @Override
    public String getShortDescription() {
        return "Index existing post-mortems for JQL";
    }

    @Override
    public Collection<Message> doUpgrade() {
        AoPostMortemStore.MirrorRefresh done = store.refreshMirrors(store.issueIds());
        LOG.info("Indexed {} post-mortems for JQL; {} could not be indexed (listed on the settings page of this node)",
                done.written(), done.failed());
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return PluginKey.VALUE;
    }
}
