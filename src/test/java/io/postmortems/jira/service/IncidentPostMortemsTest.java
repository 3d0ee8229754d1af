package io.postmortems.jira.service;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortems.core.incident.IncidentSnapshot;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.testing.FakeClusterLockService;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class IncidentPostMortemsTest {
    private static final long LINK_TYPE_ID = 77L;

    private final Project project = JiraFixture.project(1, "OPS");
    private final MutableIssue incident = issue(20, "OPS-1", "Incident");
    private final MutableIssue postMortem = JiraFixture.postMortemIssue(21, "OPS-2", project);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final IncidentReader reader = mock(IncidentReader.class);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private ApplicationUser editor;
    private ApplicationUser viewer;
    private IncidentPostMortems incidents;

    private MutableIssue issue(long id, String key, String typeName) {
        return JiraFixture.issue(id, key, project, typeName);
    }

    @Before
    public void setUp() {
        when(settings.load()).thenReturn(AppSettings.builder().incidentProjects(List.of("OPS"))
                .incidentIssueTypes(List.of("incident")).build());
        when(issueManager.getIssueObject("OPS-1")).thenReturn(incident);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        editor = JiraFixture.grant(Role.EDIT, incident, project, pm, gpm);
        viewer = JiraFixture.grant(Role.BROWSE_ONLY, incident, project, pm, gpm);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        IssueLinkType linkType = mock(IssueLinkType.class);
        when(linkType.getId()).thenReturn(LINK_TYPE_ID);
        when(linkTypes.getIssueLinkTypesByName("Post-mortem")).thenReturn(List.of(linkType));
        IssueType postMortemType = mock(IssueType.class);
        when(postMortemType.getName()).thenReturn("Post-mortem");
        when(postMortemType.getId()).thenReturn("10500");
        when(project.getIssueTypes()).thenReturn(List.of(postMortemType));
        when(reader.read(incident)).thenReturn(new IncidentSnapshot("OPS-1", "Checkout outage",
                Instant.parse("2026-11-02T09:00:00Z"), null, List.of("checkout"), null, null, null,
                List.of(new IncidentSnapshot.StatusChange(Instant.parse("2026-11-02T09:10:00Z"), "To Do",
                        "In Progress")), null));
        PostMortemService service = new PostMortemService(issueManager, permissions, store, settings,
                (d, s) -> new io.postmortems.core.review.ReviewReport(List.of()), JiraFixture.NO_GATE,
                mock(io.postmortems.jira.publish.PublishRequests.class), TicketUpdates.NONE);
        incidents = new IncidentPostMortems(issueManager, issueService, links, linkTypes, permissions, settings,
                service, reader, new ClusterLocks(FakeClusterLockService.inMemory()));
    }

    private void jiraCreates() {
        IssueInputParameters params = mock(IssueInputParameters.class);
        when(issueService.newIssueInputParameters()).thenReturn(params);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(true);
        when(issueService.validateCreate(editor, params)).thenReturn(validation);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(postMortem);
        when(issueService.create(editor, validation)).thenReturn(result);
    }

    @Test
    public void offeredOn_shouldNeedAChosenProjectAndTypeAndEditAndCreatePermission() {
        assertTrue(incidents.offeredOn(incident, editor));
        assertFalse("browse only", incidents.offeredOn(incident, viewer));
        assertFalse("anonymous", incidents.offeredOn(incident, null));
        assertFalse("a Task is not a chosen type", incidents.offeredOn(issue(22, "OPS-3", "Task"), editor));
        when(settings.load()).thenReturn(AppSettings.builder().incidentProjects(List.of("PAY")).build());
        assertFalse("OPS is not a chosen project", incidents.offeredOn(incident, editor));
    }

    @Test
    public void offeredOn_shouldOfferEveryTypeButTheAppsOwnWhenNoTypeIsChosen() {
        when(settings.load()).thenReturn(AppSettings.builder().incidentProjects(List.of("ops")).build());
        assertTrue(incidents.offeredOn(incident, editor));
        assertFalse("a post-mortem never has a post-mortem", incidents.offeredOn(postMortem, editor));
    }

    @Test
    public void start_shouldCreateLinkAndPrefillThePostMortem() throws Exception {
        jiraCreates();

        IncidentPostMortems.Started started = incidents.start(editor, "OPS-1");

        assertEquals(new IncidentPostMortems.Started("OPS-2", true), started);
        verify(links).createIssueLink(21L, 20L, LINK_TYPE_ID, null, editor);
        PostMortem doc = store.load(21).orElseThrow().document();
        assertEquals("OPS-2", doc.getIssueKey());
        assertEquals("Checkout outage", doc.getTitle());
        assertEquals(List.of("checkout"), doc.getServices());
        assertEquals(1, doc.getDraftTimeline().size());
        assertTrue(doc.getTimeline().isEmpty());
    }

    @Test
    public void start_shouldOpenTheLinkedPostMortemInsteadOfCreatingASecond() throws Exception {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(LINK_TYPE_ID);
        IssueLink link = mock(IssueLink.class);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(postMortem);
        when(links.getInwardLinks(20L)).thenReturn(List.of(link));

        assertEquals(new IncidentPostMortems.Started("OPS-2", false), incidents.start(editor, "OPS-1"));
        verify(issueService, never()).newIssueInputParameters();
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), isNull(), any());
    }

    @Test
    public void start_shouldRefuseWhereNotOfferedAndPassOnJirasReasons() throws Exception {
        ServiceException refused = assertThrows(ServiceException.class, () -> incidents.start(viewer, "OPS-1"));
        assertEquals(ServiceException.Kind.FORBIDDEN, refused.kind());
        ServiceException hidden = assertThrows(ServiceException.class, () -> incidents.start(editor, "OPS-404"));
        assertEquals(ServiceException.Kind.NOT_FOUND, hidden.kind());

        IssueInputParameters params = mock(IssueInputParameters.class);
        when(issueService.newIssueInputParameters()).thenReturn(params);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("summary", "You must specify a summary of the issue."));
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(eq(editor), any())).thenReturn(validation);
        ServiceException jira = assertThrows(ServiceException.class, () -> incidents.start(editor, "OPS-1"));
        assertEquals(ServiceException.Kind.INVALID, jira.kind());
        assertEquals("summary", jira.errors().get(0).field());
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), isNull(), any());
    }
}
