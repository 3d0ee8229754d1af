package io.postmortems.jira.reminders;

import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.core.reminders.Reminder;
import io.postmortems.core.reminders.ReminderKey;
import io.postmortems.core.reminders.ReminderKind;
import io.postmortems.core.reminders.ReminderPlanner;
import io.postmortems.core.reminders.ReminderPolicy;
import io.postmortems.core.reminders.ReminderRound;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Reminder idempotence on HSQLDB, PostgreSQL and MariaDB: two job instances ("nodes", each with its own entity
 * manager and connections over one database) and a restart in between send exactly one digest per owner per day and
 * one escalation per recipient and countermeasure.
 */
@RunWith(Parameterized.class)
public class AoReminderLedgerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;
    private final List<Reminder> sent = Collections.synchronizedList(new ArrayList<>());
    private final ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(3, 7, "lead"));

    public AoReminderLedgerTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    /** A job instance on its own node: its own entity manager over the shared tables. */
    private ReminderRound node() {
        return new ReminderRound(new AoReminderLedger(FakeActiveObjects.over(db.newNode()), CLOCK), sent::add);
    }

    private List<Reminder> plan(LocalDate day) {
        return planner.plan(List.of(
                new DueCountermeasure("OPS-1", "Add alert", "alice", DAY.minusDays(8), "PM-1", "pmowner"),
                new DueCountermeasure("OPS-2", "Fix retry", "alice", DAY.plusDays(1), "PM-1", "pmowner"),
                new DueCountermeasure("OPS-3", "Runbook", "bob", DAY, "PM-2", "pmowner")), day);
    }

    private long count(ReminderKind kind, String recipient) {
        return sent.stream().filter(r -> r.kind() == kind && r.recipient().equals(recipient)).count();
    }

    @Test
    public void twoNodesAndARestart_shouldSendOneDigestPerOwnerAndOneEscalationPerRecipient() throws Exception {
        ReminderRound first = node();
        ReminderRound second = node();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderRound.Outcome>> runs = new ArrayList<>();
            for (ReminderRound round : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return round.run(plan(DAY));
                }));
            }
            int total = 0;
            for (Future<ReminderRound.Outcome> run : runs) {
                total += run.get(60, TimeUnit.SECONDS).sent();
            }
            assertEquals(4, total);
        } finally {
            pool.shutdownNow();
        }
        ReminderRound restarted = node();
        assertEquals(new ReminderRound.Outcome(0, 4, 0), restarted.run(plan(DAY)));
        assertEquals(1, count(ReminderKind.DIGEST, "alice"));
        assertEquals(1, count(ReminderKind.DIGEST, "bob"));
        assertEquals(1, count(ReminderKind.ESCALATION, "pmowner"));
        assertEquals(1, count(ReminderKind.ESCALATION, "lead"));
        assertEquals(4, sent.size());
    }

    @Test
    public void nextDay_shouldBringANewDigestButNoSecondEscalation() {
        node().run(plan(DAY));
        sent.clear();
        ReminderRound.Outcome nextDay = node().run(plan(DAY.plusDays(1)));
        assertEquals(2, nextDay.sent());
        assertEquals(0, count(ReminderKind.ESCALATION, "pmowner"));
        assertEquals(1, count(ReminderKind.DIGEST, "alice"));
    }

    @Test
    public void afterDowntime_shouldSendOneDigestPerOwnerNotOnePerMissedDay() {
        node().run(plan(DAY.plusDays(20)));
        assertEquals(1, count(ReminderKind.DIGEST, "alice"));
        assertEquals(1, count(ReminderKind.ESCALATION, "lead"));
    }

    @Test
    public void claim_shouldBeFirstComeOnlyAndReleasable() {
        AoReminderLedger a = new AoReminderLedger(db.activeObjects(), CLOCK);
        AoReminderLedger b = new AoReminderLedger(FakeActiveObjects.over(db.newNode()), CLOCK);
        String longName = "u".repeat(300);
        ReminderKey key = new ReminderKey(ReminderKind.DIGEST, longName, ReminderKey.ALL, "day:2026-03-10");
        assertTrue(a.claim(key));
        assertFalse(b.claim(key));
        b.release(key);
        assertTrue(a.claim(key));
    }

    @Test
    public void pruneDigests_shouldDropOldDigestClaimsButKeepEscalations() {
        AoReminderLedger old = new AoReminderLedger(db.activeObjects(),
                Clock.offset(CLOCK, AoReminderLedger.DIGEST_RETENTION.plusDays(1).negated()));
        ReminderKey digest = new ReminderKey(ReminderKind.DIGEST, "alice", ReminderKey.ALL, "day:2026-02-01");
        ReminderKey escalation = new ReminderKey(ReminderKind.ESCALATION, "lead", "OPS-1", "due:2026-01-20");
        assertTrue(old.claim(digest));
        assertTrue(old.claim(escalation));
        AoReminderLedger now = new AoReminderLedger(db.activeObjects(), CLOCK);
        assertEquals(1, now.pruneDigests());
        assertTrue(now.claim(digest));
        assertFalse(now.claim(escalation));
    }
}
