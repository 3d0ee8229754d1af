package io.postmortems.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postmortems.core.metrics.DurationStats;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.Metric;
import io.postmortems.core.metrics.MetricsAggregator;
import io.postmortems.core.metrics.PostMortemReport;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.json}: the figures of a {@link PostMortemReport} for machines and diffs. Every object's keys are
 * sorted, every list keeps the order of the command line, the indentation is two spaces, {@code "key": value},
 * and lines end with
 * {@code \n}, so the same files and options give the same bytes. The shape (version 1):
 *
 * <pre>
 * {
 *   "countermeasures": {"done", "doneOnTime", "doneOnTimePercent", "medianDaysToDone", "open", "overdue",
 *                       "targetBreaches", "total"},          (percent and median: null when there is nothing)
 *   "durations": {
 *     "byCause": {CATEGORY: GROUP}, "byMonth": {"2026-03": GROUP}, "bySeverity": {SEVERITY: GROUP},
 *     "byService": {SERVICE: GROUP}, "overall": GROUP        (no cause or severity: "(none)")
 *   },
 *   "files": {"read": [FILE], "skipped": [{"file": FILE, "problems": [TEXT]}]},
 *   "format": "postmortems-report", "version": 1,
 *   "monthZone": "UTC", "today": "2026-11-29", "postMortems": N
 * }
 * GROUP  = {"postMortems": N, "timeToDetect": STATS, "timeToAcknowledge": STATS, "timeToMitigate": STATS,
 *           "timeToResolve": STATS, "totalDuration": STATS, "userImpact": STATS}
 * STATS  = {"count": N, "medianMinutes": M, "p90Minutes": M}  (whole minutes; null when count is 0)
 * </pre>
 */
final class ReportJson {
    static final String FORMAT = "postmortems-report";
    static final int VERSION = 1;
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** A file that could not be read, and why (one line per problem). */
    record Skipped(String file, List<String> problems) {
    }

    private ReportJson() {
    }

    static String of(PostMortemReport report, ZoneId monthZone, LocalDate today, List<String> read,
                     List<Skipped> skipped) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("monthZone", monthZone.getId());
        root.put("today", today.toString());
        root.put("postMortems", report.postMortems());
        Map<String, Object> durations = new TreeMap<>();
        durations.put("overall", group(report.durations().overall()));
        durations.put("byMonth", groups(report.durations().byMonth()));
        durations.put("bySeverity", groups(report.durations().bySeverity()));
        durations.put("byService", groups(report.durations().byService()));
        durations.put("byCause", groups(report.byCause()));
        root.put("durations", durations);
        PostMortemReport.CountermeasureHealth h = report.health();
        Map<String, Object> health = new TreeMap<>();
        health.put("total", h.total());
        health.put("open", h.open());
        health.put("overdue", h.overdue());
        health.put("done", h.done());
        health.put("doneOnTime", h.doneOnTime());
        health.put("doneOnTimePercent", h.doneOnTimePercent());
        health.put("medianDaysToDone", h.medianDaysToDone());
        health.put("targetBreaches", h.targetBreaches());
        root.put("countermeasures", health);
        Map<String, Object> files = new TreeMap<>();
        files.put("read", read);
        files.put("skipped", skipped.stream().map(s -> {
            Map<String, Object> m = new TreeMap<>();
            m.put("file", s.file());
            m.put("problems", s.problems());
            return m;
        }).toList());
        root.put("files", files);
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the report could not be written as JSON", e);
        }
    }

    private static Map<String, Object> groups(Map<?, MetricsAggregator.Group> groups) {
        Map<String, Object> out = new TreeMap<>();
        groups.forEach((key, group) -> out.put(key.toString(), group(group)));
        return out;
    }

    private static Map<String, Object> group(MetricsAggregator.Group group) {
        Map<String, Object> out = new TreeMap<>();
        out.put("postMortems", group.postMortems());
        for (Metric metric : Metric.values()) {
            DurationStats stats = group.get(metric);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("count", stats.count());
            s.put("medianMinutes", minutes(stats.median()));
            s.put("p90Minutes", minutes(stats.p90()));
            out.put(name(metric), s);
        }
        return out;
    }

    /** {@code TIME_TO_DETECT} as {@code timeToDetect}; {@code USER_IMPACT} as {@code userImpact}. */
    static String name(Metric metric) {
        StringBuilder name = new StringBuilder();
        for (String word : metric.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static Long minutes(Duration d) {
        return d == null ? null : Durations.wholeMinutes(d);
    }
}
