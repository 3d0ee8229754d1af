package io.postmortems.core.metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** The per-incident durations that are aggregated; see {@link IncidentMetrics} for their definitions. */
public enum Metric {
    TIME_TO_DETECT(IncidentMetrics::timeToDetect),
    TIME_TO_ACKNOWLEDGE(IncidentMetrics::timeToAcknowledge),
    TIME_TO_MITIGATE(IncidentMetrics::timeToMitigate),
    TIME_TO_RESOLVE(IncidentMetrics::timeToResolve),
    TOTAL_DURATION(IncidentMetrics::totalDuration),
    USER_IMPACT(IncidentMetrics::userImpactDuration);

    private final Function<IncidentMetrics, Optional<Duration>> getter;

    Metric(Function<IncidentMetrics, Optional<Duration>> getter) {
        this.getter = getter;
    }

    public Optional<Duration> of(IncidentMetrics metrics) {
        return getter.apply(metrics);
    }
}
