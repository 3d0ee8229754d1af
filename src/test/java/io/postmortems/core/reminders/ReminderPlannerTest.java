package io.postmortems.core.reminders;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ReminderPlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(3, 7, "lead"));

    private static DueCountermeasure cm(String key, String owner, LocalDate due) {
        return new DueCountermeasure(key, "Fix " + key, owner, due, "PM-1", "pmowner");
    }

    @Test
    public void plan_shouldGiveEachOwnerOneDigestSplitIntoOverdueAndSoonDue() {
        List<Reminder> plan = planner.plan(List.of(
                cm("OPS-2", "alice", TODAY.minusDays(1)),
                cm("OPS-1", "alice", TODAY.plusDays(3)),
                cm("OPS-3", "bob", TODAY),
                cm("OPS-4", "alice", TODAY.plusDays(4))), TODAY);
        List<Reminder> digests = plan.stream().filter(r -> r.kind() == ReminderKind.DIGEST).toList();
        assertEquals(2, digests.size());
        Reminder alice = digests.get(0);
        assertEquals("alice", alice.recipient());
        assertEquals(List.of("OPS-2"), alice.overdue().stream().map(DueCountermeasure::issueKey).toList());
        assertEquals(List.of("OPS-1"), alice.soonDue().stream().map(DueCountermeasure::issueKey).toList());
        assertEquals(List.of(new ReminderKey(ReminderKind.DIGEST, "alice", ReminderKey.ALL, "day:2026-03-10")),
                alice.keys());
        assertEquals("bob", digests.get(1).recipient());
        assertEquals(1, digests.get(1).soonDue().size());
    }

    @Test
    public void plan_shouldEscalateToPostMortemOwnerAndLeadFromTheEscalationDayOn() {
        List<Reminder> plan = planner.plan(List.of(
                cm("OPS-1", "alice", TODAY.minusDays(7)),
                cm("OPS-2", "alice", TODAY.minusDays(6))), TODAY);
        List<Reminder> escalations = plan.stream().filter(r -> r.kind() == ReminderKind.ESCALATION).toList();
        assertEquals(List.of("lead", "pmowner"), escalations.stream().map(Reminder::recipient).toList());
        for (Reminder r : escalations) {
            assertEquals(List.of("OPS-1"), r.overdue().stream().map(DueCountermeasure::issueKey).toList());
            assertEquals(List.of(new ReminderKey(ReminderKind.ESCALATION, r.recipient(), "OPS-1", "due:2026-03-03")),
                    r.keys());
        }
    }

    @Test
    public void plan_shouldTellARecipientWhoIsBothOwnerAndLeadOnce() {
        ReminderPlanner same = new ReminderPlanner(new ReminderPolicy(0, 1, "pmowner"));
        List<Reminder> plan = same.plan(List.of(cm("OPS-1", "alice", TODAY.minusDays(2))), TODAY);
        assertEquals(1, plan.stream().filter(r -> r.kind() == ReminderKind.ESCALATION).count());
    }

    @Test
    public void plan_shouldLeaveOutLaterDueDatesAndDigestNobodyWithoutOwner() {
        List<Reminder> plan = planner.plan(List.of(
                cm("OPS-1", "alice", TODAY.plusDays(4)),
                cm("OPS-2", null, TODAY.minusDays(1))), TODAY);
        assertTrue(plan.isEmpty());
    }

    @Test
    public void plan_shouldEscalateAnOwnerlessCountermeasure() {
        List<Reminder> plan = planner.plan(List.of(cm("OPS-2", " ", TODAY.minusDays(30))), TODAY);
        assertEquals(2, plan.size());
        assertTrue(plan.stream().allMatch(r -> r.kind() == ReminderKind.ESCALATION));
    }

    @Test
    public void plan_shouldNameADuplicateFoundTwiceOnlyOnce() {
        List<Reminder> plan = planner.plan(List.of(cm("OPS-1", "alice", TODAY), cm("OPS-1", "alice", TODAY)), TODAY);
        assertEquals(1, plan.get(0).size());
    }

    @Test
    public void plan_shouldOnlyEverPlanTodaysPeriodSoDowntimeCausesNoFlood() {
        // a month overdue: still one digest and one escalation per recipient, keyed by today and by the due date
        List<Reminder> plan = planner.plan(List.of(cm("OPS-1", "alice", TODAY.minusDays(30))), TODAY);
        assertEquals(3, plan.size());
        assertEquals("day:2026-03-10", plan.get(0).keys().get(0).periodKey());
        assertFalse(plan.stream().anyMatch(r -> r.keys().size() != 1));
    }

    @Test
    public void policy_shouldRefuseMeaninglessNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new ReminderPolicy(-1, 7, null));
        assertThrows(IllegalArgumentException.class, () -> new ReminderPolicy(3, 0, null));
        assertEquals(null, new ReminderPolicy(3, 7, "  ").lead());
    }
}
