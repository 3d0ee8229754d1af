package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.testing.FakeClusterLockService;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue #10, duplicate tickets: overlapping requests and save conflicts never create a second ticket. */
public class CountermeasureCreationRaceTest {
    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue pmIssue = JiraFixture.postMortemIssue(10, "PM-1", project);
    private final JiraFixture.MemoryStore memory = new JiraFixture.MemoryStore();
    /** Saves to refuse as if someone else had just saved (each refusal is followed by a real save of theirs). */
    private final AtomicInteger conflictsToSimulate = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final IssueService issueService = mock(IssueService.class);
    private Runnable duringCreate = () -> { };
    private ApplicationUser user;
    private final SettingsStore settings = mock(SettingsStore.class);
    private final CountermeasureTargets targets = mock(CountermeasureTargets.class);
    private PermissionManager pm;
    private CountermeasureService countermeasures;

    /** The store, with "someone else saved first" on demand. */
    private final PostMortemStore store = new PostMortemStore() {
        @Override
        public Optional<StoredPostMortem> load(long issueId) {
            return memory.load(issueId);
        }

        @Override
        public StoredPostMortem save(long issueId, PostMortem document, long expectedRevision)
                throws ConcurrentEditException {
            if (conflictsToSimulate.getAndDecrement() > 0) {
                StoredPostMortem theirs = memory.load(issueId).orElseThrow();
                theirs.document().setSummary("someone else's edit " + conflictsToSimulate.get());
                memory.save(issueId, theirs.document(), theirs.revision());
                throw new ConcurrentEditException(issueId, expectedRevision, theirs.revision() + 1);
            }
            return memory.save(issueId, document, expectedRevision);
        }
    };

    @Before
    public void setUp() throws Exception {
        pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        user = JiraFixture.grant(Role.EDIT, pmIssue, project, pm, gpm);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        PostMortem doc = new PostMortem();
        doc.setCountermeasures(new ArrayList<>(List.of(new Countermeasure("c1", "Add a canary", "alice", null))));
        memory.save(10, doc, 0);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(pmIssue), permissions, store,
                settings, (d, s) -> new ReviewReport(List.of()),
                new io.postmortems.jira.review.ReviewPublishGate((d, s) -> new ReviewReport(List.of())),
                mock(PublishRequests.class), TicketUpdates.NONE);
        when(issueService.newIssueInputParameters()).thenAnswer(inv -> mock(IssueInputParameters.class));
        when(issueService.validateSubTaskCreate(any(), anyLong(), any())).thenAnswer(inv -> {
            IssueService.CreateValidationResult v = mock(IssueService.CreateValidationResult.class);
            when(v.isValid()).thenReturn(true);
            return v;
        });
        when(issueService.create(any(), any())).thenAnswer(inv -> {
            int n = created.incrementAndGet();
            duringCreate.run();
            IssueService.IssueResult r = mock(IssueService.IssueResult.class);
            MutableIssue ticket = JiraFixture.postMortemIssue(100 + n, "PM-" + (100 + n), project);
            when(r.isValid()).thenReturn(true);
            when(r.getIssue()).thenReturn(ticket);
            return r;
        });
        when(targets.subTaskIssueTypeId(project)).thenReturn(Optional.of("5"));
        UserManager users = mock(UserManager.class);
        when(users.getUserByName("alice")).thenReturn(user); // the owner is a Jira user (a ticket needs one)
        countermeasures = new CountermeasureService(
                new TicketCreator(issueService, users, mock(PriorityManager.class), mock(DateFieldFormat.class),
                        mock(com.atlassian.jira.issue.label.LabelManager.class), mock(SubTaskManager.class),
                        mock(IssueLinkManager.class)),
                permissions, service, settings, targets, new ClusterLocks(FakeClusterLockService.inMemory()),
                Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    public void createPending_shouldCreateOneTicketWhenTwoRequestsOverlap() throws Exception {
        AtomicReference<List<CreationResult>> second = new AtomicReference<>();
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                second.set(countermeasures.createPending(user, "PM-1"));
            } catch (Throwable e) {
                secondFailed.set(e);
            }
        });
        duringCreate = () -> {
            duringCreate = () -> { };
            other.start(); // the second click arrives while the first ticket is being created
            try {
                other.join(300); // without serialisation it would create its own ticket in this time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<CreationResult> first = countermeasures.createPending(user, "PM-1");
        other.join();
        assertNull(String.valueOf(secondFailed.get()), secondFailed.get());
        assertEquals("one ticket for one countermeasure", 1, created.get());
        assertEquals(CreationResult.Outcome.CREATED, first.get(0).outcome());
        assertEquals(CreationResult.Outcome.ALREADY_CREATED, second.get().get(0).outcome());
        assertEquals("PM-101", memory.load(10).orElseThrow().document().getCountermeasures().get(0).getIssueKey());
    }

    @Test
    public void createPending_shouldRecordTheTicketThroughRepeatedSaveConflicts() throws Exception {
        conflictsToSimulate.set(5);
        List<CreationResult> first = countermeasures.createPending(user, "PM-1");
        assertEquals(first.toString(), CreationResult.Outcome.CREATED, first.get(0).outcome());
        PostMortem stored = memory.load(10).orElseThrow().document();
        assertEquals("PM-101", stored.getCountermeasures().get(0).getIssueKey());
        assertEquals("the other editor's change is kept", "someone else's edit 0", stored.getSummary());
        List<CreationResult> retry = countermeasures.createPending(user, "PM-1");
        assertEquals(CreationResult.Outcome.ALREADY_CREATED, retry.get(0).outcome());
        assertEquals(1, created.get());
    }

    @Test
    public void createPending_shouldRequireLinkIssuesForTicketsLinkedFromAnotherProject() {
        Project ops = JiraFixture.project(2, "OPS");
        when(settings.load()).thenReturn(AppSettings.defaults().toBuilder()
                .countermeasureMode(AppSettings.CountermeasureMode.LINKED_ISSUE).countermeasureProjectKey("OPS")
                .build());
        when(targets.project("OPS")).thenReturn(Optional.of(ops));
        when(targets.issueTypeId(ops)).thenReturn(Optional.of("3"));
        when(targets.linkTypeId()).thenReturn(Optional.of(7L));
        when(pm.hasPermission(com.atlassian.jira.permission.ProjectPermissions.CREATE_ISSUES, ops, user))
                .thenReturn(true);
        io.postmortems.jira.service.ServiceException e = org.junit.Assert.assertThrows(
                io.postmortems.jira.service.ServiceException.class, () -> countermeasures.createPending(user, "PM-1"));
        assertEquals(io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN, e.kind());
        assertEquals("postmortems.error.cm.noLink", e.errors().get(0).messageKey());
        assertEquals("no ticket is created", 0, created.get());
    }
}
