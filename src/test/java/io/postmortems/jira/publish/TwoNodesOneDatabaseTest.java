package io.postmortems.jira.publish;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.PublishStatus.State;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.FakeClusterLockService;
import io.postmortems.jira.testing.TestDatabase;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.fake.PublishingFixture;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * Two app instances (Jira Data Center nodes) on one database, each with its own connections, store, outbox, worker
 * and scheduler, publishing to one (fake) Confluence. Cluster locks live in the database, as Jira Data Center's do.
 * Users on both nodes save and request publishes at the same time while both schedulers run: every post-mortem gets
 * exactly one page, and the last saved text of every post-mortem is what its page shows (no request lost), with no
 * second page (no request doubled into a second create).
 *
 * <p>A node's services are grouped in {@link Node}; stores added later (reminders, revisits, approvals) and their
 * schedulers join it there, and their checks join {@link #settle()}.</p>
 */
@RunWith(Parameterized.class)
public class TwoNodesOneDatabaseTest {
    private static final int POST_MORTEMS = 10;
    private static final int ROUNDS = 3;
    private static final long FIRST_ISSUE = 5000L;
    private static final long SETTLE_MILLIS = 90_000;

    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    private final SettingsStore settings = mock(SettingsStore.class, withSettings().stubOnly());
    private final IssueManager issues = mock(IssueManager.class, withSettings().stubOnly());
    private final UserManager users = mock(UserManager.class, withSettings().stubOnly());
    private final MutableIssue issue = mock(MutableIssue.class, withSettings().stubOnly());
    private final ApplicationUser alice = mock(ApplicationUser.class, withSettings().stubOnly());
    private final AtomicInteger links = new AtomicInteger();
    private final AtomicInteger requestsMade = new AtomicInteger();
    private final AtomicInteger editConflicts = new AtomicInteger();
    private Node a;
    private Node b;

    public TwoNodesOneDatabaseTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    /** One Jira node running the app. */
    private final class Node {
        final String name;
        final ActiveObjects ao;
        final AoPostMortemStore store;
        final AoPublishRequests requests;
        final PublishWorker worker;
        final PublishScheduler scheduler;
        final AtomicInteger attempts = new AtomicInteger();

        Node(String name, EntityManager entityManager) {
            this.name = name;
            Clock clock = Clock.systemUTC();
            ao = FakeActiveObjects.over(entityManager);
            store = new AoPostMortemStore(ao, (issueId, key, json) -> { }, new PostMortemCodec(), clock);
            requests = new AoPublishRequests(ao, clock);
            PublisherFactory publishers = (config, user) -> {
                attempts.incrementAndGet();
                return fx.publisher();
            };
            WikiPageLinker linker = (linked, user, url, pageId) -> links.incrementAndGet();
            worker = new PublishWorker(requests, new ClusterLocks(FakeClusterLockService.onDatabase(db.database(),
                    name)), issues, users, mock(JiraAuthenticationContext.class, withSettings().stubOnly()), store,
                    settings, new BasicPublishGate(), publishers, linker, clock);
            scheduler = new PublishScheduler(worker, () -> fastSchedule("publisher-" + name));
        }

        void start() {
            scheduler.onStart();
        }

        void stop() {
            scheduler.onStop();
        }

        /** A user edits the post-mortem on this node (reloading on a concurrent edit, as the panel asks) and publishes. */
        void editAndPublish(long issueId, String summary) throws InterruptedException {
            for (int attempt = 0; ; attempt++) {
                var latest = store.load(issueId).orElseThrow();
                PostMortem document = latest.document();
                document.setSummary(summary);
                try {
                    store.save(issueId, document, latest.revision());
                    break;
                } catch (ConcurrentEditException e) {
                    editConflicts.incrementAndGet();
                    if (attempt > 50) {
                        throw new AssertionError("node " + name + " could not save issue " + issueId, e);
                    }
                    Thread.sleep(2);
                }
            }
            requests.request(issueId, "alice", PublishRequests.Trigger.PUBLISH_NOW);
            requestsMade.incrementAndGet();
        }
    }

    /** The schedule of the real scheduler, run every 20 ms from the start instead of every 30 s after 10 s. */
    private static ScheduledExecutorService fastSchedule(String threadName) {
        return new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        }) {
            @Override
            public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                             TimeUnit unit) {
                return super.scheduleWithFixedDelay(command, 0, 20, TimeUnit.MILLISECONDS);
            }
        };
    }

    @Before
    public void twoNodes() throws Exception {
        FakeClusterLockService.resetLockTable(db.database());
        when(settings.load()).thenReturn(AppSettings.builder().spaceKey(PublishingFixture.SPACE).build());
        when(issues.getIssueObject(anyLong())).thenReturn(issue);
        when(issue.getSecurityLevelId()).thenReturn(null);
        when(users.getUserByKey(anyString())).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        a = new Node("node-a", db.entityManager());
        b = new Node("node-b", db.newNode());
    }

    @After
    public void stopNodes() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    public void twoNodes_shouldPublishOnePagePerPostMortemAndLoseNoRequest() throws Exception {
        for (int i = 0; i < POST_MORTEMS; i++) {
            PostMortem document = PublishingFixture.doc("PM-" + (i + 1), "Outage " + (i + 1));
            (i % 2 == 0 ? a : b).store.save(FIRST_ISSUE + i, document, 0);
        }
        a.start();
        b.start();

        ExecutorService users = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> work = new ArrayList<>();
                Random random = new Random(round);
                for (int i = 0; i < POST_MORTEMS; i++) {
                    long issueId = FIRST_ISSUE + i;
                    for (Node node : List.of(a, b)) {
                        String summary = "round " + round + " edited on " + node.name;
                        long pause = random.nextInt(15);
                        work.add(users.submit(() -> {
                            Thread.sleep(pause);
                            node.editAndPublish(issueId, summary);
                            return null;
                        }));
                    }
                }
                for (Future<?> f : work) {
                    f.get();
                }
                Thread.sleep(40);
            }
        } finally {
            users.shutdownNow();
        }
        settle();

        long creates = fx.fake.calls().stream()
                .filter(c -> c.method().equals("POST") && c.target().matches("/rest/api/content\\??"))
                .count();
        for (int i = 0; i < POST_MORTEMS; i++) {
            long issueId = FIRST_ISSUE + i;
            String title = "PM-" + (i + 1) + " Outage " + (i + 1);
            List<FakeConfluence.PageView> pages = fx.fake.pagesTitled(PublishingFixture.SPACE, title);
            assertEquals("pages titled " + title, 1, pages.size());
            var stored = a.store.load(issueId).orElseThrow();
            assertEquals(title + ": the document names its page", pages.get(0).id(),
                    stored.document().getPage().getPageId());
            assertTrue(stored.document().getSummary(), stored.document().getSummary().startsWith(
                    "round " + (ROUNDS - 1) + " "));
            assertEquals(title + ": the page shows the last saved text",
                    "<p>" + stored.document().getSummary() + "</p>", pages.get(0).body());
            assertEquals(State.PUBLISHED, b.requests.statusOf(issueId).orElseThrow().state());
        }
        System.out.printf("DB-FIGURE %s two nodes: %d post-mortems, %d edits+publish requests from both nodes"
                        + " (%d edit conflicts retried), %d attempts on node A and %d on node B, %d pages created,"
                        + " %d issue links saved, %d Confluence calls%n", db.database(), POST_MORTEMS, requestsMade.get(),
                editConflicts.get(), a.attempts.get(), b.attempts.get(), creates, links.get(), fx.fake.calls().size());
    }

    /** Waits until no publish request is due or under way on either node. */
    private void settle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            boolean settled = true;
            for (int i = 0; i < POST_MORTEMS && settled; i++) {
                Optional<PublishStatus> status = a.requests.statusOf(FIRST_ISSUE + i);
                settled = status.isPresent() && status.get().state() != State.PENDING
                        && status.get().state() != State.RETRY_PENDING;
            }
            if (settled) {
                a.stop();
                b.stop();
                return;
            }
            Thread.sleep(50);
        }
        fail("publish requests still pending after " + SETTLE_MILLIS + " ms");
    }
}
