package io.postmortems.jira.countermeasures;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import org.junit.Before;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CountermeasureTicketListenerTest {
    private static final long POST_MORTEM = 10L;
    private static final long TICKET = 20L;
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final EventPublisher events = mock(EventPublisher.class);
    private final CountermeasureStatusReconciler reconciler = new CountermeasureStatusReconciler(
            mock(TicketStatuses.class), store, ZoneId.of("UTC"));
    private final MutableIssue ticket = mock(MutableIssue.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private CountermeasureTicketListener listener;

    @Before
    public void setUp() throws ConcurrentEditException {
        listener = new CountermeasureTicketListener(events, issueManager, links, store, reconciler);
        Countermeasure cm = new Countermeasure("c1", "Add a canary stage", "alice", LocalDate.of(2026, 4, 1));
        cm.setIssueKey("PM-2");
        PostMortem doc = new PostMortem();
        doc.setIssueKey("PM-1");
        doc.setCountermeasures(List.of(cm));
        store.save(POST_MORTEM, doc, 0);
        store.saves = 0;
        // the ticket as the document already has it: same summary, assignee, due date, priority, open
        when(ticket.getId()).thenReturn(TICKET);
        when(ticket.getKey()).thenReturn("PM-2");
        when(ticket.getParentId()).thenReturn(POST_MORTEM);
        when(ticket.getSummary()).thenReturn("Add a canary stage");
        ApplicationUser alice = user("alice");
        when(ticket.getAssignee()).thenReturn(alice);
        when(ticket.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2026, 4, 1).atStartOfDay()));
        Priority medium = mock(Priority.class);
        when(medium.getName()).thenReturn("Medium");
        when(ticket.getPriority()).thenReturn(medium);
        status("To Do", "new");
        when(links.getInwardLinks(TICKET)).thenReturn(List.of());
        MutableIssue postMortem = JiraFixture.postMortemIssue(POST_MORTEM, "PM-1", null);
        when(issueManager.getIssueObject(POST_MORTEM)).thenReturn(postMortem);
        when(issueManager.getIssueObject(99L)).thenReturn(postMortem);
    }

    private static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        when(user.getKey()).thenReturn("key-" + name);
        return user;
    }

    private void status(String name, String categoryKey) {
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(category);
        when(ticket.getStatus()).thenReturn(status);
    }

    private IssueEvent event(Long type) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(ticket);
        when(event.getUser()).thenReturn(bob);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    private Countermeasure stored() {
        return store.load(POST_MORTEM).orElseThrow().document().getCountermeasures().get(0);
    }

    @Test
    public void lifecycle_shouldRegisterOnStartAndUnregisterOnStop() {
        listener.onStart();
        verify(events).register(listener);
        listener.onStop();
        verify(events).unregister(listener);
    }

    @Test
    public void onIssueEvent_shouldWriteNothingWhenTheTicketSaysWhatTheDocumentSays() {
        // the echo of the app's own ticket update (a document edit carried to the ticket): no second write
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        assertEquals(0, store.saves);
    }

    @Test
    public void onIssueEvent_shouldTakeAResolvedTicketAsDone() {
        status("Done", StatusCategory.COMPLETE);
        when(ticket.getResolutionDate()).thenReturn(Timestamp.valueOf("2026-03-20 09:00:00"));
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID));
        assertEquals(CountermeasureStatus.DONE, stored().getStatus());
        assertEquals(LocalDate.of(2026, 3, 20), stored().getDoneOn());
        assertEquals(1, store.saves);
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID));
        assertEquals("the same event again writes nothing", 1, store.saves);
    }

    @Test
    public void onIssueEvent_shouldTakeSummaryAssigneeDueDateAndPriority() {
        ApplicationUser carol = user("carol");
        when(ticket.getAssignee()).thenReturn(carol);
        when(ticket.getSummary()).thenReturn("Add a canary stage to checkout");
        when(ticket.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2026, 5, 15).atStartOfDay()));
        Priority high = mock(Priority.class);
        when(high.getName()).thenReturn("High");
        when(ticket.getPriority()).thenReturn(high);
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        Countermeasure cm = stored();
        assertEquals("carol", cm.getOwner());
        assertEquals("Add a canary stage to checkout", cm.getSummary());
        assertEquals(LocalDate.of(2026, 5, 15), cm.getDueDate());
        assertEquals(io.postmortems.core.model.Priority.HIGH, cm.getPriority());
    }

    @Test
    public void onIssueEvent_shouldKeepTheDocumentsDueDateAndPriorityWhenTheTicketHasNone() {
        when(ticket.getDueDate()).thenReturn(null);
        when(ticket.getPriority()).thenReturn(null);
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        assertEquals(0, store.saves);
        assertEquals(LocalDate.of(2026, 4, 1), stored().getDueDate());
    }

    @Test
    public void onIssueEvent_shouldKnowAnOwnerNamedByUserKey() throws ConcurrentEditException {
        StoredPostMortem current = store.load(POST_MORTEM).orElseThrow();
        current.document().getCountermeasures().get(0).setOwner("key-alice");
        store.save(POST_MORTEM, current.document(), current.revision());
        store.saves = 0;
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        assertEquals("the assignee is the owner the document names by key", 0, store.saves);
    }

    @Test
    public void onIssueEvent_shouldRecordTheNewKeyOfAMovedTicket() {
        // linked mode: no parent; the post-mortem links to the ticket, which now has a key in another project
        when(ticket.getParentId()).thenReturn(null);
        when(ticket.getKey()).thenReturn("OPS-7");
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceId()).thenReturn(POST_MORTEM);
        when(links.getInwardLinks(TICKET)).thenReturn(List.of(link));
        when(issueManager.getIssueObject("PM-2")).thenReturn(ticket); // Jira finds a moved issue by its old key
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        assertEquals("OPS-7", stored().getIssueKey());
    }

    @Test
    public void onIssueEvent_shouldNotLoadDocumentsOfLinkedIssuesThatAreNoPostMortems() {
        PostMortemStore watched = mock(PostMortemStore.class);
        MutableIssue bug = mock(MutableIssue.class);
        when(issueManager.getIssueObject(POST_MORTEM)).thenReturn(bug);
        listener = new CountermeasureTicketListener(events, issueManager, links, watched, reconciler);
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        verify(watched, never()).load(anyLong());
    }

    @Test
    public void onIssueEvent_shouldIgnoreTicketsOfNoPostMortemAndDeletions() {
        when(ticket.getParentId()).thenReturn(99L);
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        when(ticket.getParentId()).thenReturn(POST_MORTEM);
        when(ticket.getSummary()).thenReturn("Changed");
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID));
        assertEquals(0, store.saves);
    }

    @Test
    public void follow_shouldRetryOnAConcurrentSaveAndNeverOverwriteIt() throws ConcurrentEditException {
        PostMortemStore racing = mock(PostMortemStore.class);
        StoredPostMortem first = store.load(POST_MORTEM).orElseThrow();
        // someone else saves a new timeline entry while we take the ticket: our save of revision 1 conflicts
        PostMortem theirs = store.load(POST_MORTEM).orElseThrow().document();
        theirs.setSummary("their edit");
        StoredPostMortem second = new StoredPostMortem(POST_MORTEM, theirs, 2);
        when(racing.load(POST_MORTEM)).thenReturn(Optional.of(first), Optional.of(second));
        when(racing.save(POST_MORTEM, first.document(), 1)).thenThrow(new ConcurrentEditException(POST_MORTEM, 1, 2));
        listener = new CountermeasureTicketListener(events, issueManager, links, racing, reconciler);
        status("Done", StatusCategory.COMPLETE);

        assertTrue(listener.follow(POST_MORTEM, ticket));

        verify(racing).save(POST_MORTEM, theirs, 2);
        assertEquals("their edit is kept", "their edit", theirs.getSummary());
        assertEquals(CountermeasureStatus.DONE, theirs.getCountermeasures().get(0).getStatus());
    }

    @Test
    public void follow_shouldGiveUpAfterBoundedAttempts() throws ConcurrentEditException {
        PostMortemStore busy = mock(PostMortemStore.class);
        when(busy.load(POST_MORTEM)).thenAnswer(inv -> store.load(POST_MORTEM));
        when(busy.save(anyLong(), any(), anyLong())).thenThrow(new ConcurrentEditException(POST_MORTEM, 1, 2));
        listener = new CountermeasureTicketListener(events, issueManager, links, busy, reconciler);
        status("Done", StatusCategory.COMPLETE);

        assertFalse(listener.follow(POST_MORTEM, ticket));

        verify(busy, times(CountermeasureTicketListener.SAVE_ATTEMPTS)).save(anyLong(), any(), anyLong());
    }

    @Test
    public void onIssueEvent_shouldNeverThrowIntoJiraAndGoOnWithTheNextPostMortem() throws ConcurrentEditException {
        PostMortemStore broken = mock(PostMortemStore.class);
        when(broken.load(99L)).thenThrow(new IllegalStateException("database gone"));
        when(broken.load(POST_MORTEM)).thenAnswer(inv -> store.load(POST_MORTEM));
        when(broken.save(anyLong(), any(), anyLong())).thenAnswer(inv -> store.save(inv.getArgument(0),
                inv.getArgument(1), inv.getArgument(2)));
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceId()).thenReturn(POST_MORTEM);
        when(ticket.getParentId()).thenReturn(99L);
        when(links.getInwardLinks(TICKET)).thenReturn(List.of(link));
        listener = new CountermeasureTicketListener(events, issueManager, links, broken, reconciler);
        status("Done", StatusCategory.COMPLETE);

        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID));

        verify(broken, atLeast(1)).load(99L);
        assertEquals("the other post-mortem still follows its ticket", CountermeasureStatus.DONE,
                stored().getStatus());
        verify(broken, never()).save(org.mockito.ArgumentMatchers.eq(99L), any(), anyLong());
    }
}
