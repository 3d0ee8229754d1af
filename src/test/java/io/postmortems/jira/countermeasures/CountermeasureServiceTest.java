package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.testing.InMemoryClusterLockService;
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
            cms.add(new Countermeasure("c" + i, "Fix " + i, null, i == 5 ? null : LocalDate.of(2026, 4, i)));
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
        CountermeasureService countermeasures = new CountermeasureService(issueService, subTasks,
                mock(IssueLinkManager.class), mock(UserManager.class), mock(PriorityManager.class), dates,
                permissions, service, settings, targets,
                new ClusterLocks(new InMemoryClusterLockService()), Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));

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
}
