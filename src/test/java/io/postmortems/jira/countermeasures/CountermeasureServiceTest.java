package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.testing.FakeClusterLockService;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CountermeasureServiceTest {
    @Test
    public void createPending_shouldKeepCreatedTicketsWhenOneFailsAndRetryOnlyTheRest() throws Exception {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue pmIssue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(Role.EDIT, pmIssue, project, pm, gpm);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV1");
        List<Countermeasure> cms = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            cms.add(new Countermeasure("c" + i, "Fix " + i, "alice", i == 5 ? null : LocalDate.of(2026, 4, i)));
        }
        doc.setCountermeasures(cms);
        store.save(10, doc, 0);
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(pmIssue), permissions, store,
                settings, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                TicketUpdates.NONE);

        IssueService issueService = mock(IssueService.class);
        List<IssueInputParameters> params = new ArrayList<>();
        when(issueService.newIssueInputParameters()).thenAnswer(inv -> {
            IssueInputParameters p = mock(IssueInputParameters.class);
            params.add(p);
            return p;
        });
        AtomicInteger validations = new AtomicInteger();
        boolean[] failThird = {true};
        when(issueService.validateSubTaskCreate(any(), anyLong(), any())).thenAnswer(inv -> {
            int n = validations.incrementAndGet();
            IssueService.CreateValidationResult v = mock(IssueService.CreateValidationResult.class);
            boolean fail = failThird[0] && n == 3;
            when(v.isValid()).thenReturn(!fail);
            if (fail) {
                ErrorCollection errors = mock(ErrorCollection.class);
                when(errors.getErrors()).thenReturn(Map.of("assignee", "User cannot be assigned."));
                when(v.getErrorCollection()).thenReturn(errors);
            }
            return v;
        });
        AtomicInteger created = new AtomicInteger(1);
        when(issueService.create(any(), any())).thenAnswer(inv -> {
            IssueService.IssueResult r = mock(IssueService.IssueResult.class);
            MutableIssue ticket = JiraFixture.postMortemIssue(100 + created.get(), "PM-" + (1 + created.getAndIncrement()), project);
            when(r.isValid()).thenReturn(true);
            when(r.getIssue()).thenReturn(ticket);
            return r;
        });
        CountermeasureTargets targets = mock(CountermeasureTargets.class);
        when(targets.subTaskIssueTypeId(project)).thenReturn(Optional.of("5"));
        SubTaskManager subTasks = mock(SubTaskManager.class);
        DateFieldFormat dates = mock(DateFieldFormat.class);
        when(dates.formatDatePicker(any())).thenReturn("01/Apr/26");
        UserManager users = mock(UserManager.class);
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getUsername()).thenReturn("alice");
        when(users.getUserByName("alice")).thenReturn(alice);
        CountermeasureService countermeasures = new CountermeasureService(
                new TicketCreator(issueService, users, mock(PriorityManager.class), dates, mock(LabelManager.class),
                        subTasks, mock(IssueLinkManager.class)),
                permissions, service, settings, targets, new ClusterLocks(FakeClusterLockService.inMemory()),
                Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));

        List<CreationResult> first = countermeasures.createPending(user, "PM-1");
        assertEquals(List.of(CreationResult.Outcome.CREATED, CreationResult.Outcome.CREATED,
                CreationResult.Outcome.FAILED, CreationResult.Outcome.CREATED, CreationResult.Outcome.CREATED),
                first.stream().map(CreationResult::outcome).toList());
        assertEquals("countermeasures[2].owner", first.get(2).errors().get(0).field());
        PostMortem saved = store.load(10).orElseThrow().document();
        assertEquals("PM-2", saved.getCountermeasures().get(0).getIssueKey());
        assertEquals(null, saved.getCountermeasures().get(2).getIssueKey());
        assertEquals("SEV1 default: four weeks from today", LocalDate.of(2026, 4, 12),
                saved.getCountermeasures().get(4).getDueDate());
        verify(subTasks, org.mockito.Mockito.times(4)).createSubTaskIssueLink(any(), any(), any());

        failThird[0] = false;
        List<CreationResult> retry = countermeasures.createPending(user, "PM-1");
        assertEquals(List.of(CreationResult.Outcome.ALREADY_CREATED, CreationResult.Outcome.ALREADY_CREATED,
                CreationResult.Outcome.CREATED, CreationResult.Outcome.ALREADY_CREATED,
                CreationResult.Outcome.ALREADY_CREATED), retry.stream().map(CreationResult::outcome).toList());
        assertEquals("five tickets in all, no duplicates", 6, created.get());
    }

    /** One post-mortem PM-1 with the given countermeasures, a Jira that creates PM-2, PM-3, ... and knows "alice". */
    private static final class Rig {
        final Project project = JiraFixture.project(1, "PM");
        final MutableIssue pmIssue = JiraFixture.postMortemIssue(10, "PM-1", project);
        final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
        final IssueService issueService = mock(IssueService.class);
        final LabelManager labels = mock(LabelManager.class);
        final List<IssueInputParameters> params = new ArrayList<>();
        final List<MutableIssue> tickets = new ArrayList<>();
        final ApplicationUser alice = mock(ApplicationUser.class);
        ApplicationUser user;
        CountermeasureService service;

        Rig(Countermeasure... cms) throws Exception {
            PermissionManager pm = mock(PermissionManager.class);
            GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
            user = JiraFixture.grant(Role.EDIT, pmIssue, project, pm, gpm);
            PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
            PostMortem doc = new PostMortem();
            doc.setSeverity("SEV2");
            doc.setCountermeasures(new ArrayList<>(List.of(cms)));
            store.save(10, doc, 0);
            SettingsStore settings = mock(SettingsStore.class);
            when(settings.load()).thenReturn(AppSettings.defaults());
            PostMortemService postMortems = new PostMortemService(JiraFixture.issueManager(pmIssue), permissions,
                    store, settings, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                    TicketUpdates.NONE);
            when(issueService.newIssueInputParameters()).thenAnswer(inv -> {
                IssueInputParameters p = mock(IssueInputParameters.class);
                params.add(p);
                return p;
            });
            when(issueService.validateSubTaskCreate(any(), anyLong(), any())).thenAnswer(inv -> {
                IssueService.CreateValidationResult v = mock(IssueService.CreateValidationResult.class);
                when(v.isValid()).thenReturn(true);
                return v;
            });
            when(issueService.create(any(), any())).thenAnswer(inv -> {
                IssueService.IssueResult r = mock(IssueService.IssueResult.class);
                MutableIssue ticket = JiraFixture.postMortemIssue(100 + tickets.size(), "PM-" + (2 + tickets.size()),
                        project);
                tickets.add(ticket);
                when(r.isValid()).thenReturn(true);
                when(r.getIssue()).thenReturn(ticket);
                return r;
            });
            CountermeasureTargets targets = mock(CountermeasureTargets.class);
            when(targets.subTaskIssueTypeId(project)).thenReturn(Optional.of("5"));
            DateFieldFormat dates = mock(DateFieldFormat.class);
            when(dates.formatDatePicker(any())).thenReturn("01/Apr/26");
            UserManager users = mock(UserManager.class);
            when(alice.getUsername()).thenReturn("alice");
            when(users.getUserByName("alice")).thenReturn(alice);
            service = new CountermeasureService(
                    new TicketCreator(issueService, users, mock(PriorityManager.class), dates, labels,
                            mock(SubTaskManager.class), mock(IssueLinkManager.class)),
                    permissions, postMortems, settings, targets, new ClusterLocks(FakeClusterLockService.inMemory()),
                    Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
        }
    }

    @Test
    public void createPending_shouldRefuseCountermeasureWithoutOwnerAndCreateNoTicket() throws Exception {
        Countermeasure owned = new Countermeasure("c1", "Add a canary stage", "alice", LocalDate.of(2026, 4, 1));
        Countermeasure unowned = new Countermeasure("c2", "Alert on queue depth", "  ", LocalDate.of(2026, 4, 2));
        Rig rig = new Rig(owned, unowned);

        List<CreationResult> results = rig.service.createPending(rig.user, "PM-1");

        assertEquals(CreationResult.Outcome.CREATED, results.get(0).outcome());
        assertEquals(CreationResult.Outcome.FAILED, results.get(1).outcome());
        assertEquals("countermeasures[1].owner", results.get(1).errors().get(0).field());
        assertEquals("postmortems.error.cm.ownerRequired", results.get(1).errors().get(0).messageKey());
        assertEquals("only the owned countermeasure got a ticket", 1, rig.tickets.size());
        assertEquals(null, rig.store.load(10).orElseThrow().document().getCountermeasures().get(1).getIssueKey());
        verify(rig.params.get(0)).setAssigneeId("alice");
    }

    @Test
    public void createPending_shouldPutTheKindOnTheTicketAsLabel() throws Exception {
        Countermeasure detect = new Countermeasure("c1", "Alert on queue depth", "alice", LocalDate.of(2026, 4, 1));
        detect.setKind(CountermeasureKind.DETECT);
        Countermeasure process = new Countermeasure("c2", "Review on-call handover", "alice", LocalDate.of(2026, 4, 2));
        process.setKind(CountermeasureKind.PROCESS);
        Rig rig = new Rig(detect, process);

        rig.service.createPending(rig.user, "PM-1");

        verify(rig.labels).addLabel(rig.user, 100L, "countermeasure-detect", false);
        verify(rig.labels).addLabel(rig.user, 101L, "countermeasure-process", false);
    }

    @Test
    public void createPending_shouldRecordTheTicketWhenJiraRefusesTheLabel() throws Exception {
        Countermeasure cm = new Countermeasure("c1", "Alert on queue depth", "alice", LocalDate.of(2026, 4, 1));
        Rig rig = new Rig(cm);
        when(rig.labels.addLabel(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean()))
                .thenThrow(new IllegalStateException("labels field hidden"));

        List<CreationResult> results = rig.service.createPending(rig.user, "PM-1");

        assertEquals(CreationResult.Outcome.CREATED, results.get(0).outcome());
        assertEquals("PM-2", rig.store.load(10).orElseThrow().document().getCountermeasures().get(0).getIssueKey());
    }
}
