package io.postmortems.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.review.ReviewPublishGate;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Before;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The draft timeline of a post-mortem started from an incident: accepted or dropped one by one, never by a save. */
public class PostMortemServiceDraftTest {
    private final Project project = JiraFixture.project(1, "OPS");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "OPS-2", project);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private ApplicationUser editor;
    private ApplicationUser viewer;
    private PostMortemService service;

    @Before
    public void setUp() throws Exception {
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        viewer = JiraFixture.grant(Role.BROWSE_ONLY, issue, project, pm, gpm);
        ReviewReport clean = new ReviewReport(List.of());
        service = new PostMortemService(JiraFixture.issueManager(issue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> clean, new ReviewPublishGate((d, s) -> clean), mock(PublishRequests.class),
                TicketUpdates.NONE, () -> "new-id");
        PostMortem doc = new PostMortem();
        doc.getTimeline().add(event("t1", "09:00", "Deploy started"));
        doc.getTimeline().add(event("t2", "11:00", "All clear"));
        doc.getDraftTimeline().add(event("d1", "10:00", "Status changed from To Do to In Progress"));
        doc.getDraftTimeline().add(event("d2", "10:30", "Paged the on-call engineer"));
        store.save(10, doc, 0);
    }

    private static TimelineEvent event(String id, String time, String text) {
        return new TimelineEvent(id, OffsetDateTime.parse("2026-11-02T" + time + ":00Z"), text, EventKind.ACTION);
    }

    private static List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::getId).toList();
    }

    @Test
    public void acceptDraft_shouldMoveTheEntryIntoTheTimelineInTimeOrder() throws Exception {
        PostMortemService.Loaded after = service.acceptDraft(editor, "OPS-2", "d1", 1);

        assertEquals(List.of("t1", "d1", "t2"), ids(after.document().getTimeline()));
        assertEquals(List.of("d2"), ids(after.document().getDraftTimeline()));
        assertEquals("accepting is an edit: the user becomes an author", List.of("key-edit"),
                after.document().getAuthors());
        assertEquals(2, after.revision());
    }

    @Test
    public void dropDraft_shouldRemoveTheEntryWithoutTouchingTheTimeline() throws Exception {
        PostMortemService.Loaded after = service.dropDraft(editor, "OPS-2", "d2", 1);

        assertEquals(List.of("t1", "t2"), ids(after.document().getTimeline()));
        assertEquals(List.of("d1"), ids(after.document().getDraftTimeline()));
    }

    @Test
    public void acceptDraft_shouldRefuseAStaleRevisionAnUnknownDraftAndAReader() {
        ServiceException stale = assertThrows(ServiceException.class, () -> service.acceptDraft(editor, "OPS-2", "d1", 0));
        assertEquals(ServiceException.Kind.CONFLICT, stale.kind());
        ServiceException unknown = assertThrows(ServiceException.class,
                () -> service.dropDraft(editor, "OPS-2", "t1", 1));
        assertEquals("a timeline entry is not a draft", ServiceException.Kind.NOT_FOUND, unknown.kind());
        assertEquals("draftId", unknown.errors().get(0).field());
        ServiceException reader = assertThrows(ServiceException.class,
                () -> service.acceptDraft(viewer, "OPS-2", "d1", 1));
        assertEquals(ServiceException.Kind.FORBIDDEN, reader.kind());
    }

    @Test
    public void update_shouldNeitherDropNorAddDraftsOfTheStoredDocument() throws Exception {
        PostMortem incoming = service.read(editor, "OPS-2").document();
        incoming.setSummary("Checkout was down.");
        incoming.getDraftTimeline().clear();
        incoming.getDraftTimeline().add(event("x", "12:00", "smuggled"));

        PostMortem saved = service.update(editor, "OPS-2", 1, incoming).document();

        assertEquals("Checkout was down.", saved.getSummary());
        assertEquals(List.of("d1", "d2"), ids(saved.getDraftTimeline()));
        assertTrue(saved.getTimeline().stream().noneMatch(e -> e.getText().equals("smuggled")));
    }
}
