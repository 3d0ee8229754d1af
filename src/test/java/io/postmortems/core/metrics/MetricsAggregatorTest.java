package io.postmortems.core.metrics;

import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MetricsAggregatorTest {
    private static PostMortem doc(String severity, String started, long detectMinutes, long resolveMinutes,
                                  String... services) {
        PostMortem d = new PostMortem();
        d.setSeverity(severity);
        OffsetDateTime s = OffsetDateTime.parse(started);
        d.getTimes().setStarted(s);
        d.getTimes().setDetected(s.plusMinutes(detectMinutes));
        d.getTimes().setResolved(s.plusMinutes(resolveMinutes));
        d.setServices(List.of(services));
        return d;
    }

    @Test
    public void percentile_shouldUseNearestRank() {
        List<Duration> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(Duration.ofMinutes(i));
        }
        assertEquals(Duration.ofMinutes(5), DurationStats.percentile(ten, 50));
        assertEquals(Duration.ofMinutes(9), DurationStats.percentile(ten, 90));
        assertEquals(Duration.ofMinutes(10), DurationStats.percentile(ten, 100));
        assertEquals(Duration.ofMinutes(1), DurationStats.percentile(ten.subList(0, 1), 90));
        assertEquals(Duration.ofMinutes(2), DurationStats.percentile(ten.subList(0, 3), 50));
        assertThrows(IllegalArgumentException.class, () -> DurationStats.percentile(ten, 0));
    }

    @Test
    public void stats_shouldComputeCountMeanMedianAndP90() {
        DurationStats s = DurationStats.of(List.of(Duration.ofMinutes(30), Duration.ofMinutes(10),
                Duration.ofMinutes(20), Duration.ofMinutes(100)));
        assertEquals(4, s.count());
        assertEquals(Duration.ofMinutes(40), s.mean());
        assertEquals(Duration.ofMinutes(20), s.median());
        assertEquals(Duration.ofMinutes(100), s.p90());
        assertEquals(Duration.ofMinutes(10), s.min());
        assertTrue(DurationStats.of(List.of()).isEmpty());
        assertNull(DurationStats.of(List.of()).median());
    }

    @Test
    public void aggregate_shouldGroupBySeverityServiceAndMonth() {
        List<PostMortem> docs = List.of(
                doc("SEV1", "2026-03-02T10:00:00Z", 5, 60, "checkout", "payments"),
                doc("SEV1", "2026-03-10T10:00:00Z", 15, 120, "checkout", "checkout "),
                doc("SEV3", "2026-04-01T10:00:00Z", 30, 240),
                doc(null, "2026-04-03T10:00:00Z", 1, 2, "search"));
        MetricsAggregator.Report r = new MetricsAggregator(ZoneOffset.UTC).aggregate(docs);
        assertEquals(4, r.overall().postMortems());
        assertEquals(Set.of("SEV1", "SEV3", MetricsAggregator.NO_SEVERITY), r.bySeverity().keySet());
        DurationStats sev1 = r.bySeverity().get("SEV1").get(Metric.TIME_TO_DETECT);
        assertEquals(2, sev1.count());
        assertEquals(Duration.ofMinutes(10), sev1.mean());
        assertEquals(Duration.ofMinutes(5), sev1.median());
        assertEquals(2, r.byService().get("checkout").postMortems());
        assertEquals(1, r.byService().get("payments").postMortems());
        assertEquals(Set.of("checkout", "payments", "search"), r.byService().keySet());
        assertEquals(2, r.byMonth().get(YearMonth.of(2026, 3)).postMortems());
        assertEquals(Duration.ofMinutes(240), r.byMonth().get(YearMonth.of(2026, 4)).get(Metric.TIME_TO_RESOLVE).max());
        assertEquals(0, r.overall().get(Metric.TIME_TO_ACKNOWLEDGE).count());
    }

    @Test
    public void aggregate_shouldPlaceMonthsInTheGivenZone() {
        PostMortem lateMarch = doc("SEV2", "2026-03-31T23:30:00Z", 1, 10);
        assertEquals(Set.of(YearMonth.of(2026, 3)),
                new MetricsAggregator(ZoneOffset.UTC).aggregate(List.of(lateMarch)).byMonth().keySet());
        assertEquals(Set.of(YearMonth.of(2026, 4)),
                new MetricsAggregator(ZoneId.of("Europe/Berlin")).aggregate(List.of(lateMarch)).byMonth().keySet());
    }

    @Test
    public void aggregate_shouldLeaveOutNegativeAndUnknownDurations() {
        PostMortem reversed = doc("SEV2", "2026-03-02T10:00:00Z", -5, 60);
        PostMortem noTimes = new PostMortem();
        MetricsAggregator.Report r = new MetricsAggregator(ZoneOffset.UTC).aggregate(List.of(reversed, noTimes));
        assertEquals(2, r.overall().postMortems());
        assertEquals(0, r.overall().get(Metric.TIME_TO_DETECT).count());
        assertEquals(1, r.overall().get(Metric.TIME_TO_RESOLVE).count());
        assertEquals(Set.of(YearMonth.of(2026, 3)), r.byMonth().keySet());
    }

    @Test
    public void incidentMetrics_shouldBeExactAcrossTheDstChange() {
        PostMortem d = new PostMortem();
        d.getTimes().setStarted(OffsetDateTime.parse("2026-03-29T01:40:00+01:00"));
        d.getTimes().setDetected(OffsetDateTime.parse("2026-03-29T01:55:00+01:00"));
        d.getTimes().setResolved(OffsetDateTime.parse("2026-03-29T03:20:00+02:00"));
        IncidentMetrics m = IncidentMetrics.of(d);
        // 01:40 CET is 00:40 UTC, 03:20 CEST is 01:20 UTC: 40 minutes, not the 1h40 the wall clock suggests.
        assertEquals(Duration.ofMinutes(40), m.totalDuration().orElseThrow());
        assertEquals(Duration.ofMinutes(15), m.timeToDetect().orElseThrow());
        assertEquals(Duration.ofMinutes(40), m.userImpactDuration().orElseThrow());
    }
}
