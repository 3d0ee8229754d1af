package io.postmortems.panel;

import java.util.Locale;

/**
 * Renders the SAME reports template the Jira reports page uses, outside Jira, as one self-contained HTML page: the
 * AUI-like stylesheet of the previews and the reports' own stylesheet inline, the charts inline SVG, no script and
 * nothing loaded from the network. Used by the command line's {@code report}. Needs no host service.
 */
public final class ReportsPreview {
    /** Classpath location of the reports template (also rendered by {@code jira.reports.ReportsPageServlet}). */
    public static final String TEMPLATE = "templates/reports/reports.vm";
    /** Classpath location of the reports page's stylesheet (a download resource of its web-resource in Jira). */
    public static final String STYLESHEET = "css/postmortem-reports.css";
    /** What Jira's page decorator gives the page around the template: room inside the panel, a page-sized title. */
    private static final String STANDALONE_STYLE = ".pm-reports{max-width:1200px}"
            + ".pm-reports .pm-report-table thead th{white-space:normal;vertical-align:bottom}"
            + ".pm-reports .aui-page-panel-content{padding:4px 24px 16px}"
            + ".pm-reports h1{font-size:24px;line-height:28px;font-weight:500;margin:16px 0 0}"
            + ".pm-reports h2{font-size:20px;line-height:24px;font-weight:500}";

    private ReportsPreview() {
    }

    /** The reports page for {@code view}, its fixed words from {@code text} in {@code locale}'s language. */
    public static String render(ReportsView view, PanelText text, Locale locale) {
        String page = PanelPreview.merge(TEMPLATE, view, text);
        String head = "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>" + PanelPreview.resource(PanelPreview.PREVIEW_STYLESHEET) + "</style>"
                + "<style>" + PanelPreview.resource(STYLESHEET) + STANDALONE_STYLE + "</style>";
        // The template is the body Jira's decorator wraps: in the standalone page its head gets the charset and the
        // styles, and the decorator's meta element (meaningless here) is left out.
        String html = page
                .replaceFirst("\\s*<meta name=\"decorator\" content=\"atl.general\">", "")
                .replaceFirst("<html>", "<html lang=\"" + Html.escape(locale.toLanguageTag()) + "\">")
                .replaceFirst("<head>", "<head>" + head.replace("\\", "\\\\").replace("$", "\\$"));
        return "<!DOCTYPE html>\n" + html;
    }
}
