package io.postmortems.panel;

/** One written section of the post-mortem (summary, impact, root cause...). Escaped. */
public final class SectionRow {
    private final String pathHtml;
    private final String anchorHtml;
    private final String labelHtml;
    private final String valueHtml;
    private final boolean list;

    SectionRow(String path, String anchor, String label, String value, boolean list) {
        this.pathHtml = Html.escape(path);
        this.anchorHtml = Html.escape(anchor);
        this.labelHtml = Html.escape(label);
        this.valueHtml = Html.escape(value);
        this.list = list;
    }

    /** The document path the section edits, e.g. rootCause.description. */
    public String getPathHtml() { return pathHtml; }
    public String getAnchorHtml() { return anchorHtml; }
    public String getLabelHtml() { return labelHtml; }
    /** The text; for list sections one item per line. */
    public String getValueHtml() { return valueHtml; }
    public boolean isEmpty() { return valueHtml.isEmpty(); }
    /** A list section (one item per line when edited). */
    public boolean isList() { return list; }
}
