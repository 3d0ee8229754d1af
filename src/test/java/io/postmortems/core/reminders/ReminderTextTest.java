package io.postmortems.core.reminders;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

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

    @Test
    public void comment_shouldSayWhyItIsAComment() {
        assertEquals("Escalation to Lea (post-mortem PM-1): this countermeasure is 1 day overdue (due 2026-03-09)."
                        + " Mail is not available in this Jira, so the reminder is left here.",
                ReminderText.comment(ReminderKind.ESCALATION, LATE, DAY, "Lea"));
        assertTrue(ReminderText.comment(ReminderKind.DIGEST, SOON, DAY, "Al").contains("is due on 2026-03-12"));
    }
}
