package io.postmortems.jira.store;

import io.postmortems.jira.publish.PublishRequestEntity;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates every table of the app's ao module, as Jira does when the plugin is enabled. */
public final class StoreDatabaseUpdater implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager em) throws Exception {
        em.migrate(PostMortemEntity.class, PublishRequestEntity.class);
    }
}
