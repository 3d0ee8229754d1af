package io.postmortems.publishing.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instants as the page shows them: in the target's display zone, e.g. {@code 2026-03-29 03:30 CEST}.
 *
 * <p>Written by hand, not by {@link DateTimeFormatter} for every value: a page shows hundreds of timestamps, and the
 * formatter looks up the zone's short name each time. The short name depends only on the zone and on whether
 * daylight saving time is in force (that is how {@code zzz} picks it), so it is formatted once per zone and season
 * and kept. Years outside 0000–9999 go through the formatter.
 */
final class TimeFormat {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    /** Zone → its short name in standard time [0] and in daylight saving time [1]. */
    private static final Map<ZoneId, String[]> ZONE_NAMES = new ConcurrentHashMap<>();

    /** More display zones than any installation has; fixed offsets beyond this are formatted without the cache. */
    private static final int MAX_ZONES = 1_000;

    private TimeFormat() {
    }

    static String format(OffsetDateTime instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZoneRules rules = zone.getRules();
        Instant moment = instant.toInstant();
        ZoneOffset offset = rules.getOffset(moment);
        LocalDateTime local = LocalDateTime.ofEpochSecond(moment.getEpochSecond(), moment.getNano(), offset);
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            return FORMAT.format(instant.atZoneSameInstant(zone));
        }
        // ZoneRules.isDaylightSavings, without looking the offset up twice
        boolean daylight = !rules.getStandardOffset(moment).equals(offset);
        String zoneName = zoneName(zone, daylight, instant);
        char[] text = new char[17 + zoneName.length()];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, local.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, local.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, local.getHour(), 2);
        text[13] = ':';
        digits(text, 14, local.getMinute(), 2);
        text[16] = ' ';
        zoneName.getChars(0, zoneName.length(), text, 17);
        return new String(text);
    }

    private static String zoneName(ZoneId zone, boolean daylight, OffsetDateTime instant) {
        int season = daylight ? 1 : 0;
        String[] names = ZONE_NAMES.size() < MAX_ZONES ? ZONE_NAMES.computeIfAbsent(zone, z -> new String[2])
                : ZONE_NAMES.getOrDefault(zone, new String[2]);
        String name = names[season];
        if (name == null) {
            name = ZONE_NAME.format(instant.atZoneSameInstant(zone));
            names[season] = name; // a benign race: every thread computes the same name
        }
        return name;
    }

    private static void digits(char[] text, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
