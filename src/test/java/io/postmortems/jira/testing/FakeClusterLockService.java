package io.postmortems.jira.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

/**
 * Lock services for tests, honouring the beehive contract: one lock per name, shared by every caller that shares
 * the service, not to be relied on as re-entrant, no conditions. Plain classes handed out as Mockito mocks of
 * {@link ClusterLockService} and {@link ClusterLock} that delegate here.
 *
 * <ul>
 * <li>{@link #inMemory()}: one JVM's locks, for tests of one node (or of nodes sharing this service).</li>
 * <li>{@link #onDatabase(TestDatabase, String)}: a node's view of locks held in a database table, as Jira Data
 * Center's own lock service keeps them (a row per lock name, unique key; a node takes a lock by setting itself as
 * owner where there is none). Two services with different node names over one database exclude each other like two
 * cluster nodes; threads of one node exclude each other through a local lock first.</li>
 * </ul>
 */
public final class FakeClusterLockService {
    static final String TABLE = "PM_TEST_CLUSTER_LOCK";

    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();
    private final Function<String, Object> newLock;

    private FakeClusterLockService(Function<String, Object> newLock) {
        this.newLock = newLock;
    }

    /** A lock service of one JVM. */
    public static ClusterLockService inMemory() {
        return service(new FakeClusterLockService(name -> new LocalLock()));
    }

    /** The lock service of cluster node {@code node}, keeping its locks in {@code database}'s lock table. */
    public static ClusterLockService onDatabase(TestDatabase database, String node) {
        return service(new FakeClusterLockService(name -> new DatabaseLock(database, name, node)));
    }

    /** Makes the lock table if missing and releases every lock in it (a fresh cluster). */
    public static void resetLockTable(TestDatabase database) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " LOCKED_BY VARCHAR(64), UPDATED_AT BIGINT NOT NULL)");
            s.execute("DELETE FROM " + TABLE);
        }
    }

    private static ClusterLockService service(FakeClusterLockService fake) {
        return mock(ClusterLockService.class, withSettings().stubOnly().defaultAnswer(delegatesTo(fake)));
    }

    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, n -> mock(ClusterLock.class,
                withSettings().stubOnly().defaultAnswer(delegatesTo(newLock.apply(n)))));
    }

    /** The methods of {@link ClusterLock} (a {@link java.util.concurrent.locks.Lock}) that a lock answers. */
    public abstract static class LockMethods {
        public abstract boolean tryLock();

        public abstract void unlock();

        public abstract boolean isHeldByCurrentThread();

        public void lock() {
            while (!tryLock()) {
                pause();
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                pause();
            }
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(5);
            }
            return true;
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static final class LocalLock extends LockMethods {
        private final ReentrantLock delegate = new ReentrantLock();

        @Override
        public boolean tryLock() {
            return delegate.tryLock();
        }

        @Override
        public void lock() {
            delegate.lock();
        }

        @Override
        public void unlock() {
            delegate.unlock();
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return delegate.isHeldByCurrentThread();
        }
    }

    public static final class DatabaseLock extends LockMethods {
        private final ReentrantLock local = new ReentrantLock();
        private final TestDatabase database;
        private final String name;
        private final String node;

        DatabaseLock(TestDatabase database, String name, String node) {
            this.database = database;
            this.name = name;
            this.node = node;
        }

        @Override
        public boolean tryLock() {
            if (!local.tryLock()) {
                return false;
            }
            if (local.getHoldCount() > 1) {
                return true;
            }
            boolean taken = false;
            try {
                taken = takeRow();
                return taken;
            } finally {
                if (!taken) {
                    local.unlock();
                }
            }
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("lock " + name + " is not held by this thread");
            }
            try {
                if (local.getHoldCount() == 1) {
                    releaseRow();
                }
            } finally {
                local.unlock();
            }
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        private boolean takeRow() {
            try (Connection c = database.connect()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                        + " (LOCK_NAME, LOCKED_BY, UPDATED_AT) VALUES (?, NULL, ?)")) {
                    insert.setString(1, name);
                    insert.setLong(2, System.currentTimeMillis());
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                    // the row exists already (unique key): another node made it first
                }
                try (PreparedStatement take = c.prepareStatement("UPDATE " + TABLE
                        + " SET LOCKED_BY = ?, UPDATED_AT = ? WHERE LOCK_NAME = ? AND LOCKED_BY IS NULL")) {
                    take.setString(1, node);
                    take.setLong(2, System.currentTimeMillis());
                    take.setString(3, name);
                    return take.executeUpdate() == 1;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cluster lock " + name + " could not be taken: " + e.getMessage(), e);
            }
        }

        private void releaseRow() {
            try (Connection c = database.connect();
                 PreparedStatement release = c.prepareStatement("UPDATE " + TABLE
                         + " SET LOCKED_BY = NULL, UPDATED_AT = ? WHERE LOCK_NAME = ? AND LOCKED_BY = ?")) {
                release.setLong(1, System.currentTimeMillis());
                release.setString(2, name);
                release.setString(3, node);
                if (release.executeUpdate() != 1) {
                    throw new IllegalStateException("cluster lock " + name + " was not held by node " + node);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cluster lock " + name + " could not be released: " + e.getMessage(),
                        e);
            }
        }
    }
}
