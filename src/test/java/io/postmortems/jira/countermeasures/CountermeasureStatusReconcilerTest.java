package io.postmortems.jira.countermeasures;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.CompletenessRules;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemMirror;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CountermeasureStatusReconcilerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TicketStatuses tickets = mock(TicketStatuses.class);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final CountermeasureStatusReconciler reconciler = new CountermeasureStatusReconciler(tickets, store, BERLIN);

    private static Countermeasure cm(String id, String key, LocalDate due) {
        Countermeasure cm = new Countermeasure(id, "Fix " + id, "alice", due);
        cm.setIssueKey(key);
        return cm;
    }

    private static TicketStatus done(String key, Instant resolved) {
        return new TicketStatus(key, "x", "Closed", true, "done", resolved);
    }

    private static PostMortem doc(Countermeasure... cms) {
        PostMortem doc = new PostMortem();
        doc.setCountermeasures(List.of(cms));
        return doc;
    }

    @Test
    public void apply_shouldTakeDoneWithTheResolutionDateInProgressAndOpenFromTheTickets() {
        PostMortem doc = doc(cm("a", "PM-2", null), cm("b", "PM-3", null), cm("c", "PM-4", null));
        doc.getCountermeasures().get(2).setStatus(CountermeasureStatus.DONE);

        boolean changed = reconciler.apply(doc, Map.of(
                "PM-2", done("PM-2", Instant.parse("2026-03-01T23:30:00Z")),
                "PM-3", new TicketStatus("PM-3", "x", "Doing", false, "indeterminate", null),
                "PM-4", new TicketStatus("PM-4", "x", "Reopened", false, "new", null)));

        assertTrue(changed);
        assertEquals(CountermeasureStatus.DONE, doc.getCountermeasures().get(0).getStatus());
        assertEquals("resolved 23:30 UTC is the 2nd in Berlin", LocalDate.of(2026, 3, 2),
                doc.getCountermeasures().get(0).getDoneOn());
        assertEquals(CountermeasureStatus.IN_PROGRESS, doc.getCountermeasures().get(1).getStatus());
        assertEquals("a reopened ticket reopens the countermeasure", CountermeasureStatus.OPEN,
                doc.getCountermeasures().get(2).getStatus());
        assertFalse("the same statuses again change nothing", reconciler.apply(doc, Map.of(
                "PM-2", done("PM-2", Instant.parse("2026-03-01T23:30:00Z")),
                "PM-3", new TicketStatus("PM-3", "x", "Doing", false, "indeterminate", null),
                "PM-4", new TicketStatus("PM-4", "x", "Reopened", false, "new", null))));
    }

    @Test
    public void apply_shouldKeepWontDoAndLeaveUnseenTicketsAndPendingCountermeasuresAlone() {
        Countermeasure wontDo = cm("a", "PM-2", null);
        wontDo.setStatus(CountermeasureStatus.WONT_DO);
        Countermeasure hidden = cm("b", "PM-9", null);
        hidden.setStatus(CountermeasureStatus.IN_PROGRESS);
        Countermeasure pending = cm("c", null, null);
        pending.setStatus(CountermeasureStatus.DONE);
        PostMortem doc = doc(wontDo, hidden, pending);

        reconciler.apply(doc, Map.of("PM-2", done("PM-2", null)));

        assertEquals(CountermeasureStatus.WONT_DO, wontDo.getStatus());
        assertEquals(CountermeasureStatus.IN_PROGRESS, hidden.getStatus());
        assertEquals(CountermeasureStatus.DONE, pending.getStatus());
        assertNull(wontDo.getDoneOn());
    }

    @Test
    public void reconcileAndStore_shouldStoreAChangeOnceAndNotSaveWhenNothingChanged() throws Exception {
        store.save(10, doc(cm("a", "PM-2", null)), 0);
        Optional<Map<String, TicketStatus>> statuses = Optional.of(Map.of("PM-2", done("PM-2", null)));

        StoredPostMortem first = reconciler.reconcileAndStore(store.load(10).orElseThrow(), statuses);
        StoredPostMortem second = reconciler.reconcileAndStore(store.load(10).orElseThrow(), statuses);

        assertEquals(2, first.revision());
        assertEquals(CountermeasureStatus.DONE, store.load(10).orElseThrow().document().getCountermeasures().get(0)
                .getStatus());
        assertEquals("no second save", 2, second.revision());
        assertEquals(2, store.load(10).orElseThrow().revision());
    }

    @Test
    public void reconcileAndStore_shouldKeepTheReconciledViewWhenTheSaveConflicts() throws Exception {
        PostMortemStore racing = mock(PostMortemStore.class);
        when(racing.save(anyLong(), any(), anyLong())).thenThrow(new ConcurrentEditException(10, 7, 6));
        CountermeasureStatusReconciler onRace = new CountermeasureStatusReconciler(tickets, racing, BERLIN);
        StoredPostMortem stored = new StoredPostMortem(10, doc(cm("a", "PM-2", null)), 6);

        StoredPostMortem shown = onRace.reconcileAndStore(stored, Optional.of(Map.of("PM-2", done("PM-2", null))));

        assertEquals(6, shown.revision());
        assertEquals(CountermeasureStatus.DONE, shown.document().getCountermeasures().get(0).getStatus());
    }

    @Test
    public void reconcileAndStore_shouldChangeNothingWhenTheSearchFailed() throws Exception {
        PostMortemStore untouched = mock(PostMortemStore.class);
        CountermeasureStatusReconciler failing = new CountermeasureStatusReconciler(tickets, untouched, BERLIN);
        when(tickets.load(any(), anyCollection())).thenReturn(Optional.empty());
        StoredPostMortem stored = new StoredPostMortem(10, doc(cm("a", "PM-2", null)), 3);

        assertSame(stored, failing.reconcileAndStore(mock(ApplicationUser.class), stored));
        assertEquals(CountermeasureStatus.OPEN, stored.document().getCountermeasures().get(0).getStatus());
        verify(untouched, never()).save(anyLong(), any(), anyLong());
    }

    /** The three readers of "done" agree once the ticket's status is in the document: mirror, review and page. */
    @Test
    public void reconcile_shouldMakeMirrorAndOverdueHintAgreeWithADoneTicket() throws Exception {
        PostMortem doc = doc(cm("a", "PM-2", LocalDate.of(2026, 3, 1)), cm("b", "PM-3", LocalDate.of(2026, 3, 1)));
        when(tickets.load(any(), anyCollection())).thenReturn(Optional.of(Map.of(
                "PM-2", done("PM-2", Instant.parse("2026-02-27T10:00:00Z")),
                "PM-3", new TicketStatus("PM-3", "x", "To Do", false, "new", null))));
        PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults().toBuilder()
                .clock(Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC)).build());

        assertTrue(reconciler.reconcile(mock(ApplicationUser.class), doc));

        var mirror = JsonMapper.builder().build().readTree(new PostMortemMirror().toJson(doc));
        assertEquals(1, mirror.get("countermeasuresOpen").asInt());
        assertEquals(1, mirror.get("countermeasuresDone").asInt());
        List<String> overdue = reviewer.review(doc).findings().stream()
                .filter(f -> CompletenessRules.CM_OVERDUE.equals(f.code())).map(f -> f.path()).toList();
        assertEquals("only the open one is overdue", List.of("countermeasures[1].dueDate"), overdue);
    }

    private static TicketStatus edited(String key) {
        return new TicketStatus(key, "Fix it properly", "To Do", false, "new", null,
                new TicketStatuses.Fields("carol", "key-carol", LocalDate.of(2026, 6, 1), "Highest"));
    }

    @Test
    public void applyTicket_shouldTakeSummaryOwnerDueDateAndPriorityOnceAndThenChangeNothing() {
        PostMortem doc = doc(cm("a", "PM-2", LocalDate.of(2026, 4, 1)));

        assertTrue(reconciler.applyTicket(doc, Map.of("PM-2", edited("PM-2"))));

        Countermeasure cm = doc.getCountermeasures().get(0);
        assertEquals("Fix it properly", cm.getSummary());
        assertEquals("carol", cm.getOwner());
        assertEquals(LocalDate.of(2026, 6, 1), cm.getDueDate());
        assertEquals(io.postmortems.core.model.Priority.HIGHEST, cm.getPriority());
        assertFalse("the same ticket again is no change (nothing to save, nothing to echo)",
                reconciler.applyTicket(doc, Map.of("PM-2", edited("PM-2"))));
    }

    @Test
    public void applyTicket_shouldKeepOwnerDueDateAndPriorityTheTicketDoesNotHave() {
        PostMortem doc = doc(cm("a", "PM-2", LocalDate.of(2026, 4, 1)));
        TicketStatus unassigned = new TicketStatus("PM-2", "Fix a", "To Do", false, "new", null,
                new TicketStatuses.Fields(null, null, null, "Blocker"));

        assertFalse("nothing the ticket lacks is wiped", reconciler.applyTicket(doc, Map.of("PM-2", unassigned)));

        Countermeasure cm = doc.getCountermeasures().get(0);
        assertEquals("an unassigned ticket keeps the document's owner (the review requires one)", "alice",
                cm.getOwner());
        assertEquals("a ticket without due date keeps the document's", LocalDate.of(2026, 4, 1), cm.getDueDate());
        assertEquals("a priority the document has no word for keeps the document's",
                io.postmortems.core.model.Priority.MEDIUM, cm.getPriority());
    }

    @Test
    public void reconcile_shouldTakeOnlyStatusesSoAUsersSaveKeepsTheEditsOnTheirWayToTheTickets() {
        PostMortem doc = doc(cm("a", "PM-2", LocalDate.of(2026, 4, 1)));
        when(tickets.load(any(), anyCollection())).thenReturn(Optional.of(Map.of("PM-2", edited("PM-2"))));

        reconciler.reconcile(mock(ApplicationUser.class), doc);

        Countermeasure cm = doc.getCountermeasures().get(0);
        assertEquals("Fix a", cm.getSummary());
        assertEquals("alice", cm.getOwner());
        assertEquals(LocalDate.of(2026, 4, 1), cm.getDueDate());
    }
}
