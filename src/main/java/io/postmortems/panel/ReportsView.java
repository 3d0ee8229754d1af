package io.postmortems.panel;

import io.postmortems.core.metrics.CountermeasureOutcomes;
import io.postmortems.core.metrics.DurationStats;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.Metric;
import io.postmortems.core.metrics.MetricsAggregator;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.metrics.Resurfacing;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reports page's one immutable view: per month, the trend of the median times, the times by severity, service
 * and cause category, and the health of the countermeasures; each part a chart followed by its table. Built from a
 * {@link PostMortemReport} of the post-mortems the viewer may browse; all text escaped here.
 */
public final class ReportsView {
    /** The four times the reports show, in this order. */
    static final List<Metric> METRICS = List.of(Metric.TIME_TO_DETECT, Metric.TIME_TO_ACKNOWLEDGE,
            Metric.TIME_TO_MITIGATE, Metric.TIME_TO_RESOLVE);
    private static final Map<Metric, String> METRIC_KEYS = Map.of(
            Metric.TIME_TO_DETECT, "postmortems.reports.metric.detect",
            Metric.TIME_TO_ACKNOWLEDGE, "postmortems.reports.metric.acknowledge",
            Metric.TIME_TO_MITIGATE, "postmortems.reports.metric.mitigate",
            Metric.TIME_TO_RESOLVE, "postmortems.reports.metric.resolve");

    private final String scopeHtml;
    private final String countHtml;
    private final String noteHtml;
    private final String errorHtml;
    private final boolean hasData;
    private final List<ReportSection> sections;
    private final List<ReportSection> resurfacingSections;

    private ReportsView(String scopeHtml, String countHtml, String noteHtml, String errorHtml, boolean hasData,
                        List<ReportSection> sections) {
        this(scopeHtml, countHtml, noteHtml, errorHtml, hasData, sections, List.of());
    }

    private ReportsView(String scopeHtml, String countHtml, String noteHtml, String errorHtml, boolean hasData,
                        List<ReportSection> sections, List<ReportSection> resurfacingSections) {
        this.scopeHtml = scopeHtml;
        this.countHtml = countHtml;
        this.noteHtml = noteHtml;
        this.errorHtml = errorHtml;
        this.hasData = hasData;
        this.sections = List.copyOf(sections);
        this.resurfacingSections = List.copyOf(resurfacingSections);
    }

    /**
     * This view with the follow-through of the same post-mortems: after the countermeasure health, the outcomes of
     * the effectiveness checks and the due dates beyond the severity's target (each a chart and its table); and, as
     * {@link #getResurfacingSections()}, "a year ago this month" and the revisits due, each post-mortem linked. A view
     * without figures stays as it is.
     *
     * @param contextPath Jira's context path ("" at the root); links go to {@code <contextPath>/browse/<key>}
     */
    public ReportsView withFollowThrough(CountermeasureOutcomes outcomes, Resurfacing resurfacing, String contextPath,
                                         PanelText text) {
        if (!hasData) {
            return this;
        }
        List<ReportSection> more = new ArrayList<>(sections);
        more.add(effectiveness(outcomes, text));
        more.add(targets(outcomes, text));
        String browse = (contextPath == null ? "" : contextPath) + "/browse/";
        String month = resurfacing.yearAgoMonth().toString();
        List<ReportSection> resurfaced = List.of(
                itemSection("pm-report-year-ago", text.text("postmortems.reports.section.yearAgo", List.of(month)),
                        text.text("postmortems.reports.col.started"), resurfacing.yearAgo(),
                        text.text("postmortems.reports.yearAgo.none", List.of(month)), browse, text),
                itemSection("pm-report-revisits", text.text("postmortems.reports.section.revisits"),
                        text.text("postmortems.reports.col.revisitDue"), resurfacing.revisitsDue(),
                        text.text("postmortems.reports.revisits.none"), browse, text));
        return new ReportsView(scopeHtml, countHtml, noteHtml, errorHtml, hasData, more, resurfaced);
    }

