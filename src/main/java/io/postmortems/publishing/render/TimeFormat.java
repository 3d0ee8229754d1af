package io.postmortems.publishing.render;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as the page shows them: in the target's display zone, e.g. {@code 2026-03-29 03:30 CEST}. */
final class TimeFormat {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);

    private TimeFormat() {
    }

    static String format(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : FORMAT.format(instant.atZoneSameInstant(zone));
    }
}
