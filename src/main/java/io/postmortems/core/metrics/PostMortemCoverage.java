package io.postmortems.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Coverage of the post-mortems required by severity (issue #13 item 2): per month of resolution (in the viewer's
 * zone), how many required incidents have a post-mortem and how many have none; and the median days from an
 * incident's resolution to the approval of its post-mortem. Pure arithmetic over what the adapter found.
 *
 * @param byMonth            per month of resolution, oldest first
 * @param medianDaysToApproval median of the days (24-hour periods, one decimal) from resolution to approval over the
 *                           approved post-mortems; null when none is approved
 * @param approved           how many post-mortems the median is taken over
 */
public record PostMortemCoverage(Map<YearMonth, Month> byMonth, Double medianDaysToApproval, int approved) {
    /** One required incident as found: when resolved, whether it has a post-mortem, when that was approved. */
    public record Incident(String key, Instant resolved, boolean hasPostMortem, Instant approved) {
        public Incident {
            Objects.requireNonNull(resolved, "resolved");
        }
    }

    /** One month's counts. */
    public record Month(int required, int withPostMortem) {
        public int withoutPostMortem() {
            return required - withPostMortem;
        }
    }

    public PostMortemCoverage {
        byMonth = java.util.Collections.unmodifiableMap(new TreeMap<>(byMonth));
    }

    /** The coverage of the incidents, months in {@code zone}. */
    public static PostMortemCoverage of(Collection<Incident> incidents, ZoneId zone) {
        Map<YearMonth, int[]> counts = new TreeMap<>();
        List<Double> days = new ArrayList<>();
        for (Incident i : incidents) {
            int[] c = counts.computeIfAbsent(YearMonth.from(i.resolved().atZone(zone)), k -> new int[2]);
            c[0]++;
            if (i.hasPostMortem()) {
                c[1]++;
                if (i.approved() != null && !i.approved().isBefore(i.resolved())) {
                    days.add(Duration.between(i.resolved(), i.approved()).toMinutes() / (24.0 * 60));
                }
            }
        }
        Map<YearMonth, Month> months = new TreeMap<>();
        counts.forEach((month, c) -> months.put(month, new Month(c[0], c[1])));
        return new PostMortemCoverage(months, median(days), days.size());
    }

    /** All months together. */
    public Month total() {
        int required = 0;
        int with = 0;
        for (Month m : byMonth.values()) {
            required += m.required();
            with += m.withPostMortem();
        }
        return new Month(required, with);
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }
}
