package io.postmortems.core.metrics;

import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The durations of one incident, computed on instants (so exact across DST changes and offsets).
 * A duration is empty when either end is unknown or when the times are out of order (the review reports that;
 * a negative duration is never returned).
 *
 * <ul>
 *   <li>time to detect = detected − started</li>
 *   <li>time to acknowledge = acknowledged − detected</li>
 *   <li>time to mitigate = mitigated − started</li>
 *   <li>time to resolve = resolved − started (also the total duration)</li>
 *   <li>user-impact duration = (mitigated, else resolved) − first user impact (else started)</li>
 * </ul>
 */
public final class IncidentMetrics {
    private final Duration timeToDetect;
    private final Duration timeToAcknowledge;
    private final Duration timeToMitigate;
    private final Duration timeToResolve;
    private final Duration userImpact;

    private IncidentMetrics(IncidentTimes t) {
        this.timeToDetect = between(t.getStarted(), t.getDetected());
        this.timeToAcknowledge = between(t.getDetected(), t.getAcknowledged());
        this.timeToMitigate = between(t.getStarted(), t.getMitigated());
        this.timeToResolve = between(t.getStarted(), t.getResolved());
        OffsetDateTime impactStart = t.getFirstUserImpact() != null ? t.getFirstUserImpact() : t.getStarted();
        OffsetDateTime impactEnd = t.getMitigated() != null ? t.getMitigated() : t.getResolved();
        this.userImpact = between(impactStart, impactEnd);
    }

    public static IncidentMetrics of(PostMortem document) {
        return new IncidentMetrics(document.getTimes());
    }

    public static IncidentMetrics of(IncidentTimes times) {
        return new IncidentMetrics(times);
    }

    static Duration between(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null) {
            return null;
        }
        Duration d = Duration.between(from.toInstant(), to.toInstant());
        return d.isNegative() ? null : d;
    }

    public Optional<Duration> timeToDetect() { return Optional.ofNullable(timeToDetect); }
    public Optional<Duration> timeToAcknowledge() { return Optional.ofNullable(timeToAcknowledge); }
    public Optional<Duration> timeToMitigate() { return Optional.ofNullable(timeToMitigate); }
    public Optional<Duration> timeToResolve() { return Optional.ofNullable(timeToResolve); }
    /** Same as {@link #timeToResolve()}: from start to end of the incident. */
    public Optional<Duration> totalDuration() { return Optional.ofNullable(timeToResolve); }
    public Optional<Duration> userImpactDuration() { return Optional.ofNullable(userImpact); }
}
