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
 * Build 3: rewrites the JQL mirror property of every stored post-mortem once more, so documents saved before the
 * mirror had {@code followThroughOpen} (effectiveness checks and revisits pending) are found by the reminder job
 * without waiting for their next save. A post-mortem that cannot be read or whose property Jira refuses is logged and
 * listed on the settings page of this node; the others go on. Rewriting a property with the same value is harmless,
 * so running it again changes nothing.
 */
@Named
@ExportAsService(PluginUpgradeTask.class)
public class Upgrade003FollowThroughMirror implements PluginUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade003FollowThroughMirror.class);
    private final AoPostMortemStore store;

    @Inject
    public Upgrade003FollowThroughMirror(AoPostMortemStore store) {
        this.store = store;
    }

    @Override
    public int getBuildNumber() {
        return 3;
    }

    @Override
    public String getShortDescription() {
        return "Index follow-through of existing post-mortems";
    }

    @Override
    public Collection<Message> doUpgrade() {
        AoPostMortemStore.MirrorRefresh done = store.refreshMirrors(store.issueIds());
        LOG.info("Follow-through indexed for {} post-mortems; {} could not be indexed (listed on the settings page of"
                + " this node)", done.written(), done.failed());
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return PluginKey.VALUE;
    }
}
