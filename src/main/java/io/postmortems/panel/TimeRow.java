package io.postmortems.panel;

/** A labelled value: a key time in the viewer's zone, a computed duration, a fact or a note. Escaped. */
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
