package io.postmortems.journey.rig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The rig's clock for what the app decides by "today" (the panel's due checks, follow-through records): the real time
 * plus an offset a journey moves forward, so "after 30 days" takes no waiting. Jira's doubles (resolution dates) and
 * the publisher keep the real time.
 */
public final class RigClock extends Clock {
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant fixed;

    /** Stops "now" at {@code instant} ({@link #advanceDays} still moves it), for figures that depend on the day. */
    public void fixAt(Instant instant) {
        fixed = instant;
    }

    /** Moves "now" forward by {@code days} days. */
    public void advanceDays(long days) {
        offset = offset.plusDays(days);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        RigClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant base = fixed;
        return (base == null ? Instant.now() : base).plus(offset);
    }
}
