package io.postmortems.core.metrics;

import org.junit.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class PostMortemCoverageTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static PostMortemCoverage.Incident incident(String resolved, boolean has, String approved) {
        return new PostMortemCoverage.Incident("OPS-1", Instant.parse(resolved), has,
                approved == null ? null : Instant.parse(approved));
    }

    @Test
    public void of_shouldCountPerMonthOfResolutionInTheViewersZoneAndTakeTheMedianDaysToApproval() {
        PostMortemCoverage c = PostMortemCoverage.of(List.of(
                incident("2026-10-31T23:30:00Z", true, "2026-11-02T23:30:00Z"), // Berlin: November 1st, 2 days
                incident("2026-11-10T10:00:00Z", true, "2026-11-14T10:00:00Z"), // 4 days
                incident("2026-11-12T10:00:00Z", false, null),
                incident("2026-12-01T10:00:00Z", true, null)), BERLIN);
        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)), List.copyOf(c.byMonth().keySet()));
        assertEquals(new PostMortemCoverage.Month(3, 2), c.byMonth().get(YearMonth.of(2026, 11)));
        assertEquals(1, c.byMonth().get(YearMonth.of(2026, 11)).withoutPostMortem());
        assertEquals(new PostMortemCoverage.Month(1, 1), c.byMonth().get(YearMonth.of(2026, 12)));
        assertEquals(new PostMortemCoverage.Month(4, 3), c.total());
        assertEquals("median of 2 and 4 days", Double.valueOf(3.0), c.medianDaysToApproval());
        assertEquals(2, c.approved());
    }

    @Test
    public void of_shouldHaveNoMedianWithoutApprovals() {
        PostMortemCoverage c = PostMortemCoverage.of(List.of(incident("2026-11-12T10:00:00Z", false, null)),
                BERLIN);
        assertNull(c.medianDaysToApproval());
        assertEquals(0, c.approved());
        assertEquals(new PostMortemCoverage.Month(1, 0), c.total());
    }
}
