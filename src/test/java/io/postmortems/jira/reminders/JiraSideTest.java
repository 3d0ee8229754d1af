package io.postmortems.jira.reminders;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.query.Query;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.jira.store.PostMortemStore;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** The thin Jira parts of the reminders: scheduling, mail state and queuing, and the search for due countermeasures. */
public class JiraSideTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    public void onStart_shouldRegisterTheRunnerAndScheduleOneHourlyJobForTheCluster() throws Exception {
        SchedulerService scheduler = mock(SchedulerService.class);
        ReminderJob job = mock(ReminderJob.class);
        JobRunnerKey key = mock(JobRunnerKey.class);
        JobId id = mock(JobId.class);
        JobConfig config = mock(JobConfig.class, Answers.RETURNS_SELF);
        Schedule schedule = mock(Schedule.class);
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
             MockedStatic<JobId> ids = mockStatic(JobId.class);
             MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
             MockedStatic<Schedule> schedules = mockStatic(Schedule.class)) {
            keys.when(() -> JobRunnerKey.of("io.postmortems.reminders")).thenReturn(key);
            ids.when(() -> JobId.of("io.postmortems.reminders")).thenReturn(id);
            configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
            schedules.when(() -> Schedule.forCronExpression("0 0 * * * ?")).thenReturn(schedule);
            ReminderJobScheduler registration = new ReminderJobScheduler(scheduler, job);
            registration.onStart();
            verify(scheduler).registerJobRunner(key, job);
            verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
            verify(config).withSchedule(schedule);
            verify(scheduler).scheduleJob(id, config);
            registration.onStop();
            verify(scheduler).unregisterJobRunner(key);
        }
    }

    @Test
    public void state_shouldSayWhyMailCannotGoOut() {
        MailServerManager servers = mock(MailServerManager.class);
        MailQueue queue = mock(MailQueue.class);
        assertEquals(MailDelivery.State.NO_SMTP_SERVER, new MailDelivery(queue, servers, () -> false).state());
        when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
        assertEquals(MailDelivery.State.SENDING_DISABLED, new MailDelivery(queue, servers, () -> true).state());
        assertEquals(MailDelivery.State.ENABLED, new MailDelivery(queue, servers, () -> false).state());
    }

    @Test
    public void canMail_shouldNeedAnActiveUserWithAnAddress() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.isActive()).thenReturn(true);
        when(user.getEmailAddress()).thenReturn(" ");
        assertFalse(MailDelivery.canMail(user));
        when(user.getEmailAddress()).thenReturn("a@example.com");
        assertTrue(MailDelivery.canMail(user));
        when(user.isActive()).thenReturn(false);
        assertFalse(MailDelivery.canMail(user));
        assertFalse(MailDelivery.canMail(null));
    }

    @Test
    public void queue_shouldPutOnePlainTextMailOnJirasQueue() {
        MailQueue queue = mock(MailQueue.class);
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getEmailAddress()).thenReturn(" a@example.com ");
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF),
                (email, context) -> assertEquals(List.of("a@example.com"), context.arguments()));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {
            new MailDelivery(queue, mock(MailServerManager.class), () -> false).queue(user, "Subject", "Body");
            Email email = emails.constructed().get(0);
            verify(email).setSubject("Subject");
            verify(email).setBody("Body");
            verify(email).setMimeType("text/plain");
            verify(queue).addItem(items.constructed().get(0));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    public void find_shouldReturnOpenDueCountermeasuresWithOwnersAsTheSystemSees() {
        SearchService search = mock(SearchService.class);
        PostMortemStore store = mock(PostMortemStore.class);
        UserManager users = mock(UserManager.class);
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getUsername()).thenReturn("alice");
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getUsername()).thenReturn("rita");
        when(users.getUserByKey("JIRAUSER1")).thenReturn(alice);

        Issue pm = mock(Issue.class);
        when(pm.getId()).thenReturn(5L);
        when(pm.getKey()).thenReturn("PM-1");
        when(pm.getReporter()).thenReturn(reporter);
        PostMortem doc = new PostMortem();
        Countermeasure due = cm("OPS-1", DAY.minusDays(1));
        due.setOwner("JIRAUSER1");
        Countermeasure closedInJira = cm("OPS-2", DAY);
        Countermeasure later = cm("OPS-3", DAY.plusDays(4));
        Countermeasure doneInDocument = cm("OPS-4", DAY);
        doneInDocument.setStatus(CountermeasureStatus.DONE);
        Countermeasure oddKey = cm("OPS-5) OR key in (X-1", DAY);
        doc.setCountermeasures(List.of(due, closedInJira, later, doneInDocument, oddKey));
        when(store.load(5L)).thenReturn(Optional.of(new PostMortemStore.StoredPostMortem(5L, doc, 1)));

        Query pmQuery = mock(Query.class);
        Query keyQuery = mock(Query.class);
        parses(search, DueCountermeasureFinder.POST_MORTEMS_JQL, pmQuery);
        parses(search, "key in (OPS-1, OPS-2) AND statusCategory != Done", keyQuery);
        PagerFilter<?> unlimited = mock(PagerFilter.class);
        try (MockedStatic<PagerFilter> pagers = mockStatic(PagerFilter.class)) {
            pagers.when(PagerFilter::getUnlimitedFilter).thenReturn(unlimited);
            results(search, pmQuery, unlimited, List.of(pm));
            Issue ops1 = mock(Issue.class);
            when(ops1.getKey()).thenReturn("OPS-1");
            results(search, keyQuery, unlimited, List.of(ops1));

            List<DueCountermeasure> found = new DueCountermeasureFinder(search, store, users).find(DAY.plusDays(3));
            assertEquals(List.of(new DueCountermeasure("OPS-1", "Do OPS-1", "alice", DAY.minusDays(1), "PM-1",
                    "rita")), found);
        }
    }

    @Test
    public void find_shouldFailClearlyWhenTheSearchCannotBeParsed() {
        SearchService search = mock(SearchService.class);
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        when(search.parseQuery(isNull(), any())).thenReturn(invalid);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DueCountermeasureFinder(search,
                mock(PostMortemStore.class), mock(UserManager.class)).find(DAY));
        assertTrue(e.getMessage(), e.getMessage().contains("is the post-mortem property indexed?"));
    }

    private static Countermeasure cm(String key, LocalDate due) {
        Countermeasure cm = new Countermeasure("id-" + key, "Do " + key, null, due);
        cm.setIssueKey(key);
        return cm;
    }

    private static void parses(SearchService search, String jql, Query query) {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(isNull(), eq(jql))).thenReturn(parsed);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void results(SearchService search, Query query, PagerFilter unlimited, List<Issue> issues) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        try {
            when(search.searchOverrideSecurity(isNull(), eq(query), eq(unlimited))).thenReturn(results);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
