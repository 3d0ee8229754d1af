package io.postmortems.core.metrics;

import java.time.Duration;

/** Compact human form of a duration ("2d 3h", "1h 05m", "42m", "35s"), identical wherever it is shown. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        long hours = (seconds % 86_400) / 3_600;
        long minutes = (seconds % 3_600) / 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        if (hours > 0) {
            return String.format(java.util.Locale.ROOT, "%dh %02dm", hours, minutes);
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return seconds + "s";
    }
}
