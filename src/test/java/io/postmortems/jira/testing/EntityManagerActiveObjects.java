package io.postmortems.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;

/**
 * The ActiveObjects service (our stand-in interface) over the real {@link EntityManager} of activeobjects-test, so
 * store code runs against a real database (HSQLDB) in tests. SQL errors surface as unchecked exceptions, as
 * Atlassian's implementation does.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager em;

    public EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> em.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> em.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> em.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> em.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return call(() -> new Transaction<T>(em) {
            @Override
            protected T run() {
                return callback.doInTransaction();
            }
        }.execute());
    }

    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }
}
