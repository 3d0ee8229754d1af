package io.postmortems.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

/**
 * The part of the ActiveObjects service the app calls, over a real {@link EntityManager}, so store code runs against
 * a real database in tests. A plain class: {@link #over(EntityManager)} hands it out as a Mockito mock of
 * {@link ActiveObjects} delegating here, so the test keeps compiling against the real interface whatever it adds.
 * SQL errors surface as unchecked exceptions, as Atlassian's implementation does.
 */
public final class FakeActiveObjects {
    private final EntityManager em;

    private FakeActiveObjects(EntityManager em) {
        this.em = em;
    }

    /** The service over this entity manager (a stub-only mock: it records no calls, so big documents are not kept). */
    public static ActiveObjects over(EntityManager em) {
        return mock(ActiveObjects.class, withSettings().stubOnly().defaultAnswer(delegatesTo(new FakeActiveObjects(em))));
    }

    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> em.get(type, key));
    }

    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> em.create(type, params));
    }

    public void delete(RawEntity<?>... entities) {
        call(() -> {
            em.delete(entities);
            return null;
        });
    }

    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> em.find(type, query));
    }

    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> em.count(type, query));
    }

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
