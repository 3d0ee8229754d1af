package io.postmortems.core.reminders;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Effectiveness checks and revisits in the owners' daily digest, under the digest's one key a day. */
public class FollowThroughReminderPlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private final ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(3, 7, null));

    private static DueFollowThrough check(String key, String owner, LocalDate due) {
        return new DueFollowThrough(DueFollowThrough.Kind.EFFECTIVENESS, key, "Fix " + key, owner, due, "PM-1");
    }

    private static DueFollowThrough revisit(String key, String owner, LocalDate due) {
        return new DueFollowThrough(DueFollowThrough.Kind.REVISIT, key, "Outage " + key, owner, due, key);
    }

    @Test
    public void plan_shouldPutFollowThroughIntoTheRecipientsOneDigest() {
        List<Reminder> plan = planner.plan(
                List.of(new DueCountermeasure("OPS-9", "Open one", "alice", TODAY.plusDays(1), "PM-1", "pm")),
                List.of(revisit("PM-1", "alice", TODAY.minusDays(3)), check("OPS-2", "alice", TODAY),
                        check("OPS-3", "bob", TODAY.minusDays(1))), TODAY);
        assertEquals(2, plan.size());
        Reminder alice = plan.get(0);
        assertEquals("alice", alice.recipient());
        assertEquals(ReminderKind.DIGEST, alice.kind());
        assertEquals(1, alice.soonDue().size());
        assertEquals("checks first, then revisits", List.of("OPS-2", "PM-1"),
                alice.followThrough().stream().map(DueFollowThrough::issueKey).toList());
        assertEquals(List.of(new ReminderKey(ReminderKind.DIGEST, "alice", ReminderKey.ALL, "day:2026-06-10")),
                alice.keys());
        Reminder bob = plan.get(1);
        assertEquals("a recipient with only follow-through due still gets one digest", "bob", bob.recipient());
        assertTrue(bob.overdue().isEmpty() && bob.soonDue().isEmpty());
        assertEquals(1, bob.followThrough().size());
    }

    @Test
    public void plan_shouldLeaveOutFollowThroughNotYetDueOrWithoutRecipient() {
        List<Reminder> plan = planner.plan(List.of(),
                List.of(check("OPS-2", "alice", TODAY.plusDays(1)), check("OPS-3", null, TODAY.minusDays(5))), TODAY);
        assertTrue(plan.isEmpty());
    }

    @Test
    public void round_shouldSendTheDigestWithFollowThroughOnceADay() {
        java.util.Set<ReminderKey> claimed = new java.util.HashSet<>();
        ReminderLedger ledger = org.mockito.Mockito.mock(ReminderLedger.class);
        org.mockito.Mockito.when(ledger.claim(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(inv -> claimed.add(inv.getArgument(0)));
        List<Reminder> sent = new java.util.ArrayList<>();
        ReminderSender sender = org.mockito.Mockito.mock(ReminderSender.class);
        org.mockito.Mockito.when(sender.send(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(inv -> sent.add(inv.getArgument(0)));
        List<Reminder> plan = planner.plan(List.of(), List.of(check("OPS-2", "alice", TODAY)), TODAY);
        new ReminderRound(ledger, sender).run(plan);
        ReminderRound.Outcome again = new ReminderRound(ledger, sender).run(
                planner.plan(List.of(), List.of(check("OPS-2", "alice", TODAY)), TODAY));
        assertEquals(1, sent.size());
        assertEquals(1, again.alreadySent());
        String body = ReminderText.body(sent.get(0), TODAY);
        assertTrue(body, body.contains("OPS-2 Fix OPS-2 (due 2026-06-10; post-mortem PM-1)"));
        assertEquals("[Post-mortems] Your follow-through checks: 1 effectiveness check due",
                ReminderText.subject(sent.get(0)));
    }
}
