package io.postmortems.core.metrics;

import org.junit.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.Assert.assertEquals;

public class TimeDisplayTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void format_shouldShowTheInstantInTheViewersZoneWithItsAbbreviation() {
        assertEquals("2026-03-29 03:30 CEST",
                TimeDisplay.format(OffsetDateTime.parse("2026-03-29T01:30:00Z"), BERLIN));
        assertEquals("2026-03-29 01:30 CET",
                TimeDisplay.format(OffsetDateTime.parse("2026-03-29T00:30:00Z"), BERLIN));
        assertEquals("2026-03-29 00:40 UTC",
                TimeDisplay.format(OffsetDateTime.parse("2026-03-29T01:40:00+01:00"), ZoneId.of("UTC")));
        assertEquals("2026-05-01 19:00 JST",
                TimeDisplay.format(OffsetDateTime.parse("2026-05-01T10:00:00Z"), ZoneId.of("Asia/Tokyo")));
    }

    @Test
    public void format_shouldShowSecondsOnlyWhenPresentAndNothingForNull() {
        assertEquals("2026-01-01 10:00:05 UTC",
                TimeDisplay.format(OffsetDateTime.parse("2026-01-01T10:00:05Z"), ZoneOffset.UTC));
        assertEquals("", TimeDisplay.format(null, BERLIN));
    }

    @Test
    public void zoneOrDefault_shouldFallBackOnInvalidOrMissingIds() {
        assertEquals(BERLIN, TimeDisplay.zoneOrDefault("Europe/Berlin", ZoneOffset.UTC));
        assertEquals(ZoneOffset.UTC, TimeDisplay.zoneOrDefault("Europe/Atlantis", ZoneOffset.UTC));
        assertEquals(ZoneOffset.UTC, TimeDisplay.zoneOrDefault(null, ZoneOffset.UTC));
        assertEquals(ZoneOffset.UTC, TimeDisplay.zoneOrDefault("", ZoneOffset.UTC));
    }
}
