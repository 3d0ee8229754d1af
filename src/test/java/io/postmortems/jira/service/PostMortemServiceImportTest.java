package io.postmortems.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.io.MarkdownImport;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
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
import org.junit.Before;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** "Import from Markdown" in Jira: the CLI's import, saved as a user with Edit, never replacing content unconfirmed. */
public class PostMortemServiceImportTest {
    private static final Path EXAMPLES = Path.of("examples", "import");

    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final I18nHelper i18n = BundleI18nHelper.create();
    private final AtomicInteger nextId = new AtomicInteger();
    private final RelatedIncidents related = mock(RelatedIncidents.class);
    private final PermissionManager pm = mock(PermissionManager.class);
    private final GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
    private ApplicationUser editor;
    private PostMortemService service;

    @Before
    public void setUp() {
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(related.check(any(), any(), any())).thenReturn(List.of());
        when(related.link(any(), any(), any(), any())).thenReturn(List.of());
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        service = new PostMortemService(JiraFixture.issueManager(issue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                TicketUpdates.NONE, Owners.UNCHECKED, related);
    }

    private static String example(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name + ".md"));
    }

    @Test
    public void importMarkdown_shouldFillANewPostMortemAsTheCliImportDoesAndListWhatWentToNotes() throws Exception {
        String markdown = example("handbook-style-login-outage");
        PostMortemService.Imported imported = service.importMarkdown(editor, "PM-1", 0, markdown, false);

        PostMortem saved = store.load(10).orElseThrow().document();
        PostMortem cli = new MarkdownImport().read(markdown).document();
        assertEquals(cli.getTitle(), saved.getTitle());
        assertEquals(cli.getSummary(), saved.getSummary());
        assertEquals(cli.getTimeline().stream().map(TimelineEvent::getText).toList(),
                saved.getTimeline().stream().map(TimelineEvent::getText).toList());
        assertEquals(cli.getCountermeasures().stream().map(Countermeasure::getSummary).toList(),
                saved.getCountermeasures().stream().map(Countermeasure::getSummary).toList());
        assertEquals("owners kept as written", "lbauer", saved.getCountermeasures().get(0).getOwner());
        assertTrue("stable ids like any save", saved.getCountermeasures().stream().allMatch(c -> c.getId() != null)
                && saved.getTimeline().stream().allMatch(e -> e.getId() != null));
        assertEquals(List.of("Leadup", "Fault", "Detection", "Response"),
                saved.getNotes().stream().map(Note::getHeading).toList());
        assertEquals(new MarkdownImport().read(markdown).unmapped(), imported.unmapped());
        assertEquals("PM-1", saved.getIssueKey());
        assertEquals(List.of(editor.getKey()), saved.getAuthors());
        assertEquals(1, imported.loaded().revision());
    }

    @Test
    public void importMarkdown_shouldRefuseToReplaceContentUnlessConfirmedAndKeepServerOwnedFields() throws Exception {
        PostMortem doc = new PostMortem();
        doc.setSummary("Written by hand");
        doc.setStatus(Status.IN_REVIEW);
        PublishedPage page = new PublishedPage();
        page.setPageId("123");
        doc.setPage(page);
        store.save(10, doc, 0);
        String before = new PostMortemCodec().writeJson(store.load(10).orElseThrow().document());
        String markdown = example("table-layout-queue-backlog");

        ServiceException refused = assertThrows(ServiceException.class,
                () -> service.importMarkdown(editor, "PM-1", 1, markdown, false));
        assertEquals(CONFLICT, refused.kind());
        assertEquals("replace", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).render(i18n), refused.errors().get(0).render(i18n)
                .startsWith("PM-1 already has content."));
        assertEquals("nothing saved", 1, store.saves);
        assertEquals(before, new PostMortemCodec().writeJson(store.load(10).orElseThrow().document()));

        service.importMarkdown(editor, "PM-1", 1, markdown, true);
        PostMortem replaced = store.load(10).orElseThrow().document();
        assertEquals("Order queue backlog, 12 May 2026", replaced.getTitle());
        assertFalse(replaced.getSummary().contains("Written by hand"));
        assertEquals(Status.IN_REVIEW, replaced.getStatus());
        assertEquals("123", replaced.getPage().getPageId());
    }

    @Test
    public void importMarkdown_shouldTreatOnlyServerOwnedFieldsAndTheIssueSummaryAsNoContent() throws Exception {
        PostMortem doc = new PostMortem();
        doc.setTitle(issue.getSummary());
        doc.getAuthors().add("someone");
        store.save(10, doc, 0);
        service.importMarkdown(editor, "PM-1", 1, "# Imported\n\n## Summary\n\nShort.", false);
        assertEquals("Imported", store.load(10).orElseThrow().document().getTitle());

        PostMortem titled = new PostMortem();
        titled.setTitle("A title a person chose");
        assertTrue(service.hasContent(issue, titled));
    }

    @Test
    public void importMarkdown_shouldRequireEditAndTheRevisionTheAuthorSaw() throws Exception {
        PermissionManager otherPm = mock(PermissionManager.class);
        ApplicationUser reader = JiraFixture.grant(Role.BROWSE_ONLY, issue, project, otherPm, gpm);
        PostMortemService asReader = new PostMortemService(JiraFixture.issueManager(issue),
                new PostMortemPermissions(otherPm, gpm), store, mock(SettingsStore.class),
                (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                TicketUpdates.NONE);
        ServiceException forbidden = assertThrows(ServiceException.class,
                () -> asReader.importMarkdown(reader, "PM-1", 0, "# T", false));
        assertEquals(FORBIDDEN, forbidden.kind());

        ServiceException stale = assertThrows(ServiceException.class,
                () -> service.importMarkdown(editor, "PM-1", 3, "# T", false));
        assertEquals(CONFLICT, stale.kind());
        assertEquals("revision", stale.errors().get(0).field());
        assertEquals(0, store.saves);
    }

    @Test
    public void importMarkdown_shouldRefuseEmptyHugeAndUnwritableMarkdownNamingTheField() {
        String huge = "x".repeat(DocumentLimits.MAX_STORED_CHARS + 1);
        for (String markdown : new String[]{null, " \n", huge, "# T\u0000", "# T\uD800"}) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> service.importMarkdown(editor, "PM-1", 0, markdown, false));
            assertEquals(INVALID, e.kind());
            assertEquals("markdown", e.errors().get(0).field());
            assertFalse(e.errors().get(0).render(i18n).contains("postmortems."));
        }
        assertEquals(0, store.saves);
    }

    @Test
    public void importMarkdown_shouldKeepScriptsAsTextNeverDroppingThem() throws Exception {
        String markdown = "# Outage <script>alert(1)</script>\n\n## Summary\n\n<img src=x onerror=alert(2)> broke it\n\n"
                + "<script>alert(3)</script>\n";
        service.importMarkdown(editor, "PM-1", 0, markdown, false);
        String stored = new PostMortemCodec().writeJson(store.load(10).orElseThrow().document());
        for (String text : List.of("alert(1)", "onerror=alert(2)", "alert(3)")) {
            assertTrue(text + " kept as text in " + stored, stored.contains(text));
        }
    }

    @Test
    public void importMarkdown_shouldMoveRelatedIncidentsTheUserMayNotLinkToANote() throws Exception {
        when(related.check(any(), any(), any())).thenReturn(List.of(
                FieldError.of("relatedIncidents[0]", "postmortems.error.related.notFound", "OPS-4821")));
        PostMortemService.Imported imported = service.importMarkdown(editor, "PM-1", 0,
                example("table-layout-queue-backlog"), false);
        PostMortem saved = store.load(10).orElseThrow().document();
        assertEquals(List.of(), saved.getRelatedIncidents());
        Note note = saved.getNotes().get(saved.getNotes().size() - 1);
        assertEquals(PostMortemService.UNLINKED_INCIDENTS_NOTE, note.getHeading());
        assertEquals("OPS-4821", note.getText());
        assertTrue(imported.unmapped().toString(), imported.unmapped().get(imported.unmapped().size() - 1)
                .startsWith("Related incidents: OPS-4821"));
        assertNull("no ticket of an imported countermeasure", saved.getCountermeasures().get(0).getIssueKey());
    }
}