    private static ReportSection effectiveness(CountermeasureOutcomes o, PanelText text) {
        String title = text.text("postmortems.reports.section.effectiveness");
        // the outcomes in the panel's words
        List<String> labels = List.of(text.text("postmortems.panel.followThrough.outcome.EFFECTIVE"),
                text.text("postmortems.panel.followThrough.outcome.NOT_EFFECTIVE"),
                text.text("postmortems.panel.followThrough.outcome.NOT_VERIFIABLE"),
                text.text("postmortems.reports.effectiveness.checkOverdue"),
                text.text("postmortems.reports.effectiveness.awaiting"));
        List<Integer> counts = List.of(o.effective(), o.notEffective(), o.notVerifiable(), o.checkOverdue(),
                o.awaitingCheck());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(labels.get(i), String.valueOf(counts.get(i))));
        }
        return new ReportSection("pm-report-effectiveness", title,
                SvgChart.bars(title, labels, counts.stream().map(Integer::doubleValue).toList()),
                table(title, List.of(text.text("postmortems.reports.col.outcome"),
                        text.text("postmortems.reports.col.measure")), rows));
    }

    private static ReportSection targets(CountermeasureOutcomes o, PanelText text) {
        String title = text.text("postmortems.reports.section.targets");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        o.bySeverity().forEach((severity, t) -> {
            String label = MetricsAggregator.NO_SEVERITY.equals(severity) ? text.text("postmortems.reports.none")
                    : severity;
            labels.add(label);
            values.add((double) t.beyondTarget());
            rows.add(List.of(label, String.valueOf(t.targetWeeks()), String.valueOf(t.countermeasures()),
                    String.valueOf(t.beyondTarget())));
        });
        return new ReportSection("pm-report-targets", title, SvgChart.bars(title, labels, values),
                table(title, List.of(text.text("postmortems.reports.col.severity"),
                        text.text("postmortems.reports.col.targetWeeks"), text.text("postmortems.reports.col.measure"),
                        text.text("postmortems.reports.col.beyondTarget")), rows));
    }

    /** A list of post-mortems, each linked by its key; a sentence instead of an empty table. */
    private static ReportSection itemSection(String id, String title, String dateHeader, List<Resurfacing.Item> items,
                                             String none, String browse, PanelText text) {
        if (items.isEmpty()) {
            return new ReportSection(id, title, "", "<p class=\"pm-report-none\">" + Html.escape(none) + "</p>");
        }
        StringBuilder t = new StringBuilder(256 + 128 * items.size())
                .append("<div class=\"pm-report-scroll\"><table class=\"aui pm-report-table\"><caption>")
                .append(Html.escape(title)).append("</caption><thead><tr>");
        for (String h : List.of(dateHeader, text.text("postmortems.reports.col.postMortem"),
                text.text("postmortems.reports.col.severity"), text.text("postmortems.reports.col.title"))) {
            t.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        }
        t.append("</tr></thead><tbody>");
        for (Resurfacing.Item item : items) {
            t.append("<tr><th scope=\"row\">").append(Html.escape(item.date().toString()))
                    .append("</th><td><a href=\"").append(Html.escape(browse + item.key())).append("\">")
                    .append(Html.escape(item.key())).append("</a></td><td>")
                    .append(Html.escape(item.severity() == null ? text.text("postmortems.reports.none")
                            : item.severity()))
                    .append("</td><td>").append(Html.escape(item.title())).append("</td></tr>");
        }
        return new ReportSection(id, title, "", t.append("</tbody></table></div>").toString());
    }

    /**
     * @param projectKey the project the page is limited to, or null for every project the viewer may browse
     * @param unreadable post-mortems found whose summary could not be read (left out; the page says so)
     */
    public static ReportsView of(PostMortemReport report, String projectKey, int unreadable, PanelText text) {
        String scope = scope(projectKey, text);
        String note = unreadable == 0 ? ""
                : text.text("postmortems.reports.unreadable", List.of(String.valueOf(unreadable)));
        List<ReportSection> sections = new ArrayList<>();
        if (report.postMortems() > 0) {
            sections.add(perMonth(report, text));
            sections.add(trend(report, text));
            sections.add(grouped("pm-report-severity", "postmortems.reports.section.severity",
                    "postmortems.reports.col.severity", report.durations().bySeverity(), text));
            sections.add(grouped("pm-report-service", "postmortems.reports.section.service",
                    "postmortems.reports.col.service", report.durations().byService(), text));
            sections.add(grouped("pm-report-cause", "postmortems.reports.section.cause",
                    "postmortems.reports.col.cause", report.byCause(), text));
            sections.add(health(report.health(), text));
        }
        return new ReportsView(Html.escape(scope),
                Html.escape(text.text("postmortems.reports.count", List.of(String.valueOf(report.postMortems())))),
                Html.escape(note), "", report.postMortems() > 0, sections);
    }

    /**
     * This view with the coverage of the post-mortems required by severity added as the last section (issue #13
     * item 2; the page adds it for Jira administrators only).
     */
    public ReportsView withCoverage(io.postmortems.core.metrics.PostMortemCoverage coverage, PanelText text) {
        List<ReportSection> more = new ArrayList<>(sections);
        more.add(CoverageSection.of(coverage, text));
        return new ReportsView(scopeHtml, countHtml, noteHtml, errorHtml, hasData, more);
    }

    /** The page when the post-mortems could not be read: the reason, no figures. */
    public static ReportsView failed(String projectKey, String message, PanelText text) {
        return new ReportsView(Html.escape(scope(projectKey, text)), "", "", Html.escape(message), false, List.of());
    }

    private static String scope(String projectKey, PanelText text) {
        return projectKey == null ? text.text("postmortems.reports.scope.all")
                : text.text("postmortems.reports.scope.project", List.of(projectKey));
    }

    private static ReportSection perMonth(PostMortemReport report, PanelText text) {
        String title = text.text("postmortems.reports.section.perMonth");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, MetricsAggregator.Group> e : report.durations().byMonth().entrySet()) {
            labels.add(e.getKey().toString());
            values.add((double) e.getValue().postMortems());
            rows.add(List.of(e.getKey().toString(), String.valueOf(e.getValue().postMortems())));
        }
        return new ReportSection("pm-report-month", title, SvgChart.bars(title, labels, values),
                table(title, List.of(text.text("postmortems.reports.col.month"),
                        text.text("postmortems.reports.col.count")), rows));
    }

    private static ReportSection trend(PostMortemReport report, PanelText text) {
        String title = text.text("postmortems.reports.section.trend");
        List<String> labels = new ArrayList<>();
        List<List<Double>> series = new ArrayList<>();
        METRICS.forEach(m -> series.add(new ArrayList<>()));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, MetricsAggregator.Group> e : report.durations().byMonth().entrySet()) {
            labels.add(e.getKey().toString());
            for (int i = 0; i < METRICS.size(); i++) {
                Duration median = e.getValue().get(METRICS.get(i)).median();
                series.get(i).add(median == null ? null : median.toMinutes() / 60.0);
            }
            rows.add(durationRow(e.getKey().toString(), e.getValue()));
        }
        List<SvgChart.Series> lines = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            lines.add(new SvgChart.Series(text.text(METRIC_KEYS.get(METRICS.get(i))), series.get(i)));
        }
        return new ReportSection("pm-report-trend", title, SvgChart.lines(title, labels, lines),
                table(title, durationHeaders(text.text("postmortems.reports.col.month"), text), rows));
    }

    private static ReportSection grouped(String id, String titleKey, String columnKey,
                                         Map<String, MetricsAggregator.Group> groups, PanelText text) {
        String title = text.text(titleKey);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            String label = MetricsAggregator.NO_SEVERITY.equals(key) ? text.text("postmortems.reports.none") : key;
            labels.add(label);
            values.add((double) group.postMortems());
            rows.add(durationRow(label, group));
        });
        return new ReportSection(id, title, SvgChart.bars(title, labels, values),
                table(title, durationHeaders(text.text(columnKey), text), rows));
    }

    private static ReportSection health(PostMortemReport.CountermeasureHealth h, PanelText text) {
        String title = text.text("postmortems.reports.section.health");
        List<String> labels = List.of(text.text("postmortems.reports.health.open"),
                text.text("postmortems.reports.health.overdue"), text.text("postmortems.reports.health.done"),
                text.text("postmortems.reports.health.doneOnTime"));
        String chart = SvgChart.bars(title, labels,
                List.of((double) h.open(), (double) h.overdue(), (double) h.done(), (double) h.doneOnTime()));
        List<List<String>> rows = List.of(
                List.of(text.text("postmortems.reports.health.total"), String.valueOf(h.total())),
                List.of(labels.get(0), String.valueOf(h.open())),
                List.of(labels.get(1), String.valueOf(h.overdue())),
                List.of(labels.get(2), String.valueOf(h.done())),
                List.of(labels.get(3), String.valueOf(h.doneOnTime())),
                List.of(text.text("postmortems.reports.health.doneOnTimePercent"),
                        h.doneOnTimePercent() == null ? "\u2013" : h.doneOnTimePercent() + " %"),
                List.of(text.text("postmortems.reports.health.medianDaysToDone"),
                        h.medianDaysToDone() == null ? "\u2013" : String.valueOf(h.medianDaysToDone())),
                List.of(text.text("postmortems.reports.health.targetBreaches"), String.valueOf(h.targetBreaches())));
        return new ReportSection("pm-report-health", title, chart, table(title,
                List.of(text.text("postmortems.reports.col.measure"), text.text("postmortems.reports.col.value")),
                rows));
    }

    private static List<String> durationHeaders(String first, PanelText text) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        headers.add(text.text("postmortems.reports.col.count"));
        for (Metric m : METRICS) {
            String name = text.text(METRIC_KEYS.get(m));
            headers.add(text.text("postmortems.reports.col.medianP90", List.of(name)));
        }
        return headers;
    }

    private static List<String> durationRow(String label, MetricsAggregator.Group group) {
        List<String> row = new ArrayList<>();
        row.add(label);
        row.add(String.valueOf(group.postMortems()));
        for (Metric m : METRICS) {
            DurationStats stats = group.get(m);
            row.add(stats.isEmpty() ? "\u2013"
                    : Durations.format(stats.median()) + " / " + Durations.format(stats.p90()));
        }
        return row;
    }

    /** An AUI table; the first cell of each row is its row header. */
    static String table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder(512).append("<div class=\"pm-report-scroll\"><table class=\"aui pm-report-table\"><caption>")
                .append(Html.escape(caption)).append("</caption><thead><tr>");
        for (String h : headers) {
            t.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        }
        t.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                t.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(Html.escape(row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }

    public String getScopeHtml() { return scopeHtml; }
    public String getCountHtml() { return countHtml; }
    public String getNoteHtml() { return noteHtml; }
    public boolean isHasNote() { return !noteHtml.isEmpty(); }
    public boolean isHasData() { return hasData; }
    public String getErrorHtml() { return errorHtml; }
    public boolean isHasError() { return !errorHtml.isEmpty(); }
    public List<ReportSection> getSections() { return sections; }
    /** "A year ago this month" and the revisits due, shown above the figures; empty without figures. */
    public List<ReportSection> getResurfacingSections() { return resurfacingSections; }
}
