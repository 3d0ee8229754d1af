package io.postmortems.jira.service;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.incident.IncidentSnapshot;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class IncidentReaderTest {
    private static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

    @Test
    public void read_shouldTakeStatusHistoryCommentsWatchersAndComponents() {
        MutableIssue incident = mock(MutableIssue.class);
        when(incident.getKey()).thenReturn("OPS-1");
        when(incident.getSummary()).thenReturn("Checkout down");
        when(incident.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-02T09:00:00Z")));
        ApplicationUser assignee = user("Eddie Editor");
        when(incident.getAssignee()).thenReturn(assignee);
        ProjectComponent checkout = mock(ProjectComponent.class);
        when(checkout.getName()).thenReturn("checkout");
        when(incident.getComponents()).thenReturn(List.of(checkout));
        ChangeHistoryManager history = mock(ChangeHistoryManager.class);
        ChangeItemBean change = mock(ChangeItemBean.class);
        when(change.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-02T09:10:00Z")));
        when(change.getFromString()).thenReturn("To Do");
        when(change.getToString()).thenReturn("In Progress");
        when(history.getChangeItemsForField(incident, "status")).thenReturn(List.of(change));
        CommentManager comments = mock(CommentManager.class);
        Comment comment = mock(Comment.class);
        when(comment.getBody()).thenReturn("Rolled back.");
        when(comment.getCreated()).thenReturn(Date.from(Instant.parse("2026-11-02T09:40:00Z")));
        ApplicationUser author = user("Vera Viewer");
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comments.getComments(incident)).thenReturn(List.of(comment));
        WatcherManager watchers = mock(WatcherManager.class);
        List<ApplicationUser> watching = List.of(user("Zoe"), user("adam"));
        when(watchers.getWatchersUnsorted(incident)).thenReturn(watching);

        IncidentSnapshot read = new IncidentReader(history, comments, watchers).read(incident);

        assertEquals("OPS-1", read.key());
        assertEquals(Instant.parse("2026-11-02T09:00:00Z"), read.created());
        assertNull("unresolved", read.resolved());
        assertEquals(List.of("checkout"), read.components());
        assertEquals("Eddie Editor", read.assignee());
        assertNull(read.reporter());
        assertEquals("watchers in name order", List.of("adam", "Zoe"), read.watchers());
        assertEquals(List.of(new IncidentSnapshot.StatusChange(Instant.parse("2026-11-02T09:10:00Z"), "To Do",
                "In Progress")), read.statusChanges());
        assertEquals(List.of(new IncidentSnapshot.Comment(Instant.parse("2026-11-02T09:40:00Z"), "Vera Viewer",
                "Rolled back.")), read.comments());
    }
}
