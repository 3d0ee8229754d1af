package io.postmortems.core.metrics;

import java.time.Duration;
import java.util.Locale;

/**
 * The one rule for showing a duration, wherever it is shown (Confluence page, Jira panel, CLI preview, the REST
 * answer the panel's script prints): to the minute, never rounded up, e.g. {@code "1d 0h 11m"}, {@code "2d 3h 05m"},
 * {@code "1h 05m"}, {@code "42m"}; below a minute in seconds ({@code "35s"}, {@code "0s"}). The JQL issue property
 * stores {@link #wholeMinutes(Duration)}, the same truncation as a number.
 */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long seconds = Math.max(0, d.getSeconds());
        long days = seconds / 86_400;
        long hours = (seconds % 86_400) / 3_600;
        long minutes = (seconds % 3_600) / 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%dd %dh %02dm", days, hours, minutes);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%dh %02dm", hours, minutes);
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return seconds + "s";
    }

    /** Whole minutes of a duration, truncated like {@link #format(Duration)} (never negative). */
    public static long wholeMinutes(Duration d) {
        return Math.max(0, d.toMinutes());
    }
}
