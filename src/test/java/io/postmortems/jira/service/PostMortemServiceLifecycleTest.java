package io.postmortems.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.settings.WorkflowSettings;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class PostMortemServiceLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-04-02T08:15:00Z");

    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final SettingsStore settings = mock(SettingsStore.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final com.atlassian.jira.util.I18nHelper i18n = BundleI18nHelper.create();
    private ApplicationUser editor;
    private ApplicationUser lead;
    private PostMortemService service;

    @Before
    public void setUp() throws Exception {
        workflow(new WorkflowSettings(null, "sre-leads", true, true, null, false));
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        when(editor.getDisplayName()).thenReturn("Eddie Editor");
        lead = JiraFixture.grant(Role.ADMIN, issue, project, pm, gpm); // may edit too; in the group
        when(lead.getDisplayName()).thenReturn("Lee Lead");
        when(groups.isUserInGroup(lead, "sre-leads")).thenReturn(true);
        AtomicInteger ids = new AtomicInteger();
        service = new PostMortemService(JiraFixture.issueManager(issue),
                new PostMortemPermissions(pm, gpm, mock(ProjectRoleManager.class), groups), store, settings,
                (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                TicketUpdates.NONE,
                () -> "id-" + ids.incrementAndGet(), Clock.fixed(NOW, ZoneOffset.UTC));
        PostMortem doc = new PostMortem();
        doc.setSummary("first");
        store.save(10, doc, 0);
    }

    private void workflow(WorkflowSettings w) {
        when(settings.load()).thenReturn(AppSettings.defaults().withWorkflow(w));
    }

    private long revision() {
        return store.load(10).orElseThrow().revision();
    }

    private PostMortemService.Loaded editSummary(ApplicationUser user, String text) throws ServiceException {
        PostMortem doc = service.read(user, "PM-1").document();
        doc.setSummary(text);
        return service.update(user, "PM-1", revision(), doc);
    }

    @Test
    public void changeStatus_shouldRecordApproverAndTimeAndShowTheStep() throws Exception {
        editSummary(editor, "written by Eddie");
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        PostMortem approved = service.changeStatus(lead, "PM-1", Status.APPROVED, revision()).document();
        assertEquals(Status.APPROVED, approved.getStatus());
        assertEquals("key-admin", approved.getApproval().getApproverKey());
        assertEquals("Lee Lead", approved.getApproval().getApproverName());
        assertEquals(OffsetDateTime.parse("2026-04-02T08:15:00Z"), approved.getApproval().getApprovedAt());
        assertEquals(Status.APPROVED, store.load(10).orElseThrow().document().getStatus());
    }

    @Test
    public void changeStatus_shouldRefuseAnEditorWhoIsNotInTheApproverGroup() throws Exception {
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        ServiceException e = assertThrows(ServiceException.class,
                () -> service.changeStatus(editor, "PM-1", Status.APPROVED, revision()));
        assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
        assertEquals("status", e.errors().get(0).field());
        assertEquals("You may not approve the post-mortem of PM-1: ask an administrator which project role or"
                + " group approves post-mortems.", e.errors().get(0).render(i18n));
        assertEquals(Status.IN_REVIEW, store.load(10).orElseThrow().document().getStatus());
    }

    @Test
    public void changeStatus_shouldRefuseTheOnlyAuthorAsApproverUnlessAllowed() throws Exception {
        editSummary(lead, "written by Lee alone");
        service.changeStatus(lead, "PM-1", Status.IN_REVIEW, revision());
        ServiceException e = assertThrows(ServiceException.class,
                () -> service.changeStatus(lead, "PM-1", Status.APPROVED, revision()));
        assertEquals("You are the only author of this post-mortem, so someone else has to approve it.",
                e.errors().get(0).render(i18n));

        workflow(new WorkflowSettings(null, "sre-leads", false, true, null, false));
        assertEquals(Status.APPROVED, service.changeStatus(lead, "PM-1", Status.APPROVED, revision())
                .document().getStatus());
    }

    @Test
    public void changeStatus_shouldRefuseAStaleRevisionAndPublishedAsTarget() throws Exception {
        long seen = revision();
        editSummary(editor, "someone saved meanwhile");
        ServiceException stale = assertThrows(ServiceException.class,
                () -> service.changeStatus(editor, "PM-1", Status.IN_REVIEW, seen));
        assertEquals(ServiceException.Kind.CONFLICT, stale.kind());
        ServiceException publish = assertThrows(ServiceException.class,
                () -> service.changeStatus(editor, "PM-1", Status.PUBLISHED, revision()));
        assertEquals(ServiceException.Kind.INVALID, publish.kind());
        ServiceException missing = assertThrows(ServiceException.class,
                () -> service.changeStatus(editor, "PM-1", null, revision()));
        assertEquals(ServiceException.Kind.INVALID, missing.kind());
        assertEquals(Status.DRAFT, store.load(10).orElseThrow().document().getStatus());
    }

    @Test
    public void update_shouldReturnAnApprovedPostMortemToReviewAndForgetTheApproval() throws Exception {
        editSummary(editor, "by Eddie");
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        service.changeStatus(lead, "PM-1", Status.APPROVED, revision());
        PostMortem after = editSummary(editor, "changed after approval").document();
        assertEquals(Status.IN_REVIEW, after.getStatus());
        assertNull(after.getApproval());
    }

    @Test
    public void update_shouldKeepApprovalWhenTheAdministratorSaysEditsDoNotReturnToReview() throws Exception {
        workflow(new WorkflowSettings(null, "sre-leads", true, false, null, false));
        editSummary(editor, "by Eddie");
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        service.changeStatus(lead, "PM-1", Status.APPROVED, revision());
        PostMortem after = editSummary(editor, "typo fixed").document();
        assertEquals(Status.APPROVED, after.getStatus());
        assertNotNull(after.getApproval());
    }

    @Test
    public void update_shouldNotCountASaveWithoutChangesAsAnEdit() throws Exception {
        editSummary(editor, "by Eddie");
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        service.changeStatus(lead, "PM-1", Status.APPROVED, revision());
        PostMortem same = service.read(lead, "PM-1").document();
        PostMortem after = service.update(lead, "PM-1", revision(), same).document();
        assertEquals(Status.APPROVED, after.getStatus());
        assertEquals("a save without changes makes nobody an author", List.of("key-edit"), after.getAuthors());
    }

    @Test
    public void addEvent_shouldCountAsAnEditAndRecordTheAuthorOnce() throws Exception {
        TimelineEvent event = new TimelineEvent(null, OffsetDateTime.parse("2026-03-01T14:00:00+01:00"), "Deploy",
                EventKind.ACTION);
        service.addEvent(editor, "PM-1", store.load(10).orElseThrow().revision(), event);
        editSummary(editor, "again");
        assertEquals(List.of("key-edit"), store.load(10).orElseThrow().document().getAuthors());
    }

    @Test
    public void update_shouldKeepApprovalAuthorsAndAnnouncementFromTheClient() throws Exception {
        PostMortem forged = service.read(editor, "PM-1").document();
        forged.setApproval(new io.postmortems.core.model.Approval("key-edit", "Eddie", OffsetDateTime.now()));
        forged.setAnnouncedAt(OffsetDateTime.now());
        forged.setStatus(Status.APPROVED);
        forged.setAuthors(List.of("someone-else"));
        forged.setSummary("a real change");
        PostMortem saved = service.update(editor, "PM-1", revision(), forged).document();
        assertNull(saved.getApproval());
        assertNull(saved.getAnnouncedAt());
        assertEquals(Status.DRAFT, saved.getStatus());
        assertEquals(List.of("key-edit"), saved.getAuthors());
    }

    @Test
    public void lifecycle_shouldListTheViewersNextStepsAndApproval() throws Exception {
        editSummary(editor, "by Eddie");
        service.changeStatus(editor, "PM-1", Status.IN_REVIEW, revision());
        PostMortem doc = store.load(10).orElseThrow().document();
        assertEquals(List.of(Status.DRAFT, Status.APPROVED), service.lifecycle(lead, issue, doc).nextSteps());
        assertEquals(List.of(Status.DRAFT), service.lifecycle(editor, issue, doc).nextSteps());
        PostMortemService.LifecycleState anonymous = service.lifecycle(null, issue, doc);
        assertEquals(List.of(), anonymous.nextSteps());
        assertEquals(Status.IN_REVIEW, anonymous.status());
        assertEquals(false, anonymous.canPublish());
    }
}
