package io.postmortems.core.metrics;

import io.postmortems.core.model.PostMortem;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Aggregates incident durations over many post-mortems: for each {@link Metric}, count, min, max, mean, median
 * and p90 (nearest rank, see {@link DurationStats}), overall and grouped by severity, by service and by month.
 *
 * <ul>
 *   <li>By severity: the severity id as written; documents without one are grouped under {@link #NO_SEVERITY}.</li>
 *   <li>By service: a post-mortem naming two services counts in both (a service named twice counts once; names
 *       are trimmed). Documents without services are in no service group.</li>
 *   <li>By month: the {@link YearMonth} of {@code times.started} seen in the given zone (an incident starting
 *       23:30 UTC on 31 March is April's in Berlin). Documents without a start time are in no month.</li>
 * </ul>
 * A duration that is unknown or negative (times out of order) is left out of its metric, never counted as zero.
 * All durations are computed on instants, so they are exact across DST changes and mixed offsets.
 */
public final class MetricsAggregator {
    /** The severity group of documents without a severity. */
    public static final String NO_SEVERITY = "(none)";

    private final ZoneId monthZone;

    /** @param monthZone the zone whose calendar decides which month an incident belongs to */
    public MetricsAggregator(ZoneId monthZone) {
        this.monthZone = Objects.requireNonNull(monthZone);
    }

    /** The durations of a group of post-mortems. */
    public record Group(int postMortems, Map<Metric, DurationStats> stats) {
        public Group {
            stats = Map.copyOf(stats);
        }

        public DurationStats get(Metric metric) {
            return stats.getOrDefault(metric, DurationStats.EMPTY);
        }
    }

    /** The result: overall and per group; group maps are sorted by key. */
    public record Report(Group overall, SortedMap<String, Group> bySeverity, SortedMap<String, Group> byService,
                         SortedMap<YearMonth, Group> byMonth) {
    }

    public Report aggregate(Collection<PostMortem> documents) {
        Collector overall = new Collector();
        Map<String, Collector> bySeverity = new TreeMap<>();
        Map<String, Collector> byService = new TreeMap<>();
        Map<YearMonth, Collector> byMonth = new TreeMap<>();
        for (PostMortem doc : documents) {
            if (doc == null) {
                continue;
            }
            IncidentMetrics m = IncidentMetrics.of(doc);
            overall.add(m);
            String severity = doc.getSeverity() == null || doc.getSeverity().isBlank()
                    ? NO_SEVERITY : doc.getSeverity().strip();
            bySeverity.computeIfAbsent(severity, k -> new Collector()).add(m);
            Set<String> services = new LinkedHashSet<>();
            for (String s : doc.getServices()) {
                if (s != null && !s.isBlank()) {
                    services.add(s.strip());
                }
            }
            services.forEach(s -> byService.computeIfAbsent(s, k -> new Collector()).add(m));
            if (doc.getTimes().getStarted() != null) {
                YearMonth month = YearMonth.from(doc.getTimes().getStarted().atZoneSameInstant(monthZone));
                byMonth.computeIfAbsent(month, k -> new Collector()).add(m);
            }
        }
        return new Report(overall.group(), groups(bySeverity), groups(byService), groups(byMonth));
    }

    /**
     * The durations grouped by one text key of each document (e.g. its cause category); documents whose key is
     * null or blank are grouped under {@link #NO_SEVERITY}, i.e. "(none)". Sorted by key.
     */
    public SortedMap<String, Group> aggregateBy(Collection<PostMortem> documents,
                                                java.util.function.Function<PostMortem, String> key) {
        Map<String, Collector> byKey = new TreeMap<>();
        for (PostMortem doc : documents) {
            if (doc == null) {
                continue;
            }
            String k = key.apply(doc);
            k = k == null || k.isBlank() ? NO_SEVERITY : k.strip();
            byKey.computeIfAbsent(k, x -> new Collector()).add(IncidentMetrics.of(doc));
        }
        return groups(byKey);
    }

    private static <K extends Comparable<K>> SortedMap<K, Group> groups(Map<K, Collector> collectors) {
        SortedMap<K, Group> out = new TreeMap<>();
        collectors.forEach((k, c) -> out.put(k, c.group()));
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    private static final class Collector {
        private int count;
        private final Map<Metric, List<Duration>> values = new EnumMap<>(Metric.class);

        void add(IncidentMetrics m) {
            count++;
            for (Metric metric : Metric.values()) {
                metric.of(m).ifPresent(d -> values.computeIfAbsent(metric, k -> new ArrayList<>()).add(d));
            }
        }

        Group group() {
            Map<Metric, DurationStats> stats = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                stats.put(metric, DurationStats.of(values.getOrDefault(metric, List.of())));
            }
            return new Group(count, stats);
        }
    }
}
