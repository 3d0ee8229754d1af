package io.postmortems.jira.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The database-held lock double excludes two nodes through the database alone (each node has its own objects). */
@RunWith(Parameterized.class)
public class FakeClusterLockServiceTest {
    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final TestDatabase database;

    public FakeClusterLockServiceTest(TestDatabase database) {
        this.database = database;
    }

    @Before
    public void freshCluster() throws Exception {
        FakeClusterLockService.resetLockTable(database);
    }

    @Test
    public void onDatabase_shouldLetOneNodeHoldALockUntilItReleasesIt() throws Exception {
        ClusterLock onA = FakeClusterLockService.onDatabase(database, "node-a").getLockForName("io.postmortems.x");
        ClusterLock onB = FakeClusterLockService.onDatabase(database, "node-b").getLockForName("io.postmortems.x");
        ClusterLock otherOnB = FakeClusterLockService.onDatabase(database, "node-b").getLockForName("io.postmortems.y");

        assertTrue(onA.tryLock());
        assertFalse("held by node A", onB.tryLock());
        assertFalse("held by node A", onB.tryLock(30, TimeUnit.MILLISECONDS));
        assertTrue("another name is free", otherOnB.tryLock());
        onA.unlock();
        assertTrue("released by node A", onB.tryLock());
        onB.unlock();
        otherOnB.unlock();
    }

    @Test
    public void onDatabase_shouldExcludeOtherThreadsOfTheSameNode() throws Exception {
        ClusterLockService node = FakeClusterLockService.onDatabase(database, "node-a");
        ClusterLock lock = node.getLockForName("io.postmortems.z");
        assertTrue(lock.tryLock());
        AtomicBoolean other = new AtomicBoolean(true);
        Thread thread = new Thread(() -> other.set(node.getLockForName("io.postmortems.z").tryLock()));
        thread.start();
        thread.join();
        assertFalse(other.get());
        lock.unlock();
        assertThrows(IllegalMonitorStateException.class, lock::unlock);
    }
}
