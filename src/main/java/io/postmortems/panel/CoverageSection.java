package io.postmortems.panel;

import io.postmortems.core.metrics.PostMortemCoverage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reports page's coverage of the post-mortems required by severity (issue #13 item 2), shown to administrators:
 * per month of resolution the required incidents with and without a post-mortem, then the median days from
 * resolution to approval. Two tables, no chart; everything escaped by {@link ReportsView#table}.
 */
final class CoverageSection {
    static final String ID = "pm-report-coverage";

    private CoverageSection() {
    }

    static ReportSection of(PostMortemCoverage coverage, PanelText text) {
        String title = text.text("postmortems.reports.section.coverage");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, PostMortemCoverage.Month> e : coverage.byMonth().entrySet()) {
            rows.add(row(e.getKey().toString(), e.getValue()));
        }
        rows.add(row(text.text("postmortems.reports.coverage.all"), coverage.total()));
        String months = ReportsView.table(title, List.of(text.text("postmortems.reports.col.month"),
                text.text("postmortems.reports.coverage.required"), text.text("postmortems.reports.coverage.with"),
                text.text("postmortems.reports.coverage.without")), rows);
        String median = coverage.medianDaysToApproval() == null ? "\u2013"
                : text.text("postmortems.reports.coverage.medianValue", List.of(
                        String.valueOf(coverage.medianDaysToApproval()), String.valueOf(coverage.approved())));
        String approval = ReportsView.table(text.text("postmortems.reports.coverage.approval"),
                List.of(text.text("postmortems.reports.coverage.col.measure"),
                        text.text("postmortems.reports.coverage.col.value")),
                List.of(List.of(text.text("postmortems.reports.coverage.median"), median)));
        return new ReportSection(ID, title, "", months + approval);
    }

    private static List<String> row(String label, PostMortemCoverage.Month m) {
        return List.of(label, String.valueOf(m.required()), String.valueOf(m.withPostMortem()),
                String.valueOf(m.withoutPostMortem()));
    }
}
