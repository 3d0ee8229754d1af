package io.postmortems.core.reminders;

import io.postmortems.core.text.BundleText;
import io.postmortems.core.text.MessageText;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ReminderTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final DueCountermeasure LATE = new DueCountermeasure("OPS-1", "Add\n an  alert", "alice",
            DAY.minusDays(1), "PM-1", "pm");
    private static final DueCountermeasure SOON = new DueCountermeasure("OPS-2", null, null, DAY.plusDays(2), null,
            null);

    @Test
    public void digest_shouldListOverdueAndSoonDueInPlainText() {
        Reminder digest = new Reminder(ReminderKind.DIGEST, "alice", List.of(LATE), List.of(SOON), List.of());
        assertEquals("[Post-mortems] Your countermeasures: 1 overdue, 1 due soon", ReminderText.subject(digest));
        assertEquals("Overdue:\n- OPS-1 Add an alert (due 2026-03-09, 1 day overdue; post-mortem PM-1)\n\n"
                + "Due soon:\n- OPS-2 (no summary) (due 2026-03-12; post-mortem -)\n\n"
                + "You get this digest at most once a day while you own open countermeasures that are due.\n",
                ReminderText.body(digest, DAY));
    }

    @Test
    public void escalation_shouldNameTheOwners() {
        Reminder escalation = new Reminder(ReminderKind.ESCALATION, "lead", List.of(LATE, SOON), List.of(),
                List.of());
        assertEquals("[Post-mortems] Escalation: 2 countermeasures overdue", ReminderText.subject(escalation));
        String body = ReminderText.body(escalation, DAY);
        assertTrue(body, body.contains("- OPS-1 Add an alert (due 2026-03-09, 1 day overdue; post-mortem PM-1;"
                + " owner alice)\n"));
        assertTrue(body, body.contains("owner nobody"));
    }

    private static final DueFollowThrough CHECK = new DueFollowThrough(DueFollowThrough.Kind.EFFECTIVENESS, "OPS-3",
            "Alert on queue depth", "alice", DAY.minusDays(2), "PM-1");
    private static final DueFollowThrough REVISIT = new DueFollowThrough(DueFollowThrough.Kind.REVISIT, "PM-2",
            "Checkout down", "alice", DAY.minusDays(3), "PM-2");
    private static final DueFollowThrough REVIEW = new DueFollowThrough(DueFollowThrough.Kind.REVIEW, "PM-3",
            "Login down", "alice", DAY.minusDays(1), "PM-3");
    private static final MessageText GERMAN = BundleText.of(Locale.GERMAN);

    private static Reminder digest(List<DueCountermeasure> overdue, List<DueFollowThrough> followThrough) {
        return new Reminder(ReminderKind.DIGEST, "alice", overdue, List.of(), List.of(), followThrough);
    }

    @Test
    public void subject_shouldNameOnlyReviewMeetingsWhenTheDigestHoldsOnlyAnOverdueReview() {
        Reminder reviewOnly = digest(List.of(), List.of(REVIEW));
        assertEquals("[Post-mortems] Your review meetings: 1 review meeting overdue",
                ReminderText.subject(reviewOnly));
        assertEquals("[Post-mortems] Ihre Review-Meetings: 1 Review-Meeting \u00fcberf\u00e4llig",
                ReminderText.subject(reviewOnly, GERMAN));
    }

    @Test
    public void subject_shouldNameFollowThroughChecksWhenTheDigestHoldsOnlyThem() {
        Reminder checks = digest(List.of(), List.of(CHECK, REVISIT));
        assertEquals("[Post-mortems] Your follow-through checks: 1 effectiveness check due, 1 revisit due",
                ReminderText.subject(checks));
        assertEquals("[Post-mortems] Ihre Nachverfolgungen: 1 Wirksamkeitspr\u00fcfung f\u00e4llig,"
                + " 1 Wiedervorlage f\u00e4llig", ReminderText.subject(checks, GERMAN));
    }

    @Test
    public void subject_shouldNameEveryKindTheDigestHolds() {
        Reminder all = digest(List.of(LATE), List.of(CHECK, CHECK, REVIEW, REVIEW));
        assertEquals("[Post-mortems] Your countermeasures, follow-through checks and review meetings: 1 overdue,"
                + " 2 effectiveness checks due, 2 review meetings overdue", ReminderText.subject(all));
        assertEquals("[Post-mortems] Ihre Gegenma\u00dfnahmen, Nachverfolgungen und Review-Meetings:"
                + " 1 \u00fcberf\u00e4llig, 2 Wirksamkeitspr\u00fcfungen f\u00e4llig,"
                + " 2 Review-Meetings \u00fcberf\u00e4llig", ReminderText.subject(all, GERMAN));
        assertEquals("[Post-mortems] Your countermeasures and review meetings: 1 overdue,"
                + " 1 review meeting overdue", ReminderText.subject(digest(List.of(LATE), List.of(REVIEW))));
    }

    @Test
    public void subject_shouldCountAnEscalationsCountermeasuresInGerman() {
        Reminder escalation = new Reminder(ReminderKind.ESCALATION, "lead", List.of(LATE), List.of(), List.of());
        assertEquals("[Post-mortems] Eskalation: 1 Gegenma\u00dfnahme \u00fcberf\u00e4llig",
                ReminderText.subject(escalation, GERMAN));
        assertEquals("[Post-mortems] Your countermeasures: 1 due soon",
                ReminderText.subject(new Reminder(ReminderKind.DIGEST, "al", List.of(), List.of(SOON), List.of())));
    }

    @Test
    public void comment_shouldSayWhyItIsAComment() {
        assertEquals("Escalation to Lea (post-mortem PM-1): this countermeasure is 1 day overdue (due 2026-03-09)."
                        + " Mail is not available in this Jira, so the reminder is left here.",
                ReminderText.comment(ReminderKind.ESCALATION, LATE, DAY, "Lea"));
        assertTrue(ReminderText.comment(ReminderKind.DIGEST, SOON, DAY, "Al").contains("is due on 2026-03-12"));
    }

    @Test
    public void body_shouldBeInGermanForAGermanRecipientWithTheSameDates() {
        Reminder digest = new Reminder(ReminderKind.DIGEST, "alice", List.of(LATE), List.of(SOON), List.of(),
                List.of(CHECK, REVISIT, REVIEW));
        assertEquals("\u00dcberf\u00e4llig:\n"
                + "- OPS-1 Add an alert (f\u00e4llig 2026-03-09, 1 Tag \u00fcberf\u00e4llig; Post-Mortem PM-1)\n\n"
                + "Bald f\u00e4llig:\n- OPS-2 (keine Zusammenfassung) (f\u00e4llig 2026-03-12; Post-Mortem -)\n\n"
                + "Haben diese Gegenma\u00dfnahmen gewirkt? Tragen Sie die Wirksamkeitspr\u00fcfung im Post-Mortem"
                + " ein:\n- OPS-3 Alert on queue depth (f\u00e4llig 2026-03-08; Post-Mortem PM-1)\n\n"
                + "Pr\u00fcfen Sie diese Post-Mortems erneut: noch zutreffend, halten die Gegenma\u00dfnahmen, ist es"
                + " wieder aufgetreten?\n- PM-2 Checkout down (f\u00e4llig 2026-03-07)\n\n"
                + "Diese Post-Mortems haben ihr Review-Datum \u00fcberschritten und sind noch nicht freigegeben:"
                + " Halten Sie das Review-Meeting ab und reichen Sie sie zur Freigabe ein:\n"
                + "- PM-3 Login down (Review-Datum 2026-03-09)\n\n"
                + "Sie erhalten diese Zusammenfassung h\u00f6chstens einmal am Tag, solange Sie offene f\u00e4llige"
                + " Gegenma\u00dfnahmen verantworten.\n", ReminderText.body(digest, DAY, GERMAN));
        Reminder escalation = new Reminder(ReminderKind.ESCALATION, "lead", List.of(LATE, SOON), List.of(),
                List.of());
        String body = ReminderText.body(escalation, DAY, GERMAN);
        assertTrue(body, body.startsWith("Diese Gegenma\u00dfnahmen aus Post-Mortems, f\u00fcr die Sie"
                + " verantwortlich sind, sind seit Langem \u00fcberf\u00e4llig:\n\n"));
        assertTrue(body, body.contains("; Post-Mortem PM-1; verantwortlich alice)\n"));
        assertTrue(body, body.contains("verantwortlich niemand)"));
    }

    @Test
    public void body_shouldKeepTheEnglishFollowThroughWording() {
        Reminder digest = new Reminder(ReminderKind.DIGEST, "alice", List.of(), List.of(), List.of(),
                List.of(CHECK, REVISIT, REVIEW));
        assertEquals("Did these countermeasures work? Record the effectiveness check in the post-mortem:\n"
                + "- OPS-3 Alert on queue depth (due 2026-03-08; post-mortem PM-1)\n\n"
                + "Revisit these post-mortems: still accurate, countermeasures holding, did it recur?\n"
                + "- PM-2 Checkout down (due 2026-03-07)\n\n"
                + "These post-mortems passed their review date and are not approved yet: hold the review meeting"
                + " and send them for approval:\n- PM-3 Login down (review date 2026-03-09)\n\n"
                + "You get this digest at most once a day while you own open countermeasures that are due.\n",
                ReminderText.body(digest, DAY));
    }
}
