package io.postmortems.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.review.ReviewPublishGate;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PostMortemServiceTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    SettingsStore settings;
    @Mock
    PublishRequests publish;

    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final I18nHelper i18n = BundleI18nHelper.create();
    private final AtomicInteger nextId = new AtomicInteger();
    private ReviewReport review = new ReviewReport(List.of());
    private ApplicationUser editor;
    private PostMortemService service;

    @Before
    public void setUp() throws Exception {
        when(settings.load()).thenReturn(AppSettings.defaults());
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        service = new PostMortemService(JiraFixture.issueManager(issue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> review, new ReviewPublishGate((d, s) -> review), publish, TicketUpdates.NONE, () -> "id-" + nextId.incrementAndGet());
        PostMortem doc = new PostMortem();
        doc.setSummary("first");
        doc.getTimeline().add(event("e1", "Deploy started"));
        Countermeasure cm = new Countermeasure("c1", "Canary", "alice", null);
        cm.setIssueKey("PM-2");
        doc.getCountermeasures().add(cm);
        PublishedPage page = new PublishedPage();
        page.setPageId("123");
        doc.setPage(page);
        store.save(10, doc, 0);
    }

    private static TimelineEvent event(String id, String text) {
        return new TimelineEvent(id, OffsetDateTime.parse("2026-03-01T14:00:00+01:00"), text, EventKind.ACTION);
    }

    private String message(ServiceException e) {
        return e.errors().get(0).render(i18n);
    }

    /** The service as Jira wires it, with owner checks ("bob" is assignable) and recorded link changes. */
    private PostMortemService checking(List<String> linked) {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        Owners owners = mock(Owners.class);
        when(owners.assignable(any(), any())).thenAnswer(inv -> "bob".equals(inv.getArgument(1)));
        RelatedIncidents related = mock(RelatedIncidents.class);
        when(related.check(any(), any(), any())).thenAnswer(inv -> {
            List<String> after = inv.getArgument(2);
            return after.contains("HIDDEN-1") ? List.of(FieldError.of("relatedIncidents[" + after.indexOf("HIDDEN-1")
                    + "]", "postmortems.error.related.notFound", "HIDDEN-1")) : List.of();
        });
        when(related.link(any(), any(), any(), any())).thenAnswer(inv -> {
            linked.add(inv.getArgument(2) + " -> " + inv.getArgument(3));
            return List.of();
        });
        return new PostMortemService(JiraFixture.issueManager(issue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> review, new ReviewPublishGate((d, s) -> review), publish, TicketUpdates.NONE,
                owners, related);
    }

    @Test
    public void update_shouldRefuseANewOwnerWhoCannotBeAssignedButKeepASavedOne() throws Exception {
        List<String> linked = new ArrayList<>();
        PostMortemService checked = checking(linked);
        PostMortem doc = checked.read(editor, "PM-1").document();
        doc.getCountermeasures().add(new Countermeasure(null, "Alert on disk", "carol", null));
        ServiceException e = assertThrows(ServiceException.class, () -> checked.update(editor, "PM-1", 1, doc));
        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals("the saved owner alice stays accepted; the new one is named", "countermeasures[1].owner",
                e.errors().get(0).field());
        assertEquals(1, e.errors().size());
        assertEquals("carol is not a Jira user who can be assigned issues in PM: choose the owner from the list.",
                message(e));
        assertTrue("nothing was linked", linked.isEmpty());
        doc.getCountermeasures().get(1).setOwner("bob");
        assertEquals("bob", checked.update(editor, "PM-1", 1, doc).document().getCountermeasures().get(1).getOwner());
    }

    @Test
    public void update_shouldRefuseAHiddenRelatedIncidentAndLinkAfterTheSave() throws Exception {
        List<String> linked = new ArrayList<>();
        PostMortemService checked = checking(linked);
        PostMortem doc = checked.read(editor, "PM-1").document();
        doc.setRelatedIncidents(new ArrayList<>(List.of("OPS-1", "HIDDEN-1")));
        ServiceException e = assertThrows(ServiceException.class, () -> checked.update(editor, "PM-1", 1, doc));
        assertEquals("relatedIncidents[1]", e.errors().get(0).field());
        assertEquals(1, store.load(10).orElseThrow().revision());
        assertTrue("nothing linked while refused", linked.isEmpty());
        doc.setRelatedIncidents(new ArrayList<>(List.of("OPS-1")));
        checked.update(editor, "PM-1", 1, doc);
        assertEquals(List.of("[] -> [OPS-1]"), linked);
    }

    @Test
    public void update_shouldRefuseAStaleRevisionAndKeepTheStoredDocument() throws Exception {
        PostMortem mine = service.read(editor, "PM-1").document();
        mine.setSummary("mine");
        service.update(editor, "PM-1", 1, mine);
        PostMortem theirs = new PostMortem();
        theirs.setSummary("theirs");
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, theirs));
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals("revision", e.errors().get(0).field());
        assertEquals("Someone else saved this post-mortem (it is now at revision 2, you edited revision 1)."
                + " Reload it and apply your change again.", message(e));
        assertEquals("mine", service.read(editor, "PM-1").document().getSummary());
    }

    @Test
    public void update_shouldProtectServerOwnedFields() throws Exception {
        PostMortem incoming = new PostMortem();
        incoming.setIssueKey("OTHER-9");
        incoming.setPage(null);
        Countermeasure known = new Countermeasure("c1", "Canary", "alice", null);
        known.setIssueKey("HACK-1");
        Countermeasure fresh = new Countermeasure(null, "New one", null, null);
        fresh.setIssueKey("HACK-2");
        incoming.setCountermeasures(new ArrayList<>(List.of(known, fresh)));
        incoming.getTimeline().add(event(null, "No id yet"));
        PostMortem saved = service.update(editor, "PM-1", 1, incoming).document();
        assertEquals("PM-1", saved.getIssueKey());
        assertEquals("123", saved.getPage().getPageId());
        assertEquals("PM-2", saved.getCountermeasures().get(0).getIssueKey());
        assertNull(saved.getCountermeasures().get(1).getIssueKey());
        assertEquals("id-1", saved.getCountermeasures().get(1).getId());
        assertEquals("id-2", saved.getTimeline().get(0).getId());
    }

    @Test
    public void update_shouldLetOnlyPublishingSetPublishedAndKeepItAfterwards() throws Exception {
        PostMortem claim = service.read(editor, "PM-1").document();
        claim.setStatus(io.postmortems.core.model.Status.PUBLISHED);
        assertEquals("a client cannot claim Published", io.postmortems.core.model.Status.DRAFT,
                service.update(editor, "PM-1", 1, claim).document().getStatus());

        PostMortem review = service.read(editor, "PM-1").document();
        review.setStatus(io.postmortems.core.model.Status.IN_REVIEW);
        assertEquals("the status changes through the lifecycle only", io.postmortems.core.model.Status.DRAFT,
                service.update(editor, "PM-1", 2, review).document().getStatus());

        var stored = store.load(10).orElseThrow();
        stored.document().setStatus(io.postmortems.core.model.Status.PUBLISHED); // as the publish worker stores it
        store.save(10, stored.document(), stored.revision());
        PostMortem edit = service.read(editor, "PM-1").document();
        edit.setStatus(io.postmortems.core.model.Status.DRAFT);
        edit.setSummary("Corrected after publishing");
        assertEquals("a published post-mortem stays published", io.postmortems.core.model.Status.PUBLISHED,
                service.update(editor, "PM-1", 4, edit).document().getStatus());
    }

    @Test
    public void update_shouldRefuseTenMegabytesOfTextNamingTheField() throws Exception {
        PostMortem incoming = service.read(editor, "PM-1").document();
        incoming.getRootCause().setDescription("x".repeat(10 * 1024 * 1024));
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, incoming));
        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals("rootCause.description", e.errors().get(0).field());
        assertTrue(message(e), message(e).startsWith("This text is too long: at most 100000 characters, this has"
                + " 10485760."));
        assertEquals("nothing new was stored", 1, store.saves);
    }

    @Test
    public void update_shouldRefuseAnOversizedNoteTextNamingTheNote() throws Exception {
        PostMortem incoming = service.read(editor, "PM-1").document();
        incoming.getNotes().add(new io.postmortems.core.model.Note("Appendix", "fine"));
        incoming.getNotes().add(new io.postmortems.core.model.Note("Logs", "z".repeat(TextLimits.MAX_FIELD_CHARS + 1)));
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, incoming));
        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals("notes[1].text", e.errors().get(0).field());
        assertTrue(message(e), message(e).startsWith("This text is too long: at most 100000 characters"));
        assertEquals("nothing new was stored", 1, store.saves);
    }

    @Test
    public void addEvent_shouldRefuseAnOversizedEventTextNamingTheField() {
        TimelineEvent big = event(null, "y".repeat(TextLimits.MAX_FIELD_CHARS + 1));
        ServiceException e = assertThrows(ServiceException.class, () -> service.addEvent(editor, "PM-1", 1L, big));
        assertEquals("text", e.errors().get(0).field());
        assertEquals(1, store.saves);
    }

    @Test
    public void addEvent_shouldGiveTheEventAServerIdAndValidateIt() throws Exception {
        TimelineEvent incoming = event("client-chosen", "Pager fired");
        PostMortemService.Loaded loaded = service.addEvent(editor, "PM-1", 1L, incoming);
        assertEquals(2, loaded.document().getTimeline().size());
        assertEquals("id-1", loaded.document().getTimeline().get(1).getId());
        TimelineEvent empty = new TimelineEvent();
        empty.setKind(null);
        ServiceException e = assertThrows(ServiceException.class, () -> service.addEvent(editor, "PM-1", 2L, empty));
        assertEquals(List.of("at", "text", "kind"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("Say what happened.", e.errors().get(1).render(i18n));
    }

    @Test
    public void editEvent_shouldReplaceTheEventKeepingItsId() throws Exception {
        PostMortemService.Loaded loaded = service.editEvent(editor, "PM-1", "e1", 1L, event("other", "Deploy done"));
        assertEquals("e1", loaded.document().getTimeline().get(0).getId());
        assertEquals("Deploy done", loaded.document().getTimeline().get(0).getText());
        ServiceException e = assertThrows(ServiceException.class,
                () -> service.editEvent(editor, "PM-1", "nope", 2L, event(null, "x")));
        assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
        assertEquals("The timeline has no event nope.", message(e));
    }

    @Test
    public void removeEvent_shouldRemoveOnlyThatEventAndHonourTheRevision() throws Exception {
        ServiceException stale = assertThrows(ServiceException.class,
                () -> service.removeEvent(editor, "PM-1", "e1", 0L));
        assertEquals(ServiceException.Kind.CONFLICT, stale.kind());
        assertTrue(service.removeEvent(editor, "PM-1", "e1", 1L).document().getTimeline().isEmpty());
    }

    @Test
    public void update_shouldRefuseDuplicateTimelineIds() {
        PostMortem incoming = new PostMortem();
        incoming.getTimeline().add(event("dup", "a"));
        incoming.getTimeline().add(event("dup", "b"));
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, incoming));
        assertEquals("timeline[1].id", e.errors().get(0).field());
        assertEquals("Another timeline event already has the id dup.", message(e));
    }

    @Test
    public void publish_shouldReturnErrorFindingsAsFieldErrorsInsteadOfQueueing() {
        review = new ReviewReport(List.of(new Finding(Level.ERROR, "rootCause.description", "missing",
                "postmortems.error.field.required", List.of("Root cause"))));
        ServiceException e = assertThrows(ServiceException.class, () -> service.publish(editor, "PM-1"));
        assertEquals("rootCause.description", e.errors().get(0).field());
        assertEquals("Root cause is required.", message(e));
        verify(publish, never()).request(anyLong(), any(), any());
    }

    @Test
    public void publish_shouldQueueAsTheUserWhenTheReviewIsClean() throws Exception {
        service.publish(editor, "PM-1");
        verify(publish).request(10L, "key-edit", PublishRequests.Trigger.PUBLISH_NOW);
    }

    @Test
    public void read_shouldHideIssuesTheUserMayNotSee() throws Exception {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser stranger = JiraFixture.grant(Role.NO_BROWSE, issue, project, pm, gpm);
        PostMortemService asStranger = new PostMortemService(JiraFixture.issueManager(issue),
                new PostMortemPermissions(pm, gpm), store, settings, (d, s) -> review,
                new ReviewPublishGate((d, s) -> review), publish, TicketUpdates.NONE);
        ServiceException e = assertThrows(ServiceException.class, () -> asStranger.read(stranger, "PM-1"));
        assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
        assertEquals("Issue PM-1 does not exist or you may not see it.", message(e));
    }

    @Test
    public void update_shouldGiveACountermeasureMarkedDoneWithoutATicketItsDoneDaySoItsCheckFallsDue()
            throws Exception {
        PostMortem incoming = service.read(editor, "PM-1").document();
        Countermeasure noTicket = new Countermeasure(null, "Runbook", "alice", null);
        noTicket.setStatus(io.postmortems.core.model.CountermeasureStatus.DONE);
        incoming.getCountermeasures().add(noTicket);
        PostMortem saved = service.update(editor, "PM-1", 1, incoming).document();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertEquals(today, saved.getCountermeasures().get(1).getDoneOn());
        assertEquals("the ticketed one takes its day from its ticket only", null,
                saved.getCountermeasures().get(0).getDoneOn());
        assertEquals(java.util.Optional.of(today.plusDays(30)), io.postmortems.core.followthrough.FollowThrough
                .effectivenessDueOn(saved.getCountermeasures().get(1),
                        io.postmortems.core.followthrough.FollowThroughPolicy.defaults()));

        saved.getCountermeasures().get(1).setStatus(io.postmortems.core.model.CountermeasureStatus.IN_PROGRESS);
        PostMortem reopened = service.update(editor, "PM-1", 2, saved).document();
        assertEquals("reopened: no check", null, reopened.getCountermeasures().get(1).getDoneOn());
    }
}
