package io.postmortems.panel;

/** One option of a select in the editor. Escaped. */
public final class ChoiceOption {
    private final String valueHtml;
    private final String labelHtml;
    private final boolean selected;
    private final String dueWeeksHtml;
    private final String dueDateHtml;

    ChoiceOption(String value, String label, boolean selected, Integer dueWeeks) {
        this(value, label, selected, dueWeeks, null);
    }

    ChoiceOption(String value, String label, boolean selected, Integer dueWeeks, java.time.LocalDate dueDate) {
        this.valueHtml = Html.escape(value);
        this.labelHtml = Html.escape(label);
        this.selected = selected;
        this.dueWeeksHtml = dueWeeks == null ? "" : dueWeeks.toString();
        this.dueDateHtml = dueDate == null ? "" : dueDate.toString();
    }

    /** What the document stores when this option is chosen ("" for none). */
    public String getValueHtml() { return valueHtml; }
    public String getLabelHtml() { return labelHtml; }
    public boolean isSelected() { return selected; }
    /** For a severity: the weeks until a new countermeasure is due; else empty. */
    public String getDueWeeksHtml() { return dueWeeksHtml; }
    /** For a severity: the due date a new countermeasure gets (the server's rule, {@code DueDateTargets}); else empty. */
    public String getDueDateHtml() { return dueDateHtml; }
}
