package io.postmortems.core.metrics;

import org.junit.Test;

import java.time.Duration;

import static org.junit.Assert.assertEquals;

public class DurationsTest {
    @Test
    public void format_shouldKeepTheMinutesOfADayOrMore() {
        assertEquals("1d 0h 11m", Durations.format(Duration.ofHours(24).plusMinutes(11)));
        assertEquals("3d 4h 05m", Durations.format(Duration.ofDays(3).plusHours(4).plusMinutes(5).plusSeconds(59)));
        assertEquals("1d 0h 00m", Durations.format(Duration.ofDays(1)));
    }

    @Test
    public void format_shouldShowHoursMinutesAndSecondsBelowADay() {
        assertEquals("23h 59m", Durations.format(Duration.ofHours(24).minusSeconds(1)));
        assertEquals("1h 05m", Durations.format(Duration.ofMinutes(65)));
        assertEquals("42m", Durations.format(Duration.ofMinutes(42).plusSeconds(30)));
        assertEquals("59s", Durations.format(Duration.ofSeconds(59)));
        assertEquals("0s", Durations.format(Duration.ZERO));
        assertEquals("", Durations.format(null));
    }

    @Test
    public void wholeMinutes_shouldTruncateLikeTheDisplay() {
        assertEquals(1451, Durations.wholeMinutes(Duration.ofHours(24).plusMinutes(11).plusSeconds(59)));
        assertEquals(0, Durations.wholeMinutes(Duration.ofSeconds(59)));
        assertEquals(0, Durations.wholeMinutes(Duration.ofMinutes(-3)));
    }
}
