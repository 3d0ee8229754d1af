package io.postmortems.panel;

/** One review finding on the panel. Every String getter returns HTML-escaped text (hence the "Html" suffix). */
public final class FindingRow {
    private final String messageHtml;
    private final String fieldHtml;
    private final String anchorHtml;
    private final String quoteHtml;

    FindingRow(String message, String field, String anchor, String quote) {
        this.messageHtml = Html.escape(message);
        this.fieldHtml = Html.escape(field);
        this.anchorHtml = Html.escape(anchor);
        this.quoteHtml = Html.escape(quote);
    }

    /** The finding's message in the viewer's language, arguments filled in. */
    public String getMessageHtml() { return messageHtml; }
    /** The document field the finding points at, e.g. times.detected. */
    public String getFieldHtml() { return fieldHtml; }
    /** Element id of the panel part that shows that field, for an in-page link. */
    public String getAnchorHtml() { return anchorHtml; }
    /** For language findings, the sentence with the flagged words; else empty. */
    public String getQuoteHtml() { return quoteHtml; }
    public boolean isHasQuote() { return !quoteHtml.isEmpty(); }
}
