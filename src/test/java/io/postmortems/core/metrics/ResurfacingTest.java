package io.postmortems.core.metrics;

import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class ResurfacingTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final FollowThroughPolicy POLICY = new FollowThroughPolicy(30, 90);

    @Test
    public void of_shouldNameThePostMortemsOfTheSameMonthOneYearEarlierByStart() {
        Resurfacing r = Resurfacing.of(List.of(
                pm("PM-3", "SEV2", "2025-11-20T12:00Z", null),
                pm("PM-1", "SEV1", "2025-11-03T12:00Z", null),
                pm("PM-2", "SEV1", "2025-10-31T12:00Z", null),
                pm("PM-4", null, "2024-11-10T12:00Z", null),
                pm("PM-5", "SEV3", null, null)), NEW_YORK, TODAY, POLICY);
        assertEquals(YearMonth.of(2025, 11), r.yearAgoMonth());
        assertEquals(List.of(new Resurfacing.Item("PM-1", "Title PM-1", "SEV1", LocalDate.of(2025, 11, 3)),
                new Resurfacing.Item("PM-3", "Title PM-3", "SEV2", LocalDate.of(2025, 11, 20))), r.yearAgo());
    }

    @Test
    public void of_shouldDecideTheMonthInTheViewersCalendar() {
        // 1 December 02:00 UTC is still 30 November in New York; 1 November 02:00 UTC is still October there
        Resurfacing r = Resurfacing.of(List.of(pm("PM-1", "SEV1", "2025-12-01T02:00Z", null),
                pm("PM-2", "SEV1", "2025-11-01T02:00Z", null)), NEW_YORK, TODAY, POLICY);
        assertEquals(List.of("PM-1"), r.yearAgo().stream().map(Resurfacing.Item::key).toList());
        assertEquals(LocalDate.of(2025, 11, 30), r.yearAgo().get(0).date());
    }

    @Test
    public void of_shouldListRevisitsDueTodayOrEarlierWithTheirDueDayEarliestFirst() {
        Resurfacing r = Resurfacing.of(List.of(
                pm("PM-1", "SEV1", null, LocalDate.of(2026, 8, 31)),   // due 2026-11-29: today
                pm("PM-2", "SEV2", null, LocalDate.of(2026, 6, 1)),    // due 2026-08-30: overdue
                pm("PM-3", "SEV1", null, LocalDate.of(2026, 9, 1)),    // due 2026-11-30: tomorrow
                pm("PM-4", "SEV1", null, null)), NEW_YORK, TODAY, POLICY);   // not published
        assertEquals(List.of(new Resurfacing.Item("PM-2", "Title PM-2", "SEV2", LocalDate.of(2026, 8, 30)),
                new Resurfacing.Item("PM-1", "Title PM-1", "SEV1", LocalDate.of(2026, 11, 29))), r.revisitsDue());
    }

    @Test
    public void of_shouldApplyTheAdministeredRevisitPeriodOnTheDayOfTheReport() {
        List<IndexedPostMortem> pms = List.of(pm("PM-1", "SEV1", null, LocalDate.of(2026, 11, 1)));
        assertEquals(0, Resurfacing.of(pms, NEW_YORK, TODAY, POLICY).revisitsDue().size());
        assertEquals(LocalDate.of(2026, 11, 15), Resurfacing.of(pms, NEW_YORK, TODAY, new FollowThroughPolicy(30, 14))
                .revisitsDue().get(0).date());
    }

    static IndexedPostMortem pm(String key, String severity, String started, LocalDate revisitFrom) {
        PostMortem doc = new PostMortem();
        doc.setSeverity(severity);
        doc.getTimes().setStarted(started == null ? null : OffsetDateTime.parse(started));
        return new IndexedPostMortem(key, "Title " + key, new MirrorSnapshot(doc, 0, 0, 0, 0, 0, List.of(), List.of(),
                EffectivenessCounts.NONE, new MirrorSnapshot.FollowThroughFacts(List.of(), revisitFrom)));
    }
}
