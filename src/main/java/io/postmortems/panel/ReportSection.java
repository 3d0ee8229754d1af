package io.postmortems.panel;

/**
 * One part of the reports page: a chart (SVG, may be empty) and the table of the same figures, the table being the
 * accessible source. Everything is escaped when built.
 */
public final class ReportSection {
    private final String idHtml;
    private final String titleHtml;
    private final String chartHtml;
    private final String tableHtml;

    ReportSection(String id, String title, String chartSvg, String tableHtml) {
        this.idHtml = Html.escape(id);
        this.titleHtml = Html.escape(title);
        this.chartHtml = chartSvg == null ? "" : chartSvg;
        this.tableHtml = tableHtml;
    }

    public String getIdHtml() { return idHtml; }
    public String getTitleHtml() { return titleHtml; }
    /** The chart, an {@code <svg role="img">} from {@link SvgChart}; empty when the section has none. */
    public String getChartHtml() { return chartHtml; }
    public boolean isHasChart() { return !chartHtml.isEmpty(); }
    /** The data table ({@code aui} table with caption and header cells). */
    public String getTableHtml() { return tableHtml; }
}
