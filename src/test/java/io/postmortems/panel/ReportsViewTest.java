package io.postmortems.panel;

import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import org.junit.Test;

import java.time.LocalDate;
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
}
