package io.postmortems.jira.reminders;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.core.reminders.DueFollowThrough;
import io.postmortems.core.reminders.Reminder;
import io.postmortems.core.reminders.ReminderPlanner;
import io.postmortems.core.reminders.ReminderPolicy;
import io.postmortems.core.reminders.ReminderRound;
import io.postmortems.jira.settings.ReminderSettings;
import io.postmortems.jira.settings.SettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The reminder job. The scheduler starts it every hour on one node of the cluster; it acts from the configured hour
 * on (Jira's default time zone), so a node that was down at that hour still sends the day's reminders later that day.
 * What was already sent today is skipped through the {@link AoReminderLedger}, so the later runs of a day, a second
 * node and a restarted node send nothing twice.
 */
@Named
public class ReminderJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    /** What one run did, for the scheduler's history and the tests. */
    public record Result(boolean ran, String message, ReminderRound.Outcome outcome) {
    }

    private final SettingsStore settings;
    private final DueCountermeasureFinder finder;
    private final AoReminderLedger ledger;
    private final MailDelivery mail;
    private final UserManager users;
    private final IssueManager issues;
    private final CommentManager comments;
    private final Clock clock;
    private final I18nHelper.BeanFactory i18n;

    @Inject
    public ReminderJob(SettingsStore settings, DueCountermeasureFinder finder, AoReminderLedger ledger,
                       MailDelivery mail, @ComponentImport UserManager users, @ComponentImport IssueManager issues,
                       @ComponentImport CommentManager comments, @ComponentImport I18nHelper.BeanFactory i18n) {
        this(settings, finder, ledger, mail, users, issues, comments, i18n, Clock.systemDefaultZone());
    }

    /** With another clock (its zone is Jira's default zone): tests, and each "node" of the journey rig. */
    public ReminderJob(SettingsStore settings, DueCountermeasureFinder finder, AoReminderLedger ledger,
                       MailDelivery mail, UserManager users, IssueManager issues, CommentManager comments,
                       I18nHelper.BeanFactory i18n, Clock clock) {
        this.i18n = i18n;
        this.settings = settings;
        this.finder = finder;
        this.ledger = ledger;
        this.mail = mail;
        this.users = users;
        this.issues = issues;
        this.comments = comments;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Result result;
        try {
            result = runNow();
        } catch (RuntimeException e) {
            LOG.error("Countermeasure reminders failed", e);
            return JobRunnerResponse.failed("Countermeasure reminders failed: " + e.getMessage());
        }
        return JobRunnerResponse.success(result.message());
    }

    /** One run at the clock's current time. */
    public Result runNow() {
        ReminderSettings config = settings.load().reminders();
        if (!config.enabled()) {
            return new Result(false, "reminders are switched off", null);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.getHour() < config.hour()) {
            return new Result(false, "before the reminder hour " + config.hour(), null);
        }
        LocalDate today = now.toLocalDate();
        ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(Math.max(0, config.soonDueDays()),
                Math.max(1, config.escalationDays()), config.leadUser()));
        List<DueCountermeasure> due = finder.find(today.plusDays(Math.max(0, config.soonDueDays())));
        List<DueFollowThrough> followThrough = new java.util.ArrayList<>(finder.findFollowThrough(today,
                settings.load().followThrough().policy()));
        // review meetings past their date and not approved: the same digest, a kind of its own (#13 item 2)
        followThrough.addAll(finder.findReviewsOverdue(today));
        List<Reminder> planned = planner.plan(due, followThrough, today);
        ApplicationUser lead = config.leadUser() == null ? null : users.getUserByName(config.leadUser());
        JiraReminderSender sender = new JiraReminderSender(users, mail, issues, comments, lead, today, i18n);
        ReminderRound.Outcome outcome = new ReminderRound(ledger, sender).run(planned);
        ledger.pruneDigests();
        String message = "countermeasures due: " + due.size() + "; follow-through due: " + followThrough.size()
                + "; reminders sent: " + outcome.sent()
                + ", already sent: " + outcome.alreadySent() + ", not delivered: " + outcome.failed();
        if (outcome.sent() > 0 || outcome.failed() > 0) {
            LOG.info("Countermeasure reminders: {}", message);
        }
        return new Result(true, message, outcome);
    }
}
