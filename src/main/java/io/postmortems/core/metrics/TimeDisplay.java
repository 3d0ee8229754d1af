package io.postmortems.core.metrics;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows an instant in a viewer's zone the same way everywhere (renderer, Jira panel, CLI):
 * {@code 2026-03-29 03:30 CEST}. The instant is kept exactly; only its presentation changes, so a time entered
 * as 01:40+01:00 in Berlin shows as {@code 2026-03-29 00:40 UTC} to a viewer in UTC. Zones without a common
 * abbreviation show their offset (e.g. {@code GMT-03:00}).
 */
public final class TimeDisplay {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

    private TimeDisplay() {
    }

    /** "2026-03-29 03:30 CEST"; empty for null. Seconds are shown only when not zero. */
    public static String format(OffsetDateTime at, ZoneId viewer) {
        if (at == null) {
            return "";
        }
        // ZoneOffset.UTC would print as "Z"; people read "UTC".
        var zoned = at.atZoneSameInstant(ZoneOffset.UTC.equals(viewer) ? ZoneId.of("UTC") : viewer);
        return (zoned.getSecond() == 0 && zoned.getNano() == 0 ? MINUTES : SECONDS).format(zoned);
    }

    /**
     * The zone to show a document in: its own {@code timeZone} if that is a valid zone id, else the fallback
     * (an invalid id is reported by the review; display never fails because of it).
     */
    public static ZoneId zoneOrDefault(String zoneId, ZoneId fallback) {
        return parseZone(zoneId).orElse(fallback);
    }

    /** The zone for an id, or empty when the id is null or not a valid zone id. */
    public static Optional<ZoneId> parseZone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
