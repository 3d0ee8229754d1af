package io.postmortems.jira.store;

import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class MirrorFailuresTest {
    private final MirrorFailures failures = new MirrorFailures(
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    private List<Long> ids() {
        return failures.list().stream().map(MirrorFailures.Failure::issueId).toList();
    }

    @Test
    public void list_shouldShowTheMostRecentFailureFirst() {
        failures.failed(1L, "a");
        failures.failed(2L, "b");
        failures.failed(1L, "again");
        assertEquals(List.of(1L, 2L), ids());
        assertEquals("again", failures.list().get(0).reason());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), failures.list().get(0).at());
    }

    @Test
    public void list_shouldDropIssuesThatSucceededOrWereForgotten() {
        failures.failed(1L, "a");
        failures.failed(2L, "b");
        failures.failed(3L, "c");
        failures.succeeded(2L);
        failures.forget(3L);
        assertEquals(List.of(1L), ids());
    }

    @Test
    public void list_shouldBeASnapshot() {
        failures.failed(1L, "a");
        List<MirrorFailures.Failure> before = failures.list();
        failures.failed(2L, "b");
        assertEquals(1, before.size());
    }

    @Test
    public void failed_shouldForgetTheOldestBeyondTheLimit() {
        for (long id = 1; id <= MirrorFailures.MAX + 1; id++) {
            failures.failed(id, "r");
        }
        assertEquals(MirrorFailures.MAX, failures.count());
        assertFalse(failures.of(1L).isPresent());
        assertTrue(failures.of(MirrorFailures.MAX + 1L).isPresent());
    }

    @Test
    public void failed_shouldKeepOnlyTheFirstLineOfTheReasonAndBoundIt() {
        failures.failed(1L, "Jira refused it\n\tat com.example.Foo.bar(Foo.java:1)\n\tat ...");
        assertEquals("Jira refused it", failures.of(1L).orElseThrow().reason());
        failures.failed(2L, "x".repeat(1000));
        String reason = failures.of(2L).orElseThrow().reason();
        assertEquals(MirrorFailures.MAX_REASON, reason.length());
        assertTrue(reason.endsWith("\u2026"));
        failures.failed(3L, null);
        assertEquals("no reason given", failures.of(3L).orElseThrow().reason());
    }
}
