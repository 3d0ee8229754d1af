package io.postmortems.jira.rest;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.TicketCreator;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The three REST resources wired over the real services as one user of a role sees them: a post-mortem PM-1 (issue
 * 10) with one timeline event, default settings, one failed JQL mirror. Shared by the permission matrix and the
 * hostile-input corpus.
 */
final class RestEndpoints {
    final PostMortemResource resource;
    final SettingsResource settings;
    final MirrorFailuresResource mirror;
    /** "Create post-mortem" on incident PM-2 (project PM chosen for incidents), already linked to post-mortem PM-1. */
    final IncidentResource incident;
    /** The draft timeline of PM-1, which holds one draft entry d1. */
    final DraftTimelineResource drafts;
    final JiraFixture.MemoryStore store;
    final SettingsStore settingsStore;

    RestEndpoints(Role role) throws Exception {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(role, issue, project, pm, gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        store = new JiraFixture.MemoryStore();
        PostMortem doc = new PostMortem();
        doc.getTimeline().add(new TimelineEvent("e1", OffsetDateTime.parse("2026-03-01T14:00:00+01:00"), "Deploy",
                EventKind.ACTION));
        doc.getDraftTimeline().add(new TimelineEvent("d1", OffsetDateTime.parse("2026-03-01T14:02:00+01:00"),
                "Status changed from To Do to In Progress", EventKind.OBSERVATION));
        store.save(10, doc, 0);
        settingsStore = mock(SettingsStore.class);
        when(settingsStore.load()).thenReturn(AppSettings.defaults());
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(issue), permissions, store,
                settingsStore, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                TicketUpdates.NONE);
        CountermeasureTargets targets = mock(CountermeasureTargets.class);
        when(targets.subTaskIssueTypeId(any())).thenReturn(Optional.of("5"));
        CountermeasureService countermeasures = new CountermeasureService(
                new TicketCreator(mock(IssueService.class), mock(UserManager.class), mock(PriorityManager.class),
                        mock(DateFieldFormat.class), mock(LabelManager.class), mock(SubTaskManager.class),
                        mock(IssueLinkManager.class)),
                permissions, service, settingsStore, targets,
                new io.postmortems.jira.platform.ClusterLocks(
                        io.postmortems.jira.testing.FakeClusterLockService.inMemory()));
        resource = new PostMortemResource(auth, service, countermeasures);
        MirrorFailures failures = new MirrorFailures();
        failures.failed(10L, "Jira refused issue property postmortem of issue 10: too long");
        AoPostMortemStore ao = mock(AoPostMortemStore.class);
        when(ao.repairFailedMirrors()).thenReturn(new AoPostMortemStore.MirrorRefresh(1, 0, 0));
        mirror = new MirrorFailuresResource(auth, permissions, failures, ao, JiraFixture.issueManager(issue));
        settings = new SettingsResource(auth, permissions, settingsStore, mock(SettingsValidation.class));
        drafts = new DraftTimelineResource(auth, service);
        incident = new IncidentResource(auth, incidents(project, issue, user, pm, permissions, service));
        this.auth = auth;
        this.permissions = permissions;
    }

    /** Incident PM-2 with the role's rights, in project PM chosen for incidents, linked to its post-mortem PM-1. */
    private static io.postmortems.jira.service.IncidentPostMortems incidents(Project project, MutableIssue postMortem,
            ApplicationUser user, PermissionManager pm, PostMortemPermissions permissions, PostMortemService service) {
        MutableIssue incident = JiraFixture.issue(11, "PM-2", project, "Incident");
        var browse = com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS;
        var edit = com.atlassian.jira.permission.ProjectPermissions.EDIT_ISSUES;
        boolean mayBrowse = pm.hasPermission(browse, postMortem, user);
        boolean mayEdit = pm.hasPermission(edit, postMortem, user);
        when(pm.hasPermission(eq(browse), eq(incident), eq(user))).thenReturn(mayBrowse);
        when(pm.hasPermission(eq(edit), eq(incident), eq(user))).thenReturn(mayEdit);
        com.atlassian.jira.issue.IssueManager issues = mock(com.atlassian.jira.issue.IssueManager.class);
        when(issues.getIssueObject("PM-1")).thenReturn(postMortem);
        when(issues.getIssueObject("PM-2")).thenReturn(incident);
        com.atlassian.jira.issue.link.IssueLinkType type = mock(com.atlassian.jira.issue.link.IssueLinkType.class);
        when(type.getId()).thenReturn(77L);
        com.atlassian.jira.issue.link.IssueLinkTypeManager types =
                mock(com.atlassian.jira.issue.link.IssueLinkTypeManager.class);
        when(types.getIssueLinkTypesByName("Post-mortem")).thenReturn(List.of(type));
        com.atlassian.jira.issue.link.IssueLink link = mock(com.atlassian.jira.issue.link.IssueLink.class);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceObject()).thenReturn(postMortem);
        IssueLinkManager links = mock(IssueLinkManager.class);
        when(links.getInwardLinks(11L)).thenReturn(List.of(link));
        SettingsStore incidentSettings = mock(SettingsStore.class);
        when(incidentSettings.load()).thenReturn(AppSettings.builder().incidentProjects(List.of("PM"))
                .incidentIssueTypes(List.of("Incident")).build());
        return new io.postmortems.jira.service.IncidentPostMortems(issues, mock(IssueService.class), links, types,
                permissions, incidentSettings, service, mock(io.postmortems.jira.service.IncidentReader.class),
                new io.postmortems.jira.platform.ClusterLocks(
                        io.postmortems.jira.testing.FakeClusterLockService.inMemory()));
    }

    private final JiraAuthenticationContext auth;
    private final PostMortemPermissions permissions;

    /** The settings resource over the same store, checked by {@code validation} (e.g. the real one). */
    SettingsResource settingsValidatedBy(SettingsValidation validation) {
        return new SettingsResource(auth, permissions, settingsStore, validation);
    }
}
