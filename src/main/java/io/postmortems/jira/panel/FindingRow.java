package io.postmortems.jira.panel;

/** One review finding on the panel. Every String getter returns HTML-escaped text (hence the "Html" suffix). */
public final class FindingRow {
    private final String levelHtml;
    private final String lozengeHtml;
    private final String messageHtml;
    private final String fieldHtml;
    private final String anchorHtml;

    FindingRow(String level, String lozenge, String message, String field, String anchor) {
        this.levelHtml = Html.escape(level);
        this.lozengeHtml = Html.escape(lozenge);
        this.messageHtml = Html.escape(message);
        this.fieldHtml = Html.escape(field);
        this.anchorHtml = Html.escape(anchor);
    }

    /** Localised level name (error, warning, hint). */
    public String getLevelHtml() { return levelHtml; }
    /** AUI lozenge modifier class for the level. */
    public String getLozengeHtml() { return lozengeHtml; }
    public String getMessageHtml() { return messageHtml; }
    /** The document field the finding points at, e.g. times.detected. */
    public String getFieldHtml() { return fieldHtml; }
    /** Element id of that field's editor, for an in-page link. */
    public String getAnchorHtml() { return anchorHtml; }
}
