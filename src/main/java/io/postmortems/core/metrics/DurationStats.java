package io.postmortems.core.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Summary statistics of a set of durations. Empty (count 0, all durations null) when there is nothing to
 * summarise.
 *
 * <p>Percentiles use the <b>nearest-rank</b> method: with the n values sorted ascending, the p-th percentile is
 * the value at 1-based rank {@code ceil(p / 100 * n)}. It is always one of the observed values, so the median
 * (p = 50; for an even count, the lower of the two middle values) and p90 lie between {@link #min()} and
 * {@link #max()}. The mean is exact to the nanosecond, rounded down.
 */
public record DurationStats(int count, Duration min, Duration max, Duration mean, Duration median, Duration p90) {
    public static final DurationStats EMPTY = new DurationStats(0, null, null, null, null, null);

    public static DurationStats of(Collection<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.removeIf(d -> d == null);
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        sorted.sort(null);
        Duration sum = Duration.ZERO;
        for (Duration d : sorted) {
            sum = sum.plus(d);
        }
        int n = sorted.size();
        return new DurationStats(n, sorted.get(0), sorted.get(n - 1), sum.dividedBy(n),
                percentile(sorted, 50), percentile(sorted, 90));
    }

    /** Nearest-rank percentile of an ascending, non-empty list; {@code p} in (0, 100]. */
    public static Duration percentile(List<Duration> ascending, int p) {
        if (ascending.isEmpty() || p <= 0 || p > 100) {
            throw new IllegalArgumentException("need values and 0 < p <= 100");
        }
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(1, rank) - 1);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
