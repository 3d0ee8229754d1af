package io.postmortems.panel;

import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.metrics.CountermeasureOutcomes;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.metrics.Resurfacing;
import io.postmortems.core.review.ReviewConfig;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReportsViewTest {
    private final BundleText english = BundleText.of(Locale.ENGLISH);

    private static PostMortemReport report(String json) {
        return PostMortemReport.of(List.of(MirrorSnapshot.parse(json).orElseThrow()), ZoneOffset.UTC,
                LocalDate.of(2026, 5, 1));
    }

    @Test
    public void of_shouldEscapeServiceNamesInChartsAndTables() {
        ReportsView view = ReportsView.of(report("{\"services\":[\"<script>x</script>\"],"
                + "\"started\":\"2026-03-01T10:00Z\",\"detected\":\"2026-03-01T10:10Z\"}"), null, 0, english);
        ReportSection service = view.getSections().stream().filter(s -> s.getIdHtml().equals("pm-report-service"))
                .findFirst().orElseThrow();
        assertFalse(service.getChartHtml().contains("<script>"));
        assertFalse(service.getTableHtml().contains("<script>"));
        assertTrue(service.getTableHtml().contains("&lt;script&gt;"));
    }

    @Test
    public void of_shouldGiveEveryChartARoleTitleAndTable() {
        ReportsView view = ReportsView.of(report("{\"severity\":\"SEV1\",\"started\":\"2026-03-01T10:00Z\","
                + "\"detected\":\"2026-03-01T10:10Z\"}"), "PM", 2, english);
        assertEquals(6, view.getSections().size());
        for (ReportSection s : view.getSections()) {
            assertTrue(s.getIdHtml(), s.getChartHtml().startsWith("<svg") && s.getChartHtml().contains("role=\"img\"")
                    && s.getChartHtml().contains("<title>" + s.getTitleHtml() + "</title>"));
            assertTrue(s.getTableHtml().contains("<caption>" + s.getTitleHtml() + "</caption>"));
        }
        assertEquals("Project PM", view.getScopeHtml());
        assertTrue(view.getNoteHtml().startsWith("2 post-mortems have no readable summary"));
    }

    @Test
    public void of_shouldShowNoSectionsWithoutPostMortemsAndGermanWords() {
        ReportsView empty = ReportsView.of(PostMortemReport.of(List.of(), ZoneOffset.UTC, LocalDate.of(2026, 5, 1)),
                null, 0, BundleText.of(Locale.GERMAN));
        assertFalse(empty.isHasData());
        assertEquals(List.of(), empty.getSections());
        assertEquals("Alle Projekte, die Sie sehen d\u00fcrfen", empty.getScopeHtml());
    }

    @Test
    public void withFollowThrough_shouldAddEffectivenessAndTargetsEachAChartWithItsTable() {
        PostMortemReport report = report("{\"severity\":\"SEV1\",\"started\":\"2026-03-01T10:00Z\","
                + "\"countermeasures\":4,\"countermeasureTargetBreaches\":2,\"countermeasuresEffective\":1,"
                + "\"countermeasuresNotEffective\":2,\"countermeasureUncheckedDoneOn\":[\"2026-03-01\"]}");
        List<MirrorSnapshot> snapshots = List.of(MirrorSnapshot.parse("{\"severity\":\"SEV1\",\"countermeasures\":4,"
                + "\"countermeasureTargetBreaches\":2,\"countermeasuresEffective\":1,\"countermeasuresNotEffective\":2,"
                + "\"countermeasureUncheckedDoneOn\":[\"2026-03-01\"]}").orElseThrow());
        ReportsView view = ReportsView.of(report, null, 0, english).withFollowThrough(
                CountermeasureOutcomes.of(snapshots, LocalDate.of(2026, 5, 1), FollowThroughPolicy.defaults(),
                        ReviewConfig.defaults()),
                new Resurfacing(YearMonth.of(2025, 5), List.of(), List.of()), "/jira", english);
        assertEquals(8, view.getSections().size());
        ReportSection effectiveness = section(view.getSections(), "pm-report-effectiveness");
        assertTrue(effectiveness.getChartHtml().contains("role=\"img\""));
        assertTrue(effectiveness.getTableHtml(), effectiveness.getTableHtml().contains(
                "<th scope=\"row\">Not effective</th><td>2</td>"));
        assertTrue(effectiveness.getTableHtml().contains("<th scope=\"row\">Check overdue</th><td>1</td>"));
        ReportSection targets = section(view.getSections(), "pm-report-targets");
        assertTrue(targets.getChartHtml().contains("<title>" + targets.getTitleHtml() + "</title>"));
        assertTrue(targets.getTableHtml(), targets.getTableHtml().contains("<th scope=\"row\">SEV1</th><td>"
                + ReviewConfig.defaults().dueWeeksFor("SEV1") + "</td><td>4</td><td>2</td>"));
    }

    @Test
    public void withFollowThrough_shouldLinkResurfacedPostMortemsEscapedAndSayWhenThereAreNone() {
        ReportsView view = ReportsView.of(report("{\"started\":\"2026-03-01T10:00Z\"}"), null, 0, english)
                .withFollowThrough(CountermeasureOutcomes.of(List.of(), LocalDate.of(2026, 5, 1),
                        FollowThroughPolicy.defaults(), ReviewConfig.defaults()), new Resurfacing(YearMonth.of(2025, 5),
                        List.of(new Resurfacing.Item("PM-7", "<b>Checkout</b> down", null, LocalDate.of(2025, 5, 3))),
                        List.of()), "/jira", english);
        List<ReportSection> resurfaced = view.getResurfacingSections();
        assertEquals(List.of("pm-report-year-ago", "pm-report-revisits"),
                resurfaced.stream().map(ReportSection::getIdHtml).toList());
        assertEquals("A year ago this month (2025-05)", resurfaced.get(0).getTitleHtml());
        String table = resurfaced.get(0).getTableHtml();
        assertTrue(table, table.contains("<th scope=\"row\">2025-05-03</th><td><a href=\"/jira/browse/PM-7\">PM-7</a>"
                + "</td><td>(not set)</td><td>&lt;b&gt;Checkout&lt;/b&gt; down</td>"));
        assertEquals("<p class=\"pm-report-none\">No published post-mortem you can browse is due for a revisit.</p>",
                resurfaced.get(1).getTableHtml());
        assertFalse(resurfaced.get(1).isHasChart());
    }

    @Test
    public void withFollowThrough_shouldLeaveAViewWithoutPostMortemsAsItIs() {
        ReportsView empty = ReportsView.of(PostMortemReport.of(List.of(), ZoneOffset.UTC, LocalDate.of(2026, 5, 1)),
                null, 0, BundleText.of(Locale.GERMAN));
        ReportsView same = empty.withFollowThrough(CountermeasureOutcomes.of(List.of(), LocalDate.of(2026, 5, 1),
                FollowThroughPolicy.defaults(), ReviewConfig.defaults()), new Resurfacing(YearMonth.of(2025, 5),
                List.of(), List.of()), "", BundleText.of(Locale.GERMAN));
        assertEquals(List.of(), same.getResurfacingSections());
        assertEquals(List.of(), same.getSections());
    }

    @Test
    public void withFollowThrough_shouldSpeakGerman() {
        BundleText german = BundleText.of(Locale.GERMAN);
        ReportsView view = ReportsView.of(report("{\"started\":\"2026-03-01T10:00Z\"}"), null, 0, german)
                .withFollowThrough(CountermeasureOutcomes.of(List.of(), LocalDate.of(2026, 5, 1),
                        FollowThroughPolicy.defaults(), ReviewConfig.defaults()),
                        new Resurfacing(YearMonth.of(2025, 5), List.of(), List.of()), "", german);
        assertEquals("Vor einem Jahr in diesem Monat (2025-05)", view.getResurfacingSections().get(0).getTitleHtml());
        assertTrue(section(view.getSections(), "pm-report-effectiveness").getTableHtml().contains("Nicht wirksam"));
    }

    private static ReportSection section(List<ReportSection> sections, String id) {
        return sections.stream().filter(s -> s.getIdHtml().equals(id)).findFirst().orElseThrow();
    }
}
