package io.postmortems.panel;

/** One option of a select in the editor. Escaped. */
public final class ChoiceOption {
    private final String valueHtml;
    private final String labelHtml;
    private final boolean selected;
    private final String dueWeeksHtml;

    ChoiceOption(String value, String label, boolean selected, Integer dueWeeks) {
        this.valueHtml = Html.escape(value);
        this.labelHtml = Html.escape(label);
        this.selected = selected;
        this.dueWeeksHtml = dueWeeks == null ? "" : dueWeeks.toString();
    }

    /** What the document stores when this option is chosen ("" for none). */
    public String getValueHtml() { return valueHtml; }
    public String getLabelHtml() { return labelHtml; }
    public boolean isSelected() { return selected; }
    /** For a severity: the weeks until a new countermeasure is due; else empty. */
    public String getDueWeeksHtml() { return dueWeeksHtml; }
}
