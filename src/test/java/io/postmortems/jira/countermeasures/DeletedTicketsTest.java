package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class DeletedTicketsTest {
    private final IssueManager issues = mock(IssueManager.class);

    private static Countermeasure cm(String id, String key) {
        Countermeasure cm = new Countermeasure(id, "Summary " + id, "alice", LocalDate.of(2026, 3, 1));
        cm.setIssueKey(key);
        return cm;
    }

    @Test
    public void mark_shouldMoveTheKeyOfADeletedTicketAndLeaveHiddenAndFoundOnesAlone() {
        PostMortem doc = new PostMortem();
        doc.setCountermeasures(List.of(cm("found", "PM-2"), cm("hidden", "PM-3"), cm("gone", "PM-4"),
                cm("pending", null)));
        when(issues.getIssueObject("PM-3")).thenReturn(mock(MutableIssue.class));
        Map<String, TicketStatus> found = Map.of("PM-2", new TicketStatus("PM-2", "Summary found", "To Do", false));

        assertTrue(new DeletedTickets(issues).mark(doc, found));

        assertEquals("PM-2", doc.getCountermeasures().get(0).getIssueKey());
        assertEquals("a ticket the viewer may not see is not deleted", "PM-3",
                doc.getCountermeasures().get(1).getIssueKey());
        assertNull(doc.getCountermeasures().get(2).getIssueKey());
        assertEquals("PM-4", doc.getCountermeasures().get(2).getDeletedIssueKey());
        assertNull(doc.getCountermeasures().get(3).getDeletedIssueKey());
        verify(issues, never()).getIssueObject("PM-2");
    }

    @Test
    public void mark_shouldChangeNothingWhenEveryTicketResolves() {
        PostMortem doc = new PostMortem();
        doc.setCountermeasures(List.of(cm("a", "PM-5")));
        when(issues.getIssueObject("PM-5")).thenReturn(mock(MutableIssue.class));

        assertFalse(new DeletedTickets(issues).mark(doc, Map.of()));
        assertEquals("PM-5", doc.getCountermeasures().get(0).getIssueKey());
    }
}
