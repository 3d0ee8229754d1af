package io.postmortems.jira.panel;

/** One timeline event, time in the viewer's zone. Escaped. */
public final class TimelineRow {
    private final String idHtml;
    private final String atHtml;
    private final String kindHtml;
    private final String textHtml;

    TimelineRow(String id, String at, String kind, String text) {
        this.idHtml = Html.escape(id);
        this.atHtml = Html.escape(at);
        this.kindHtml = Html.escape(kind);
        this.textHtml = Html.escape(text);
    }

    public String getIdHtml() { return idHtml; }
    public String getAtHtml() { return atHtml; }
    public String getKindHtml() { return kindHtml; }
    public String getTextHtml() { return textHtml; }
}
