package io.postmortems.jira.publish;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.Status;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.StorageFormatRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.PublishStatus.State;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.FakeClusterLockService;
import io.postmortems.jira.testing.TestDatabase;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** The outbox and its worker on HSQLDB, PostgreSQL and MariaDB; Jira services and the publisher are mocks. */
@RunWith(Parameterized.class)
public class PublishWorkerTest {
    private static final long ISSUE = 77L;

    @Parameterized.Parameters(name = "{0}")
    public static java.util.List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;
    private EntityManager entityManager;

    public PublishWorkerTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    private final MutableClock clock = new MutableClock();
    private AoPublishRequests requests;
    private AoPostMortemStore store;
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final PublisherFactory factory = mock(PublisherFactory.class);
    private final Publisher publisher = mock(Publisher.class);
    private final WikiPageLinker linker = mock(WikiPageLinker.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final ApplicationProperties jira = mock(ApplicationProperties.class);
    private final TicketStatuses ticketStatuses = mock(TicketStatuses.class);
    private static final String JIRA = "https://jira.example.com/jira";
    private PublishWorker worker;

    private CountermeasureStatusReconciler reconciler() {
        when(ticketStatuses.load(any(), any())).thenReturn(Optional.of(Map.of()));
        return new CountermeasureStatusReconciler(ticketStatuses, store);
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Before
    public void setUp() throws Exception {
        entityManager = db.entityManager();
        var ao = FakeActiveObjects.over(entityManager);
        requests = new AoPublishRequests(ao, clock);
        store = new AoPostMortemStore(ao, (id, key, json) -> { }, new PostMortemCodec(), clock);
        when(jira.getBaseUrl(UrlMode.CANONICAL)).thenReturn(JIRA);
        worker = new PublishWorker(requests, new ClusterLocks(FakeClusterLockService.inMemory()), issues, users,
                auth, store, settings, new BasicPublishGate(), factory, linker, jira, reconciler(), clock);
        when(issues.getIssueObject(ISSUE)).thenReturn(issue);
        when(issue.getSecurityLevelId()).thenReturn(null); // Mockito would answer 0L: "has a level"
        when(users.getUserByKey("alice")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        when(settings.load()).thenReturn(withSpace(false));
        when(factory.create(any(), eq(alice))).thenReturn(publisher);
        PostMortem pm = new PostMortem();
        pm.setTitle("Checkout down");
        pm.setSeverity("SEV1");
        store.save(ISSUE, pm, 0);
    }

    private static AppSettings withSpace(boolean restricted) {
        return AppSettings.builder().spaceKey("OPS").restrictedTarget(restricted).build();
    }

    private static PublishOutcome published() {
        PublishedPage page = new PublishedPage();
        page.setPageId("123");
        page.setUrl("https://wiki.example.com/pages/viewpage.action?pageId=123");
        page.setVersion(3);
        return new PublishOutcome(PublishOutcome.Result.PUBLISHED, page, null, null, 4);
    }

    @Test
    public void request_shouldNotDuplicateAPendingRequest() {
        requests.request(ISSUE, "alice", PublishRequests.Trigger.TRANSITION_TO_DONE);
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, entityManagerCount());
        assertEquals(State.PENDING, requests.statusOf(ISSUE).orElseThrow().state());
    }

    private int entityManagerCount() {
        try {
            return entityManager.count(PublishRequestEntity.class);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void runDue_shouldPublishStoreThePageAndLinkTheIssue() {
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.TRANSITION_TO_DONE);
        assertEquals(1, worker.runDue());
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.PUBLISHED, status.state());
        assertEquals(Integer.valueOf(3), status.pageVersion());
        var stored = store.load(ISSUE).orElseThrow();
        assertEquals("123", stored.document().getPage().getPageId());
        assertEquals(2, stored.revision());
        verify(linker).link(issue, alice, "https://wiki.example.com/pages/viewpage.action?pageId=123", "123");
        verify(auth).setLoggedInUser(alice);
        assertEquals(0, worker.runDue());
    }

    private static AppSettings withPageLanguage(String tag) {
        return withSpace(false).toBuilder().pageLanguage(tag).build();
    }

    private Locale publishedLocale(String pageLanguage) {
        when(settings.load()).thenReturn(withPageLanguage(pageLanguage));
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        ArgumentCaptor<PublishTarget> target = ArgumentCaptor.forClass(PublishTarget.class);
        verify(publisher).publish(any(), target.capture());
        return target.getValue().pageLocale();
    }

    @Test
    public void runDue_shouldPublishInThePageLanguageOfTheSettings() {
        assertEquals(Locale.forLanguageTag("de-CH"), publishedLocale("de-CH"));
    }

    @Test
    public void runDue_shouldPublishEnglishForAPageLanguageThatIsNoLanguageTag() {
        assertEquals(Locale.ENGLISH, publishedLocale("not a language!"));
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void runDue_shouldScheduleARetryAndNotTouchTheDocument() {
        when(publisher.publish(any(), any())).thenReturn(new PublishOutcome(PublishOutcome.Result.RETRY_PENDING,
                null, "Confluence is busy (HTTP 503)", Duration.ofMinutes(2), 1));
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.RETRY_PENDING, status.state());
        assertEquals(Instant.parse("2026-03-01T10:02:00Z"), status.nextAttempt());
        assertEquals("postmortems.publish.retry.confluence", status.lastMessage().key());
        assertEquals(java.util.List.of("Confluence is busy (HTTP 503)"), status.lastMessage().args());
        assertEquals("Publishing to Confluence will be tried again: Confluence is busy (HTTP 503)",
                status.lastError());
        assertEquals(1, store.load(ISSUE).orElseThrow().revision());
        assertNull(store.load(ISSUE).orElseThrow().document().getPage());

        assertEquals("not due yet", 0, worker.runDue());
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        when(publisher.publish(any(), any())).thenReturn(published());
        assertEquals(1, worker.runDue());
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void runDue_shouldRenderThePageAsPublishedWithJiraLinksAndStoreTheStatus() {
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        ArgumentCaptor<PostMortem> rendered = ArgumentCaptor.forClass(PostMortem.class);
        ArgumentCaptor<PublishTarget> target = ArgumentCaptor.forClass(PublishTarget.class);
        verify(publisher).publish(rendered.capture(), target.capture());
        assertEquals("the page says Published on this very publish", Status.PUBLISHED,
                rendered.getValue().getStatus());
        assertEquals(JIRA, target.getValue().jiraBaseUrl());
        assertEquals(Status.PUBLISHED, store.load(ISSUE).orElseThrow().document().getStatus());
    }

    @Test
    public void runDue_shouldKeepTheStatusWhenPublishingFails() {
        when(publisher.publish(any(), any())).thenReturn(new PublishOutcome(PublishOutcome.Result.FAILED, null,
                "Space OPS does not exist", null, 1));
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        assertEquals(State.FAILED, requests.statusOf(ISSUE).orElseThrow().state());
        assertEquals(Status.DRAFT, store.load(ISSUE).orElseThrow().document().getStatus());
    }

    @Test
    public void runDue_shouldTakeTicketStatusesBeforeRenderingThePage() throws Exception {
        var latest = store.load(ISSUE).orElseThrow();
        Countermeasure cm = new Countermeasure("c1", "Canary stage", "alice", java.time.LocalDate.of(2026, 2, 1));
        cm.setIssueKey("PM-2");
        latest.document().getCountermeasures().add(cm);
        store.save(ISSUE, latest.document(), latest.revision());
        when(ticketStatuses.load(eq(alice), any())).thenReturn(Optional.of(Map.of("PM-2",
                new TicketStatuses.TicketStatus("PM-2", "Canary stage", "Done", true))));
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        ArgumentCaptor<PostMortem> rendered = ArgumentCaptor.forClass(PostMortem.class);
        verify(publisher).publish(rendered.capture(), any());
        assertEquals(CountermeasureStatus.DONE, rendered.getValue().getCountermeasures().get(0).getStatus());
        assertEquals(CountermeasureStatus.DONE,
                store.load(ISSUE).orElseThrow().document().getCountermeasures().get(0).getStatus());
    }

    /** The real renderer and publisher against the fake Confluence: the stored page links back to Jira. */
    @Test
    public void runDue_shouldStoreAPageLinkingTheIssueCountermeasuresAndRelatedIncidentsToJira() throws Exception {
        var latest = store.load(ISSUE).orElseThrow();
        PostMortem doc = latest.document();
        doc.setIssueKey("PM-1");
        Countermeasure cm = new Countermeasure("c1", "Canary stage", "alice", java.time.LocalDate.of(2026, 4, 1));
        cm.setIssueKey("PM-2");
        doc.getCountermeasures().add(cm);
        doc.getRelatedIncidents().add("INC-7");
        store.save(ISSUE, doc, latest.revision());
        try (FakeConfluence fake = FakeConfluence.start("OPS")) {
            when(factory.create(any(), eq(alice))).thenReturn(new ConfluencePublisher(
                    new HttpClientTransport(fake.baseUrl(), FakeConfluence.TOKEN), new StorageFormatRenderer()));
            requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
            assertEquals(1, worker.runDue());
            assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
            String body = fake.currentPages().stream().filter(p -> p.title().contains("PM-1"))
                    .findFirst().orElseThrow().body();
            for (String key : List.of("PM-1", "PM-2", "INC-7")) {
                assertTrue(key + " links to Jira", body.contains("<a href=\"" + JIRA + "/browse/" + key + "\">" + key
                        + "</a>"));
            }
        }
    }

    @Test
    public void runDue_shouldPickUpRequestsLeftBeforeARestart() {
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        // a "restarted node": new objects over the same database
        var ao = FakeActiveObjects.over(entityManager);
        AoPublishRequests fresh = new AoPublishRequests(ao, clock);
        PublishWorker restarted = new PublishWorker(fresh, new ClusterLocks(FakeClusterLockService.inMemory()),
                issues, users, auth, store, settings, new BasicPublishGate(), factory, linker, jira, reconciler(),
                clock);
        when(publisher.publish(any(), any())).thenReturn(published());
        assertEquals(1, restarted.runDue());
        assertEquals(State.PUBLISHED, fresh.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void runDue_shouldNeverPublishASecuredIssueToAnUnrestrictedSpace() throws Exception {
        when(issue.getSecurityLevelId()).thenReturn(10000L);
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.FAILED, status.state());
        assertTrue(status.lastError(), status.lastError().contains("security level"));
        assertEquals("postmortems.publish.error.security-level", status.lastMessage().key());
        verify(factory, never()).create(any(), any());
    }

    @Test
    public void runDue_shouldPublishASecuredIssueWhenTheTargetIsRestricted() {
        when(issue.getSecurityLevelId()).thenReturn(10000L);
        when(settings.load()).thenReturn(withSpace(true));
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void runDue_shouldRecordTheGateReasonAndNotPublish() throws Exception {
        PostMortem untitled = store.load(ISSUE).orElseThrow().document();
        untitled.setTitle(null);
        store.save(ISSUE, untitled, 1);
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.FAILED, status.state());
        assertTrue(status.lastError(), status.lastError().contains("title"));
        assertEquals("postmortems.publish.gate.no-title", status.lastMessage().key());
        verify(publisher, never()).publish(any(), any());
    }

    @Test
    public void runDue_shouldRecordAnUnauthorisedApplicationLinkAsAClearFailure() throws Exception {
        when(factory.create(any(), eq(alice))).thenThrow(new PublishSetupException(
                "Authorise the application link to Confluence first.", false));
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.FAILED, status.state());
        assertEquals("Authorise the application link to Confluence first.", status.lastError());
        assertEquals(PublishMessage.TEXT, status.lastMessage().key());
    }

    @Test
    public void runDue_shouldStoreThePageIntoTheLatestDocumentWhenEditedMeanwhile() throws Exception {
        AtomicReference<Boolean> edited = new AtomicReference<>(false);
        when(publisher.publish(any(), any())).thenAnswer(inv -> {
            // someone saves the document while the page is being written
            PostMortem meanwhile = store.load(ISSUE).orElseThrow().document();
            meanwhile.setSummary("edited during publish");
            store.save(ISSUE, meanwhile, 1);
            edited.set(true);
            return published();
        });
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        var stored = store.load(ISSUE).orElseThrow();
        assertTrue(edited.get());
        assertEquals("edited during publish", stored.document().getSummary());
        assertEquals("123", stored.document().getPage().getPageId());
        assertEquals(3, stored.revision());
    }

    @Test
    public void runDue_shouldRepublishWhenARequestArrivesDuringAnAttempt() {
        when(publisher.publish(any(), any())).thenAnswer(inv -> {
            requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
            return published();
        }).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        worker.runDue();
        assertEquals(State.PENDING, requests.statusOf(ISSUE).orElseThrow().state());
        worker.runDue();
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void runDue_shouldSkipAnIssueLockedByAnotherNode() {
        ClusterLockService shared = FakeClusterLockService.inMemory();
        PublishWorker node = new PublishWorker(requests, new ClusterLocks(shared), issues, users, auth, store,
                settings, new BasicPublishGate(), factory, linker, jira, reconciler(), clock);
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        var lock = shared.getLockForName("io.postmortems.publish." + ISSUE);
        Thread other = new Thread(lock::lock);
        other.start();
        try {
            other.join();
            assertEquals(0, node.runDue());
            assertFalse(requests.statusOf(ISSUE).orElseThrow().state() == State.PUBLISHED);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The service over this test's database that runs {@code meanwhile} once, right after an armed read of the outbox. */
    private ActiveObjects interleaving(AtomicBoolean armed, Runnable meanwhile) {
        var plain = delegatesTo(FakeActiveObjects.over(entityManager));
        return mock(ActiveObjects.class, withSettings().stubOnly().defaultAnswer(inv -> {
            Object result = plain.answer(inv);
            if (inv.getMethod().getName().equals("find") && inv.getArgument(0) == PublishRequestEntity.class
                    && armed.compareAndSet(true, false)) {
                Thread other = new Thread(meanwhile);
                other.start();
                other.join();
            }
            return result;
        }));
    }

    @Test
    public void runDue_shouldNotLoseARequestMadeWhileTheOutcomeIsRecorded() {
        var armed = new AtomicBoolean();
        // the worker's node reads the outbox row to record the outcome; another node's request lands right then
        AoPublishRequests workerSide = new AoPublishRequests(interleaving(armed,
                () -> requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW)), clock);
        PublishWorker node = new PublishWorker(workerSide, new ClusterLocks(FakeClusterLockService.inMemory()), issues,
                users, auth, store, settings, new BasicPublishGate(), factory, linker, jira, reconciler(), clock);
        when(publisher.publish(any(), any())).thenAnswer(inv -> {
            armed.set(true);
            return published();
        }).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);

        assertEquals(1, node.runDue());

        assertEquals("the request made during the attempt is still to be worked", State.PENDING,
                requests.statusOf(ISSUE).orElseThrow().state());
        assertEquals(1, node.runDue());
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
        verify(publisher, times(2)).publish(any(), any());
    }

    @Test
    public void runDue_shouldNotLoseARequestThatReadTheRowBeforeTheOutcomeWasRecorded() {
        var armed = new AtomicBoolean();
        AtomicReference<Runnable> recordOutcome = new AtomicReference<>();
        // the requesting node reads the row (still pending), then the worker records its outcome, then the request
        // writes its bump
        AoPublishRequests requestSide = new AoPublishRequests(interleaving(armed, () -> recordOutcome.get().run()),
                clock);
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        var claim = requests.claim(ISSUE).orElseThrow();
        recordOutcome.set(() -> requests.recordPublished(claim, "https://wiki.example.com/x", 1));
        armed.set(true);

        requestSide.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);

        assertEquals("the request made while the outcome was recorded is still to be worked", State.PENDING,
                requests.statusOf(ISSUE).orElseThrow().state());
    }

    @Test
    public void request_shouldKeepOneRowPerIssueWhenManyRequestsArriveAtOnce() throws Exception {
        int threads = 6;
        int issuesCount = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        java.util.List<Future<?>> done = new java.util.ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < issuesCount; i++) {
                        requests.request(1000L + i, "alice", PublishRequests.Trigger.PUBLISH_NOW);
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(issuesCount, entityManagerCount());
        for (int i = 0; i < issuesCount; i++) {
            assertEquals(State.PENDING, requests.statusOf(1000L + i).orElseThrow().state());
        }
        assertEquals(issuesCount, requests.dueIssueIds(100).size());
        System.out.printf("DB-FIGURE %s concurrent publish requests: %d threads x %d issues at once: %d outbox rows,"
                + " all pending%n", db.database(), threads, issuesCount, entityManagerCount());
    }

    @Test
    public void runDue_shouldGiveUpAfterTheLastAttemptNamingTheReason() {
        when(publisher.publish(any(), any())).thenReturn(new PublishOutcome(PublishOutcome.Result.RETRY_PENDING,
                null, "Confluence is busy (HTTP 503)", Duration.ofMinutes(1), 1));
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        for (int i = 0; i < PublishWorker.MAX_ATTEMPTS; i++) {
            worker.runDue();
            clock.now = clock.now.plus(Duration.ofMinutes(2));
        }
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.FAILED, status.state());
        assertEquals("postmortems.publish.error.gave-up", status.lastMessage().key());
        assertEquals("postmortems.publish.retry.confluence", status.lastMessage().detail().key());
        assertEquals("Publishing to Confluence will be tried again: Confluence is busy (HTTP 503) Gave up after "
                + PublishWorker.MAX_ATTEMPTS + " attempts; publish again from the issue.", status.lastError());
    }

    @Test
    public void runDue_shouldParkARequestThatThrowsAnErrorAndPublishTheOthers() throws Exception {
        long other = 78L;
        MutableIssue otherIssue = mock(MutableIssue.class);
        when(issues.getIssueObject(other)).thenReturn(otherIssue);
        when(otherIssue.getSecurityLevelId()).thenReturn(null);
        PostMortem second = new PostMortem();
        second.setTitle("Search down");
        second.setSeverity("SEV2");
        store.save(other, second, 0);
        when(publisher.publish(any(), any())).thenAnswer(inv -> {
            if ("Checkout down".equals(((PostMortem) inv.getArgument(0)).getTitle())) {
                throw new StackOverflowError();
            }
            return published();
        });
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        requests.request(other, "alice", PublishRequests.Trigger.PUBLISH_NOW);

        assertEquals(2, worker.runDue());

        PublishStatus poisoned = requests.statusOf(ISSUE).orElseThrow();
        assertEquals("parked, not retried", State.FAILED, poisoned.state());
        assertEquals("postmortems.publish.error.parked", poisoned.lastMessage().key());
        assertTrue(poisoned.lastError(), poisoned.lastError().contains("StackOverflowError"));
        assertEquals(State.PUBLISHED, requests.statusOf(other).orElseThrow().state());
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertEquals("nothing is due any more", 0, worker.runDue());
    }

    // ---- the external summary's page (issue #15 item 4) ----

    private final Publisher externalPages = mock(Publisher.class);

    private void withExternalSummary(String whatHappened) throws Exception {
        var stored = store.load(ISSUE).orElseThrow();
        PostMortem pm = stored.document();
        io.postmortems.core.model.ExternalSummary s = new io.postmortems.core.model.ExternalSummary();
        s.setWhatHappened(whatHappened);
        s.setImpact("Some orders waited.");
        s.setWhatWeChanged("We added capacity.");
        pm.setExternalSummary(s);
        store.save(ISSUE, pm, stored.revision());
    }

    private void withExternalSpace() throws Exception {
        when(settings.load()).thenReturn(withSpace(false).toBuilder()
                .externalSpace(new io.postmortems.jira.settings.ExternalSpaceSettings("SEC", null)).build());
        when(factory.createExternal(any(), eq(alice)))
                .thenReturn(new io.postmortems.publishing.publisher.ExternalSummaryPublisher(externalPages));
        when(publisher.publish(any(), any())).thenReturn(published());
    }

    @Test
    public void runDue_shouldAlsoPublishTheExternalSummaryIntoTheExternalSpace() throws Exception {
        withExternalSpace();
        withExternalSummary("Payments were slow.");
        PublishedPage external = new PublishedPage();
        external.setPageId("456");
        when(externalPages.publish(any(), any())).thenReturn(
                new PublishOutcome(PublishOutcome.Result.PUBLISHED, external, null, null, 3));
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
        PostMortem stored = store.load(ISSUE).orElseThrow().document();
        assertEquals("123", stored.getPage().getPageId());
        assertEquals("456", stored.getExternalPage().getPageId());
        ArgumentCaptor<PostMortem> projection = ArgumentCaptor.forClass(PostMortem.class);
        ArgumentCaptor<PublishTarget> target = ArgumentCaptor.forClass(PublishTarget.class);
        verify(externalPages).publish(projection.capture(), target.capture());
        assertEquals("SEC", target.getValue().spaceKey());
        assertEquals("Incident reports", target.getValue().rootTitle());
        assertTrue(projection.getValue().getIssueKey() == null
                || projection.getValue().getIssueKey().startsWith("external-"));
    }

    @Test
    public void runDue_shouldKeepThePageButFailTheRequestWhileTheExternalReviewFindsErrors() throws Exception {
        withExternalSpace();
        withExternalSummary("See OPS-1234.");
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(State.FAILED, status.state());
        assertEquals("postmortems.publish.error.external.review", status.lastMessage().key());
        assertEquals("the post-mortem's page is kept", "123",
                store.load(ISSUE).orElseThrow().document().getPage().getPageId());
        verify(externalPages, never()).publish(any(), any());
    }

    @Test
    public void runDue_shouldNotTouchExternalPagesWithoutAnExternalSpace() throws Exception {
        withExternalSummary("Payments were slow.");
        when(publisher.publish(any(), any())).thenReturn(published());
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        assertEquals(State.PUBLISHED, requests.statusOf(ISSUE).orElseThrow().state());
        verify(factory, never()).createExternal(any(), any());
        assertNull(store.load(ISSUE).orElseThrow().document().getExternalPage());
    }
}
