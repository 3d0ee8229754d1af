package io.postmortems.core.properties;

import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.InRange;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.metrics.DurationStats;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.metrics.Metric;
import io.postmortems.core.metrics.MetricsAggregator;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(JUnitQuickcheck.class)
public class DocumentPropertiesTest {
    private static final PostMortemCodec CODEC = new PostMortemCodec();
    private static final PostMortemReviewer REVIEWER = new PostMortemReviewer(ReviewConfig.defaults().toBuilder()
            .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC)).build());

    @Property(trials = 200)
    public void durations_shouldNeverBeNegativeWhenTimesAreOrdered(@From(Gen.OrderedTimes.class) IncidentTimes t) {
        IncidentMetrics m = IncidentMetrics.of(t);
        for (Metric metric : Metric.values()) {
            Optional<Duration> d = metric.of(m);
            assertTrue(metric.name(), d.isPresent());
            assertFalse(metric.name(), d.get().isNegative());
        }
        assertEquals(Duration.between(t.getStarted().toInstant(), t.getResolved().toInstant()),
                m.totalDuration().orElseThrow());
    }

    @Property(trials = 200)
    public void review_shouldFindNoChronologyErrorWhenTimesAreOrdered(@From(Gen.OrderedTimes.class) IncidentTimes t) {
        PostMortem d = new PostMortem();
        d.setTimes(t);
        assertTrue(REVIEWER.review(d).findings().stream()
                .noneMatch(f -> f.code().startsWith("chronology.") && f.level() == Level.ERROR));
    }

    @Property(trials = 150)
    public void metrics_shouldNotChangeWhenAnUnrelatedTimelineEventIsAdded(@From(Gen.Documents.class) PostMortem doc,
                                                                         @From(Gen.Events.class) TimelineEvent event) {
        MetricsAggregator aggregator = new MetricsAggregator(ZoneId.of("Europe/Berlin"));
        IncidentMetrics before = IncidentMetrics.of(doc);
        MetricsAggregator.Report reportBefore = aggregator.aggregate(List.of(doc));
        doc.getTimeline().add(event);
        IncidentMetrics after = IncidentMetrics.of(doc);
        for (Metric metric : Metric.values()) {
            assertEquals(metric.name(), metric.of(before), metric.of(after));
        }
        assertEquals(reportBefore, aggregator.aggregate(List.of(doc)));
    }

    @Property(trials = 200)
    public void json_shouldRoundTripWithoutChange(@From(Gen.Documents.class) PostMortem doc) {
        String first = CODEC.writeJson(doc);
        ReadResult read = CODEC.readStored(first);
        assertTrue(read.problems().toString(), read.isOk());
        assertEquals(first, CODEC.writeJson(read.get()));
        assertEquals(doc.getTimes().getStarted(), read.get().getTimes().getStarted()); // offset kept, not normalised
    }

    @Property(trials = 200)
    public void aggregates_shouldKeepMedianAndP90BetweenMinAndMax(List<@InRange(minLong = 0, maxLong = 100_000_000L) Long> seconds) {
        List<Duration> durations = new ArrayList<>();
        seconds.forEach(s -> durations.add(Duration.ofSeconds(s)));
        DurationStats s = DurationStats.of(durations);
        assertEquals(durations.size(), s.count());
        if (durations.isEmpty()) {
            assertTrue(s.isEmpty());
            return;
        }
        assertTrue(s.min().compareTo(s.median()) <= 0 && s.median().compareTo(s.max()) <= 0);
        assertTrue(s.median().compareTo(s.p90()) <= 0 && s.p90().compareTo(s.max()) <= 0);
        assertTrue(s.min().compareTo(s.mean()) <= 0 && s.mean().compareTo(s.max()) <= 0);
        assertTrue(durations.contains(s.median()) && durations.contains(s.p90()));
    }

    @Property(trials = 150)
    public void aggregates_shouldCountEveryDocumentOnceOverallAndOncePerService(
            @From(Gen.Documents.class) PostMortem a, @From(Gen.Documents.class) PostMortem b) {
        MetricsAggregator.Report r = new MetricsAggregator(ZoneOffset.UTC).aggregate(List.of(a, b));
        assertEquals(2, r.overall().postMortems());
        assertEquals(2, r.bySeverity().values().stream().mapToInt(MetricsAggregator.Group::postMortems).sum());
        r.byService().values().forEach(g -> assertTrue(g.postMortems() <= 2));
        int started = (a.getTimes().getStarted() == null ? 0 : 1) + (b.getTimes().getStarted() == null ? 0 : 1);
        assertEquals(started, r.byMonth().values().stream().mapToInt(MetricsAggregator.Group::postMortems).sum());
    }

    @Property(trials = 200)
    public void review_shouldNeverThrowAndNeverRaiseLanguageErrors(@From(Gen.Documents.class) PostMortem doc) {
        ReviewReport r = REVIEWER.review(doc);
        for (Finding f : r.findings()) {
            assertFalse(f.code(), f.path().isEmpty());
            assertTrue(f.messageKey().endsWith(f.code()));
            if (f.code().startsWith("language.")) {
                assertTrue(f.level() != Level.ERROR);
            }
            f.textSpan().ifPresent(span -> assertTrue(span.end() > span.start()));
        }
    }

    @Property(trials = 300)
    public void read_shouldNeverThrowOnJunk(@From(Gen.Junk.class) String junk) {
        for (ReadResult r : List.of(CODEC.readJson(junk), CODEC.readYaml(junk))) {
            assertTrue(r.isOk() != !r.problems().isEmpty());
            for (InputProblem p : r.problems()) {
                assertFalse(p.message(), p.message().contains("Exception") || p.message().contains("java."));
            }
        }
    }
}
