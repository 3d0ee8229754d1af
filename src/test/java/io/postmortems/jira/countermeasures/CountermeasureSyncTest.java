package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Document edits reaching the countermeasure tickets: through the real {@link PostMortemService} and an in-memory store
 * with revisions, Jira's {@link IssueService} mocked.
 */
public class CountermeasureSyncTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    IssueService issueService;
    @Mock
    IssueManager tickets;
    @Mock
    UserManager users;
    @Mock
    PriorityManager priorities;
    @Mock
    DateFieldFormat dates;

    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final List<IssueInputParameters> params = new ArrayList<>();
    private ApplicationUser editor;
    private PostMortemService service;
    private MutableIssue ticket2;
    private MutableIssue ticket3;

    @Before
    public void setUp() throws Exception {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue pmIssue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, pmIssue, project, pm, gpm);
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        CountermeasureSync sync = new CountermeasureSync(issueService, tickets, users, priorities, dates);
        service = new PostMortemService(JiraFixture.issueManager(pmIssue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class), sync);

        PostMortem doc = new PostMortem();
        doc.getCountermeasures().add(countermeasure("c1", "Add a canary stage", "alice", LocalDate.of(2026, 4, 1),
                io.postmortems.core.model.Priority.HIGH, "PM-2"));
        doc.getCountermeasures().add(countermeasure("c2", "Alert on queue depth", "alice", LocalDate.of(2026, 4, 2),
                io.postmortems.core.model.Priority.MEDIUM, null));
        doc.getCountermeasures().add(countermeasure("c3", "Runbook for failover", "carol", LocalDate.of(2026, 4, 3),
                io.postmortems.core.model.Priority.LOW, "PM-3"));
        store.save(10, doc, 0);

        ticket2 = ticket(102, "PM-2");
        ticket3 = ticket(103, "PM-3");
        when(issueService.newIssueInputParameters()).thenAnswer(inv -> {
            IssueInputParameters p = mock(IssueInputParameters.class);
            params.add(p);
            return p;
        });
        when(issueService.validateUpdate(any(), anyLong(), any())).thenAnswer(inv -> validation(true, null));
        when(issueService.update(any(), any())).thenAnswer(inv -> result(true, null));
        when(dates.formatDatePicker(any())).thenReturn("15/Apr/26");
        Priority highest = mock(Priority.class);
        when(highest.getName()).thenReturn("Highest");
        when(highest.getId()).thenReturn("1");
        when(priorities.getPriorities()).thenReturn(List.of(highest));
        ApplicationUser bob = mock(ApplicationUser.class);
        when(bob.getUsername()).thenReturn("bob");
        when(users.getUserByName("bob")).thenReturn(bob);
    }

    @Test
    public void update_shouldSetOnlyChangedFields() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setSummary("Add a canary stage to every deploy");
        edit.getCountermeasures().get(0).setDueDate(LocalDate.of(2026, 4, 15));

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        assertEquals("one ticket changed, one parameter set", 1, params.size());
        IssueInputParameters p = params.get(0);
        verify(p).setSummary("Add a canary stage to every deploy");
        verify(p).setDueDate("15/Apr/26");
        verify(p, never()).setAssigneeId(any());
        verify(p, never()).setPriorityId(any());
        verify(issueService).validateUpdate(editor, 102L, p);
        verify(issueService, times(1)).update(eq(editor), any());
        assertEquals(List.of(), loaded.warnings());
        assertEquals("Add a canary stage to every deploy", stored().getCountermeasures().get(0).getSummary());
    }

    @Test
    public void update_shouldSendOwnerAsUserNameAndMatchingPriority() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setOwner("bob");
        edit.getCountermeasures().get(0).setPriority(io.postmortems.core.model.Priority.HIGHEST);

        service.update(editor, "PM-1", 1, edit);

        IssueInputParameters p = params.get(0);
        verify(p).setAssigneeId("bob");
        verify(p).setPriorityId("1");
        verify(p, never()).setSummary(any());
        verify(p, never()).setDueDate(any());
    }

    @Test
    public void update_shouldUnassignTicketWhenOwnerIsCleared() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setOwner("  ");

        service.update(editor, "PM-1", 1, edit);

        verify(params.get(0)).setAssigneeId(null);
    }

    @Test
    public void update_shouldAnswerJiraErrorsFieldByFieldAndSaveNothing() throws Exception {
        ErrorCollection refused = errors(Map.of("assignee", "User 'bob' cannot be assigned issues.",
                "duedate", "You must specify a due date."), List.of());
        when(issueService.validateUpdate(any(), eq(102L), any())).thenAnswer(inv -> validation(false, refused));
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setOwner("bob");
        edit.getCountermeasures().get(0).setDueDate(null);
        edit.getCountermeasures().get(2).setSummary("Runbook for regional failover");
        int saves = store.saves;

        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, edit));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals(List.of("countermeasures[0].dueDate", "countermeasures[0].owner"),
                e.errors().stream().map(FieldError::field).sorted().toList());
        assertEquals("nothing saved", saves, store.saves);
        assertEquals("alice", stored().getCountermeasures().get(0).getOwner());
        assertEquals("Runbook for failover", stored().getCountermeasures().get(2).getSummary());
        verify(issueService, never()).update(any(), any());
    }

    @Test
    public void update_shouldNameTheTicketTheUserMayNotEdit() {
        when(issueService.isEditable(ticket2, editor)).thenReturn(false);
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setSummary("Canary for all services");

        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, edit));

        assertEquals("countermeasures[0].issueKey", e.errors().get(0).field());
        String message = e.errors().get(0).render(new BundleI18nHelper());
        assertTrue(message, message.contains("PM-2") && message.contains("may not edit"));
        verify(issueService, never()).validateUpdate(any(), anyLong(), any());
    }

    @Test
    public void update_shouldRefuseUnknownOwnerWithoutAskingJira() {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setOwner("nobody");

        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, edit));

        assertEquals("countermeasures[0].owner", e.errors().get(0).field());
        assertEquals("postmortems.error.cm.owner", e.errors().get(0).messageKey());
        verifyNoInteractions(issueService);
    }

    @Test
    public void update_shouldNotCallJiraForCountermeasuresWithoutTicket() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().get(1).setSummary("Alert on queue depth and age");
        edit.getCountermeasures().get(1).setOwner("nobody-checked-at-ticket-creation");
        edit.getCountermeasures().add(countermeasure(null, "Brand new", null, null, null, null));

        service.update(editor, "PM-1", 1, edit);

        verifyNoInteractions(issueService, tickets);
        assertEquals("Alert on queue depth and age", stored().getCountermeasures().get(1).getSummary());
        assertEquals(4, stored().getCountermeasures().size());
    }

    @Test
    public void update_shouldNeverDeleteTheTicketOfARemovedCountermeasure() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().remove(0);

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        // no Jira call at all: in particular no IssueService.validateDelete/delete and no IssueManager.deleteIssue
        verifyNoInteractions(issueService, tickets);
        assertEquals(List.of("c2", "c3"), stored().getCountermeasures().stream().map(Countermeasure::getId).toList());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    public void update_shouldGiveFieldMessageWhenTicketNoLongerExists() throws Exception {
        when(tickets.getIssueObject("PM-2")).thenReturn(null);
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setSummary("Canary for all services");

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        assertEquals(1, loaded.warnings().size());
        FieldError warning = loaded.warnings().get(0);
        assertEquals("countermeasures[0].issueKey", warning.field());
        String message = warning.render(new BundleI18nHelper());
        assertTrue(message, message.contains("PM-2") && message.contains("no longer exists"));
        assertEquals("the author's edit is kept", "Canary for all services",
                stored().getCountermeasures().get(0).getSummary());
        verify(issueService, never()).validateUpdate(any(), anyLong(), any());
    }

    @Test
    public void update_shouldRefuseTicketTheUserCannotSee() {
        IssueService.IssueResult hidden = mock(IssueService.IssueResult.class);
        when(issueService.getIssue(editor, "PM-2")).thenReturn(hidden);
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setSummary("Canary for all services");
        int saves = store.saves;

        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, edit));

        assertEquals("countermeasures[0].issueKey", e.errors().get(0).field());
        assertEquals("postmortems.error.cm.ticketHidden", e.errors().get(0).messageKey());
        assertEquals(saves, store.saves);
    }

    @Test
    public void update_shouldWarnAndKeepDocumentWhenJiraFailsAfterSave() throws Exception {
        ErrorCollection failed = errors(Map.of(), List.of("The issue could not be stored."));
        when(issueService.update(any(), any())).thenAnswer(inv -> result(false, failed));
        PostMortem edit = stored();
        edit.getCountermeasures().get(2).setSummary("Runbook for regional failover");

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        assertEquals(2, loaded.revision());
        assertEquals("Runbook for regional failover", stored().getCountermeasures().get(2).getSummary());
        assertEquals(List.of("countermeasures[2].issueKey", "countermeasures[2]"),
                loaded.warnings().stream().map(FieldError::field).toList());
        assertTrue(loaded.warnings().get(0).render(new BundleI18nHelper()).contains("PM-3"));
        assertEquals("The issue could not be stored.", loaded.warnings().get(1).render(new BundleI18nHelper()));
    }

    @Test
    public void update_shouldWarnWhenJiraThrowsAfterSave() throws Exception {
        when(issueService.update(any(), any())).thenThrow(new IllegalStateException("listener failed"));
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setDueDate(LocalDate.of(2026, 5, 1));

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        assertEquals(LocalDate.of(2026, 5, 1), stored().getCountermeasures().get(0).getDueDate());
        assertEquals("postmortems.warning.cm.notUpdated", loaded.warnings().get(0).messageKey());
    }

    @Test
    public void update_shouldWarnWhenJiraHasNoMatchingPriorityAndStillUpdateOtherFields() throws Exception {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setPriority(io.postmortems.core.model.Priority.LOWEST);
        edit.getCountermeasures().get(0).setSummary("Canary for all services");

        PostMortemService.Loaded loaded = service.update(editor, "PM-1", 1, edit);

        verify(params.get(0), never()).setPriorityId(any());
        verify(params.get(0)).setSummary("Canary for all services");
        assertEquals("countermeasures[0].priority", loaded.warnings().get(0).field());
        verify(issueService).update(eq(editor), any());
    }

    @Test
    public void update_shouldAnswerConflictBeforeAskingJiraOnStaleRevision() {
        PostMortem edit = stored();
        edit.getCountermeasures().get(0).setSummary("Canary for all services");

        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 0, edit));

        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        verifyNoInteractions(issueService);
    }

    private PostMortem stored() {
        return store.load(10).orElseThrow().document();
    }

    private MutableIssue ticket(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(tickets.getIssueObject(key)).thenReturn(issue);
        IssueService.IssueResult visible = mock(IssueService.IssueResult.class);
        when(visible.getIssue()).thenReturn(issue);
        when(issueService.getIssue(any(), eq(key))).thenReturn(visible);
        when(issueService.isEditable(eq(issue), any())).thenReturn(true);
        return issue;
    }

    private static Countermeasure countermeasure(String id, String summary, String owner, LocalDate due,
                                                 io.postmortems.core.model.Priority priority, String issueKey) {
        Countermeasure cm = new Countermeasure(id, summary, owner, due);
        cm.setPriority(priority);
        cm.setIssueKey(issueKey);
        return cm;
    }

    private static IssueService.UpdateValidationResult validation(boolean valid, ErrorCollection errors) {
        IssueService.UpdateValidationResult v = mock(IssueService.UpdateValidationResult.class);
        when(v.isValid()).thenReturn(valid);
        when(v.getErrorCollection()).thenReturn(errors);
        return v;
    }

    private static IssueService.IssueResult result(boolean valid, ErrorCollection errors) {
        IssueService.IssueResult r = mock(IssueService.IssueResult.class);
        when(r.isValid()).thenReturn(valid);
        when(r.getErrorCollection()).thenReturn(errors);
        return r;
    }

    private static ErrorCollection errors(Map<String, String> fields, Collection<String> messages) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(fields);
        when(errors.getErrorMessages()).thenReturn(messages);
        return errors;
    }
}
