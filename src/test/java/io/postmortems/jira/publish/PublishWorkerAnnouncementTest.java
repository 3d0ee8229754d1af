package io.postmortems.jira.publish;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Approval;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.PublishStatus.State;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.settings.WorkflowSettings;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.FakeClusterLockService;
import io.postmortems.jira.testing.TestDatabase;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.Publisher;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The first successful publish is announced once; a re-publish is not; announcing never fails a publish. */
@RunWith(Parameterized.class)
public class PublishWorkerAnnouncementTest {
    private static final long ISSUE = 77L;
    private static final String URL = "https://wiki.example.com/pages/viewpage.action?pageId=123";

    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;

    public PublishWorkerAnnouncementTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-04-03T09:00:00Z"), ZoneOffset.UTC);
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final PublisherFactory factory = mock(PublisherFactory.class);
    private final Publisher publisher = mock(Publisher.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final MutableIssue incident = mock(MutableIssue.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final PermissionManager pm = mock(PermissionManager.class);
    private AoPublishRequests requests;
    private AoPostMortemStore store;
    private PublishWorker worker;

    @Before
    public void setUp() throws Exception {
        var ao = FakeActiveObjects.over(db.entityManager());
        requests = new AoPublishRequests(ao, clock);
        store = new AoPostMortemStore(ao, (id, key, json) -> { }, new PostMortemCodec(), clock);
        ApplicationProperties jira = mock(ApplicationProperties.class);
        when(jira.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        TicketStatuses statuses = mock(TicketStatuses.class);
        when(statuses.load(any(), any())).thenReturn(Optional.of(Map.of()));
        CommentAnnouncer announcer = new CommentAnnouncer(comments, issues, users,
                new PostMortemPermissions(pm, mock(GlobalPermissionManager.class)), settings);
        worker = new PublishWorker(requests, new ClusterLocks(FakeClusterLockService.inMemory()), issues, users,
                mock(JiraAuthenticationContext.class), store, settings, new BasicPublishGate(), factory,
                mock(WikiPageLinker.class), jira, new CountermeasureStatusReconciler(statuses, store), announcer,
                clock);
        when(issues.getIssueObject(ISSUE)).thenReturn(issue);
        when(issues.getIssueObject("OPS-9")).thenReturn(incident);
        when(issue.getKey()).thenReturn("PM-7");
        when(incident.getKey()).thenReturn("OPS-9");
        when(issue.getSecurityLevelId()).thenReturn(null);
        when(users.getUserByKey("alice")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        for (MutableIssue i : List.of(issue, incident)) {
            when(pm.hasPermission(ProjectPermissions.BROWSE_PROJECTS, i, alice)).thenReturn(true);
            when(pm.hasPermission(ProjectPermissions.ADD_COMMENTS, i, alice)).thenReturn(true);
        }
        settings(false);
        when(factory.create(any(), eq(alice))).thenReturn(publisher);
        when(publisher.publish(any(), any())).thenReturn(published());
        PostMortem pm = new PostMortem();
        pm.setTitle("Checkout down");
        pm.setSeverity("SEV1");
        pm.getRelatedIncidents().add("OPS-9");
        store.save(ISSUE, pm, 0);
    }

    private void settings(boolean announceMajorUpdates) {
        when(settings.load()).thenReturn(AppSettings.builder().spaceKey("OPS").pageLanguage("en")
                .workflow(new WorkflowSettings(null, null, true, true, null, announceMajorUpdates)).build());
    }

    private static PublishOutcome published() {
        PublishedPage page = new PublishedPage();
        page.setPageId("123");
        page.setUrl(URL);
        page.setVersion(1);
        return new PublishOutcome(PublishOutcome.Result.PUBLISHED, page, null, null, 3);
    }

    private void publish() {
        requests.request(ISSUE, "alice", PublishRequests.Trigger.PUBLISH_NOW);
        assertEquals(1, worker.runDue());
        PublishStatus status = requests.statusOf(ISSUE).orElseThrow();
        assertEquals(String.valueOf(status.lastError()), State.PUBLISHED, status.state());
    }

    @Test
    public void runDue_shouldAnnounceTheFirstPublishOnceOnThePostMortemAndItsIncident() {
        publish();
        String expected = "The post-mortem PM-7 (Checkout down) is published: [" + URL + "]";
        verify(comments).create(issue, alice, expected, true);
        verify(comments).create(incident, alice, expected, true);
        assertEquals(OffsetDateTime.parse("2026-04-03T09:00:00Z"),
                store.load(ISSUE).orElseThrow().document().getAnnouncedAt());

        publish();
        verify(comments, times(2)).create(any(), any(), anyString(), anyBoolean());
    }

    @Test
    public void runDue_shouldAnnounceAReapprovedRepublishOnlyWhenAsked() throws Exception {
        publish();
        var stored = store.load(ISSUE).orElseThrow();
        stored.document().setApproval(new Approval("bob", "Bob", OffsetDateTime.parse("2026-04-04T09:00:00Z")));
        store.save(ISSUE, stored.document(), stored.revision());
        publish();
        verify(comments, times(2)).create(any(), any(), anyString(), anyBoolean());

        settings(true);
        publish();
        verify(comments).create(issue, alice, "The post-mortem PM-7 (Checkout down) was updated and approved again: ["
                + URL + "]", true);
    }

    @Test
    public void runDue_shouldKeepThePagePublishedWhenCommentingFails() {
        when(comments.create(any(), any(), anyString(), anyBoolean())).thenThrow(new IllegalStateException("db"));
        publish();
        var doc = store.load(ISSUE).orElseThrow().document();
        assertEquals("123", doc.getPage().getPageId());
        assertNotNull("recorded as announced: a re-publish does not try again", doc.getAnnouncedAt());
    }

    @Test
    public void runDue_shouldNotAnnounceAPagePublishedBeforeAnnouncementsExisted() throws Exception {
        var stored = store.load(ISSUE).orElseThrow();
        PublishedPage old = new PublishedPage();
        old.setPageId("123");
        stored.document().setPage(old);
        store.save(ISSUE, stored.document(), stored.revision());
        publish();
        verify(comments, never()).create(any(), any(), anyString(), anyBoolean());
    }
}
