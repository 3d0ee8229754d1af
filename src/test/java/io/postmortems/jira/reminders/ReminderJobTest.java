package io.postmortems.jira.reminders;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.core.reminders.ReminderKey;
import io.postmortems.core.reminders.ReminderRound;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.ReminderSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The job with Jira mocked: when it acts, who is mailed, and the comment fallback without mail. */
public class ReminderJobTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final SettingsStore settings = mock(SettingsStore.class);
    private final DueCountermeasureFinder finder = mock(DueCountermeasureFinder.class);
    private final AoReminderLedger ledger = mock(AoReminderLedger.class);
    private final MailDelivery mail = mock(MailDelivery.class);
    private final UserManager users = mock(UserManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final I18nHelper.BeanFactory i18n = mock(I18nHelper.BeanFactory.class);
    private final Set<ReminderKey> claimed = new HashSet<>();
    private ApplicationUser alice;
    private ApplicationUser lead;

    private static ApplicationUser user(String name, String address, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getUsername()).thenReturn(name);
        when(u.getDisplayName()).thenReturn(name.toUpperCase());
        when(u.getEmailAddress()).thenReturn(address);
        when(u.isActive()).thenReturn(active);
        return u;
    }

    @Before
    public void setUp() {
        alice = user("alice", "alice@example.com", true);
        lead = user("lead", "lead@example.com", true);
        when(users.getUserByName("alice")).thenReturn(alice);
        when(users.getUserByName("lead")).thenReturn(lead);
        ApplicationUser withoutAddress = user("pmowner", "", true);
        ApplicationUser inactive = user("bob", "bob@example.com", false);
        when(users.getUserByName("pmowner")).thenReturn(withoutAddress);
        when(users.getUserByName("bob")).thenReturn(inactive);
        when(ledger.claim(any())).thenAnswer(i -> claimed.add(i.getArgument(0)));
        when(mail.state()).thenReturn(MailDelivery.State.ENABLED);
        when(i18n.getInstance(any())).thenReturn(BundleI18nHelper.create(Locale.ENGLISH));
        when(settings.load()).thenReturn(AppSettings.builder()
                .reminders(new ReminderSettings(true, 9, 3, 7, "lead")).build());
        when(finder.find(any())).thenReturn(List.of(
                new DueCountermeasure("OPS-1", "Add alert", "alice", DAY.minusDays(8), "PM-1", "pmowner"),
                new DueCountermeasure("OPS-2", "Fix retry", "alice", DAY.plusDays(2), "PM-1", "pmowner"),
                new DueCountermeasure("OPS-3", "Runbook", "bob", DAY, "PM-2", "pmowner")));
    }

    private ReminderJob at(String localTime) {
        Instant instant = DAY.atTime(java.time.LocalTime.parse(localTime)).atZone(ZONE).toInstant();
        return new ReminderJob(settings, finder, ledger, mail, users, issues, comments, i18n,
                Clock.fixed(instant, ZONE));
    }

    @Test
    public void runNow_shouldDoNothingWhenSwitchedOffOrBeforeTheHour() {
        assertFalse(at("08:59").runNow().ran());
        when(settings.load()).thenReturn(AppSettings.builder()
                .reminders(new ReminderSettings(false, 9, 3, 7, null)).build());
        assertFalse(at("12:00").runNow().ran());
        verify(finder, never()).find(any());
    }

    @Test
    public void runNow_shouldMailOneDigestPerOwnerAndTheEscalationToTheLead() {
        ReminderJob.Result result = at("09:00").runNow();
        assertTrue(result.ran());
        verify(finder).find(DAY.plusDays(3));
        ArgumentCaptor<String> subjects = ArgumentCaptor.forClass(String.class);
        verify(mail).queue(eq(alice), subjects.capture(), anyString());
        assertEquals("[Post-mortems] Your countermeasures: 1 overdue, 1 due soon", subjects.getValue());
        verify(mail).queue(eq(lead), eq("[Post-mortems] Escalation: 1 countermeasure overdue"), anyString());
        // bob is inactive and pmowner has no address: nothing queued for them, nothing retried either
        verify(mail, times(2)).queue(any(), anyString(), anyString());
        assertEquals(new ReminderRound.Outcome(4, 0, 0), result.outcome());
    }

    @Test
    public void runNow_shouldSendNothingTwiceInADay() {
        at("09:00").runNow();
        ReminderJob.Result later = at("15:00").runNow();
        assertEquals(new ReminderRound.Outcome(0, 4, 0), later.outcome());
        verify(mail, times(2)).queue(any(), anyString(), anyString());
    }

    @Test
    public void runNow_shouldCommentOnTheTicketsWhenMailIsOff() {
        when(mail.state()).thenReturn(MailDelivery.State.NO_SMTP_SERVER);
        MutableIssue ops1 = mock(MutableIssue.class);
        MutableIssue ops2 = mock(MutableIssue.class);
        when(issues.getIssueObject("OPS-1")).thenReturn(ops1);
        when(issues.getIssueObject("OPS-2")).thenReturn(ops2);
        at("10:00").runNow();
        verify(mail, never()).queue(any(), anyString(), anyString());
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(comments, times(3)).create(eq(ops1), eq(lead), text.capture(), anyBoolean());
        assertTrue(text.getAllValues().toString(),
                text.getAllValues().contains("Reminder for ALICE: this countermeasure is 8 days overdue (due"
                        + " 2026-03-02). Mail is not available in this Jira, so the reminder is left here."));
        verify(comments).create(eq(ops2), eq(lead), anyString(), anyBoolean());
    }

    @Test
    public void runNow_shouldPutAReviewMeetingPastItsDateIntoTheOwnersDigest() {
        when(finder.findReviewsOverdue(DAY)).thenReturn(List.of(new io.postmortems.core.reminders.DueFollowThrough(
                io.postmortems.core.reminders.DueFollowThrough.Kind.REVIEW, "PM-7", "Checkout down", "alice",
                DAY.minusDays(1), "PM-7")));
        ReminderJob.Result result = at("09:00").runNow();
        ArgumentCaptor<String> subjects = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> bodies = ArgumentCaptor.forClass(String.class);
        verify(mail).queue(eq(alice), subjects.capture(), bodies.capture());
        assertEquals("one digest names it with the countermeasures",
                "[Post-mortems] Your countermeasures and review meetings: 1 overdue, 1 due soon, 1 review meeting overdue",
                subjects.getValue());
        assertTrue(bodies.getValue(), bodies.getValue().contains("- PM-7 Checkout down (review date "
                + DAY.minusDays(1) + ")"));
        assertTrue(result.message(), result.message().contains("follow-through due: 1"));
    }

    @Test
    public void runNow_shouldMailEachRecipientInTheirJiraLanguage() {
        when(i18n.getInstance(alice)).thenReturn(BundleI18nHelper.create(Locale.GERMAN));
        when(i18n.getInstance(lead)).thenReturn(BundleI18nHelper.create(Locale.ENGLISH));
        at("09:00").runNow();
        ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(mail).queue(eq(alice), subject.capture(), body.capture());
        assertEquals("[Post-mortems] Ihre Gegenma\u00dfnahmen: 1 \u00fcberf\u00e4llig, 1 bald f\u00e4llig",
                subject.getValue());
        assertEquals("\u00dcberf\u00e4llig:\n"
                + "- OPS-1 Add alert (f\u00e4llig 2026-03-02, 8 Tage \u00fcberf\u00e4llig; Post-Mortem PM-1)\n\n"
                + "Bald f\u00e4llig:\n"
                + "- OPS-2 Fix retry (f\u00e4llig 2026-03-12; Post-Mortem PM-1)\n\n"
                + "Sie erhalten diese Zusammenfassung h\u00f6chstens einmal am Tag, solange Sie offene f\u00e4llige"
                + " Gegenma\u00dfnahmen verantworten.\n", body.getValue());
        verify(mail).queue(eq(lead), subject.capture(), body.capture());
        assertEquals("[Post-mortems] Escalation: 1 countermeasure overdue", subject.getValue());
        assertTrue(body.getValue(), body.getValue().startsWith("These countermeasures from post-mortems you are"
                + " responsible for are long overdue:\n\n- OPS-1 Add alert (due 2026-03-02, 8 days overdue;"
                + " post-mortem PM-1; owner alice)\n"));
    }
}
