package io.postmortems.core.reminders;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ReminderRoundTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** An in-memory ledger: the AO one is tested on real databases in the Jira adapter. */
    static final class MemoryLedger implements ReminderLedger {
        final Set<ReminderKey> claimed = new HashSet<>();

        @Override
        public synchronized boolean claim(ReminderKey key) {
            return claimed.add(key);
        }

        @Override
        public synchronized void release(ReminderKey key) {
            claimed.remove(key);
        }
    }

    private final MemoryLedger ledger = new MemoryLedger();
    private final List<Reminder> sent = new ArrayList<>();
    private final ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(3, 7, "lead"));

    private List<Reminder> plan(LocalDate day, DueCountermeasure... due) {
        return planner.plan(List.of(due), day);
    }

    private static DueCountermeasure cm(String key, LocalDate due) {
        return new DueCountermeasure(key, "Fix", "alice", due, "PM-1", "pmowner");
    }

    @Test
    public void run_shouldSendEachReminderOnceHoweverOftenItRunsInThePeriod() {
        ReminderRound round = new ReminderRound(ledger, r -> sent.add(r));
        List<Reminder> planned = plan(TODAY, cm("OPS-1", TODAY.minusDays(8)));
        assertEquals(new ReminderRound.Outcome(3, 0, 0), round.run(planned));
        assertEquals(new ReminderRound.Outcome(0, 3, 0), round.run(planned));
        assertEquals(3, sent.size());
    }

    @Test
    public void run_shouldSendTheNextDaysDigestButNotTheSameEscalationAgain() {
        ReminderRound round = new ReminderRound(ledger, r -> sent.add(r));
        round.run(plan(TODAY, cm("OPS-1", TODAY.minusDays(8))));
        sent.clear();
        round.run(plan(TODAY.plusDays(1), cm("OPS-1", TODAY.minusDays(8))));
        assertEquals(List.of(ReminderKind.DIGEST), sent.stream().map(Reminder::kind).toList());
    }

    @Test
    public void run_shouldEscalateOnlyTheNewlyEscalatedCountermeasures() {
        ReminderRound round = new ReminderRound(ledger, r -> sent.add(r));
        round.run(plan(TODAY, cm("OPS-1", TODAY.minusDays(8))));
        sent.clear();
        round.run(plan(TODAY.plusDays(1), cm("OPS-1", TODAY.minusDays(8)), cm("OPS-2", TODAY.minusDays(6))));
        List<Reminder> escalations = sent.stream().filter(r -> r.kind() == ReminderKind.ESCALATION).toList();
        assertEquals(2, escalations.size());
        for (Reminder r : escalations) {
            assertEquals(List.of("OPS-2"), r.overdue().stream().map(DueCountermeasure::issueKey).toList());
        }
    }

    @Test
    public void run_shouldReleaseClaimsOfAMessageThatCouldNotBeHandedOver() {
        ReminderRound failing = new ReminderRound(ledger, r -> false);
        List<Reminder> planned = plan(TODAY, cm("OPS-1", TODAY));
        assertEquals(new ReminderRound.Outcome(0, 0, 1), failing.run(planned));
        assertTrue(ledger.claimed.isEmpty());
        ReminderRound working = new ReminderRound(ledger, r -> sent.add(r));
        assertEquals(new ReminderRound.Outcome(1, 0, 0), working.run(planned));
    }

    @Test
    public void run_shouldTreatASenderFaultAsNotHandedOver() {
        ReminderRound throwing = new ReminderRound(ledger, r -> {
            throw new IllegalStateException("mail queue down");
        });
        assertEquals(new ReminderRound.Outcome(0, 0, 1), throwing.run(plan(TODAY, cm("OPS-1", TODAY))));
        assertTrue(ledger.claimed.isEmpty());
    }
}
