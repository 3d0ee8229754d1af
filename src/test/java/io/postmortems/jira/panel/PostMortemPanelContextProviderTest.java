package io.postmortems.jira.panel;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.countermeasures.IdeaCounts;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.publish.PublishStatus;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.panel.ChoiceOption;
import io.postmortems.panel.EditField;
import io.postmortems.panel.PanelView;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PostMortemPanelContextProviderTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    JiraAuthenticationContext auth;
    @Mock
    TimeZoneManager zones;
    @Mock
    PublishRequests publish;
    @Mock
    SettingsStore settings;

    private final I18nHelper i18n = BundleI18nHelper.create();
    private final Project project = JiraFixture.project(1, "PM");
    private final MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);

    private JiraFixture.MemoryStore store;

    /** A provider over a real service and store, as {@code role}; ticket statuses from {@code tickets}. */
    private PostMortemPanelContextProvider provider(Role role, TicketStatuses tickets) throws Exception {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(role, issue, project, pm, gpm);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getI18nHelper()).thenReturn(i18n);
        when(settings.load()).thenReturn(AppSettings.defaults());
        JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
        PostMortem doc = new PostMortem();
        Countermeasure cm = new Countermeasure("c1", "Canary", "alice", LocalDate.of(2026, 3, 1));
        cm.setIssueKey("PM-2");
        doc.setCountermeasures(List.of(cm));
        store.save(10, doc, 0);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(issue), permissions, store,
                settings, (d, s) -> new ReviewReport(List.of(new Finding(Level.ERROR, "summary", "x",
                        "postmortems.error.field.required", List.of("Summary")))), JiraFixture.NO_GATE, publish,
                TicketUpdates.NONE);
        this.store = store;
        return new PostMortemPanelContextProvider(auth, zones, service, permissions, tickets,
                new CountermeasureStatusReconciler(tickets, store), publish, settings,
                Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC),
                new IdeaCounts(mock(com.atlassian.jira.bc.issue.search.SearchService.class)));
    }

    private static TicketStatuses tickets(Optional<Map<String, TicketStatus>> answer) {
        TicketStatuses tickets = mock(TicketStatuses.class);
        when(tickets.load(any(), anyCollection())).thenReturn(answer);
        return tickets;
    }

    @Test
    public void getContextMap_shouldBuildTheViewFromWhatJiraKnows() throws Exception {
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        when(publish.statusOf(10)).thenReturn(Optional.of(new PublishStatus(PublishStatus.State.FAILED, null, null,
                "Confluence said no", Instant.EPOCH, null)));
        Map<String, Object> context = new HashMap<>(Map.of("issue", issue, "other", "kept"));
        Map<String, Object> result = provider(Role.EDIT, tickets(Optional.of(Map.of("PM-2",
                new TicketStatus("PM-2", "Canary", "In Review", false))))).getContextMap(context);
        PanelView view = (PanelView) result.get("view");
        assertSame(i18n, result.get("i18n"));
        assertEquals("kept", result.get("other"));
        assertEquals("PM-1", view.getIssueKeyHtml());
        assertEquals(1, view.getRevision());
        assertTrue(view.isCanEdit());
        assertEquals("Europe/Berlin", view.getZoneHtml());
        assertEquals("In Review", view.getCountermeasures().get(0).getStatusHtml());
        assertTrue("due 2026-03-01, today 2026-03-15", view.getCountermeasures().get(0).isOverdue());
        assertEquals("Publishing failed", view.getPublishStateHtml());
        assertEquals("Confluence said no", view.getPublishErrorHtml());
        assertEquals("Summary is required.", view.getFindingGroups().get(0).getFindings().get(0).getMessageHtml());
    }

    @Test
    public void getContextMap_shouldStoreADoneTicketIntoTheDocumentOnceFromTheSameSearch() throws Exception {
        when(publish.statusOf(10)).thenReturn(Optional.empty());
        TicketStatuses tickets = tickets(Optional.of(Map.of("PM-2",
                new TicketStatus("PM-2", "Canary", "Closed", true))));
        PostMortemPanelContextProvider provider = provider(Role.BROWSE_ONLY, tickets);

        PanelView first = (PanelView) provider.getContextMap(Map.of("issue", issue)).get("view");
        PanelView second = (PanelView) provider.getContextMap(Map.of("issue", issue)).get("view");

        assertEquals(io.postmortems.core.model.CountermeasureStatus.DONE,
                store.load(10).orElseThrow().document().getCountermeasures().get(0).getStatus());
        assertEquals("stored once, not on every view", 2, store.load(10).orElseThrow().revision());
        assertEquals(2, first.getRevision());
        assertEquals(2, second.getRevision());
        assertFalse(second.getCountermeasures().get(0).isOverdue());
        org.mockito.Mockito.verify(tickets, org.mockito.Mockito.times(2)).load(any(), anyCollection());
    }

    @Test
    public void getContextMap_shouldOfferEditorsTheConfiguredSeveritiesAndDuePeriods() throws Exception {
        when(publish.statusOf(10)).thenReturn(Optional.empty());
        PostMortemPanelContextProvider provider = provider(Role.EDIT, tickets(Optional.of(Map.of())));
        when(settings.load()).thenReturn(AppSettings.builder()
                .severityLevels(List.of(new SeverityLevel("P1", "Outage", "all down"),
                        new SeverityLevel("P2", "Partial", "some")))
                .requiredSections(Map.of()).defaultDueWeeks(Map.of("P1", 2, "P2", 6)).build());
        PanelView view = (PanelView) provider.getContextMap(Map.of("issue", issue)).get("view");
        EditField severity = view.getEditGroups().get(0).getFields().stream()
                .filter(f -> f.getPathHtml().equals("severity")).findFirst().orElseThrow();
        assertEquals(List.of("", "P1", "P2"), severity.getOptions().stream().map(ChoiceOption::getValueHtml).toList());
        assertEquals(List.of("", "2", "6"), severity.getOptions().stream().map(ChoiceOption::getDueWeeksHtml).toList());
        assertEquals("P1 \u2014 Outage", severity.getOptions().get(1).getLabelHtml());
    }

    @Test
    public void getContextMap_shouldShowReadersTheirViewAndSayWhenStatusesFailed() throws Exception {
        when(publish.statusOf(10)).thenReturn(Optional.empty());
        PanelView view = (PanelView) provider(Role.BROWSE_ONLY, tickets(Optional.empty()))
                .getContextMap(Map.of("issue", issue)).get("view");
        assertFalse(view.isCanEdit());
        assertTrue(view.isStatusesUnavailable());
        assertEquals("UTC", view.getZoneHtml());
        assertEquals("Not published", view.getPublishStateHtml());
    }

    @Test
    public void getContextMap_shouldPutNoViewForHiddenIssuesOrWithoutAnIssue() throws Exception {
        TicketStatuses tickets = tickets(Optional.of(Map.of()));
        PostMortemPanelContextProvider hidden = provider(Role.NO_BROWSE, tickets);
        assertNull(hidden.getContextMap(Map.of("issue", issue)).get("view"));
        assertNull(hidden.getContextMap(Map.of()).get("view"));
        verify(tickets, org.mockito.Mockito.never()).load(any(), anyCollection());
    }

    @Test
    public void getContextMap_shouldFoldTheViewersReviewStepsIntoTheOneView() throws Exception {
        when(publish.statusOf(10)).thenReturn(Optional.empty());
        Map<String, Object> editorContext = provider(Role.EDIT, tickets(Optional.empty()))
                .getContextMap(Map.of("issue", issue));
        assertFalse("no second object beside the view", editorContext.containsKey("reviewPanel"));
        io.postmortems.panel.ReviewPanel editor = ((PanelView) editorContext.get("view")).getReview();
        assertEquals("DRAFT", editor.getStatusCodeHtml());
        assertEquals("Draft", editor.getStatusLabelHtml());
        assertEquals(1, editor.getSteps().size());
        assertEquals("pm-status-in_review", editor.getSteps().get(0).getButtonIdHtml());
        assertEquals("IN_REVIEW", editor.getSteps().get(0).getCodeHtml());
        assertTrue(editor.isCanPublish());
        io.postmortems.panel.ReviewPanel reader = ((PanelView) provider(Role.BROWSE_ONLY, tickets(Optional.empty()))
                .getContextMap(Map.of("issue", issue)).get("view")).getReview();
        assertEquals(List.of(), reader.getSteps());
        assertFalse(reader.isCanPublish());
        assertEquals("Draft", reader.getStatusLabelHtml());
    }
}
