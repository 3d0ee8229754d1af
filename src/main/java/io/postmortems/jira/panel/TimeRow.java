package io.postmortems.jira.panel;

/** A labelled value: a key time in the viewer's zone, or a computed duration. Escaped. */
public final class TimeRow {
    private final String labelHtml;
    private final String valueHtml;

    TimeRow(String label, String value) {
        this.labelHtml = Html.escape(label);
        this.valueHtml = Html.escape(value);
    }

    public String getLabelHtml() { return labelHtml; }
    public String getValueHtml() { return valueHtml; }
}
