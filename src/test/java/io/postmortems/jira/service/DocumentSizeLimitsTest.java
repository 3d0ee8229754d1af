package io.postmortems.jira.service;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
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
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue #10, size: every write path is measured on the stored form of the whole resulting document, so nothing a
 * user may save makes the post-mortem unreadable, and whatever was accepted can be saved again by its author.
 */
public class DocumentSizeLimitsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private final com.atlassian.jira.util.I18nHelper i18n = BundleI18nHelper.create();
    private final AtomicInteger nextId = new AtomicInteger();
    private ApplicationUser editor;
    private PostMortemService service;

    @Before
    public void setUp() throws Exception {
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        service = new PostMortemService(JiraFixture.issueManager(issue), new PostMortemPermissions(pm, gpm), store,
                settings, (d, s) -> new ReviewReport(List.of()), new ReviewPublishGate((d, s) -> new ReviewReport(List.of())),
                mock(PublishRequests.class), TicketUpdates.NONE,
                () -> "id-" + nextId.incrementAndGet());
        store.save(10, new PostMortem(), 0);
    }

    private static TimelineEvent event(String text) {
        return new TimelineEvent(null, OffsetDateTime.parse("2026-03-01T14:00:00+01:00"), text, EventKind.ACTION);
    }

    /** Objects nested {@code depth} deep whose innermost value is {@code lists} lists of 1,000 {@code {"a":1}}. */
    private static ObjectNode nestedNumbers(int depth, int lists) {
        ArrayNode outer = NODES.arrayNode();
        for (int i = 0; i < lists; i++) {
            ArrayNode inner = outer.addArray();
            for (int j = 0; j < 1000; j++) {
                inner.addObject().put("a", 1);
            }
        }
        ObjectNode node = NODES.objectNode();
        node.set("l", outer);
        for (int i = 0; i < depth; i++) {
            ObjectNode parent = NODES.objectNode();
            parent.set("n", node);
            node = parent;
        }
        return node;
    }

    @Test
    public void update_shouldKeepAnAcceptedDocumentOfNestedNumbersReadable() throws Exception {
        PostMortem incoming = new PostMortem();
        incoming.putUnknownField("x", nestedNumbers(40, 200)); // ~1.6 MB compact, ~35 MB pretty-printed
        service.update(editor, "PM-1", 1, incoming);
        PostMortem again = service.read(editor, "PM-1").document();
        assertEquals(200, again.unknownFields().get("x").at("/n".repeat(40) + "/l").size());
        again.setSummary("the author can still save");
        assertEquals(3, service.update(editor, "PM-1", 2, again).revision());
    }

    @Test
    public void update_shouldCountFieldNamesAndNumbersNotOnlyText() {
        PostMortem incoming = new PostMortem();
        ArrayNode numbers = NODES.arrayNode();
        for (int i = 0; i < 300; i++) {
            ArrayNode row = numbers.addArray();
            for (int j = 0; j < 1000; j++) {
                row.add(1_000_000 + j);
            }
        }
        incoming.putUnknownField("numbers", numbers); // no text at all, ~2.4 million characters stored
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, incoming));
        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals("document", e.errors().get(0).field());
        assertTrue(e.errors().get(0).render(i18n), e.errors().get(0).render(i18n)
                .startsWith("The post-mortem would be too large to store (at most 2000000 characters as stored"));
        assertEquals(1, store.saves);
    }

    @Test
    public void addEvent_shouldMeasureTheWholeDocumentNotOnlyTheEvent() throws Exception {
        long revision = 1;
        int accepted = 0;
        ServiceException refused = null;
        for (int i = 0; i < 30 && refused == null; i++) {
            try {
                revision = service.addEvent(editor, "PM-1", revision,
                        event("e" + i + " " + "y".repeat(DocumentLimits.MAX_FIELD_CHARS - 10))).revision();
                accepted++;
            } catch (ServiceException e) {
                refused = e;
            }
        }
        assertTrue("some event must be refused", refused != null);
        assertEquals(19, accepted);
        assertEquals("document", refused.errors().get(0).field());
        // What was accepted can be saved again by its author.
        PostMortem mine = service.read(editor, "PM-1").document();
        mine.setSummary("still mine to save");
        assertEquals(revision + 1, service.update(editor, "PM-1", revision, mine).revision());
    }

    @Test
    public void addEvent_shouldNameTheEventFieldsAsTheRequestDid() {
        ServiceException e = assertThrows(ServiceException.class, () -> service.addEvent(editor, "PM-1", 1L,
                event("y".repeat(DocumentLimits.MAX_FIELD_CHARS + 1))));
        assertEquals("text", e.errors().get(0).field());
    }

    @Test
    public void update_shouldCapCountermeasuresEventsAndTagsWithFieldErrors() {
        PostMortem incoming = new PostMortem();
        for (int i = 0; i <= DocumentLimits.MAX_COUNTERMEASURES; i++) {
            incoming.getCountermeasures().add(new Countermeasure(null, "cm " + i, null, null));
        }
        for (int i = 0; i <= DocumentLimits.MAX_EVENTS; i++) {
            incoming.getTimeline().add(event("e " + i));
        }
        for (int i = 0; i <= DocumentLimits.MAX_TAGS; i++) {
            incoming.getTags().add("tag" + i);
        }
        ServiceException e = assertThrows(ServiceException.class, () -> service.update(editor, "PM-1", 1, incoming));
        assertEquals(List.of("timeline", "countermeasures", "tags"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("This list is too long: at most 100 entries, this has 101.", e.errors().get(1).render(i18n));
        assertEquals(1, store.saves);
    }
}
