package io.postmortems.panel;

import java.util.List;

/**
 * One input of the editor: the document path it edits (its {@code data-field}, exactly as review findings name the
 * field), its label and hint in the viewer's language, its current value as the input shows it, and its kind, which
 * says how the panel's script turns the input back into the document's value. Escaped.
 */
public final class EditField {
    /** How a value is typed and stored. */
    enum Kind {
        /** one line of text */ TEXT("text"),
        /** free text over several lines */ AREA("area"),
        /** a list of statements, one a line */ LIST("list"),
        /** a short list, comma separated (services, tags, page titles) */ CSV("csv"),
        /** Jira issue keys, comma separated, suggested by Jira's issue picker */ ISSUES("csv"),
        /** a calendar day */ DATE("date"),
        /** an instant, typed in the viewer's zone and stored with its offset */ DATETIME("datetime"),
        /** one of a few values */ CHOICE("choice"),
        /** yes, no or not said */ BOOLEAN("boolean");

        final String attribute;

        Kind(String attribute) {
            this.attribute = attribute;
        }
    }

    private final String pathHtml;
    private final String idHtml;
    private final String labelHtml;
    private final String hintHtml;
    private final String valueHtml;
    private final Kind kind;
    private final List<ChoiceOption> options;

    EditField(String path, String id, String label, String hint, String value, Kind kind, List<ChoiceOption> options) {
        this.pathHtml = Html.escape(path);
        this.idHtml = Html.escape(id);
        this.labelHtml = Html.escape(label);
        this.hintHtml = Html.escape(hint);
        this.valueHtml = Html.escape(value);
        this.kind = kind;
        this.options = List.copyOf(options);
    }

    /** The document path, e.g. {@code times.detected}: the input's {@code data-field}. */
    public String getPathHtml() { return pathHtml; }
    /** The input's element id (where a finding about this field links). */
    public String getIdHtml() { return idHtml; }
    public String getLabelHtml() { return labelHtml; }
    public String getHintHtml() { return hintHtml; }
    public boolean isHasHint() { return !hintHtml.isEmpty(); }
    /** The current value as the input shows it (lists one item a line, times in the viewer's zone). */
    public String getValueHtml() { return valueHtml; }
    /** The input's {@code data-kind}: text, area, list, csv, date, datetime, choice or boolean. */
    public String getKindHtml() { return kind.attribute; }
    /** Suggests from Jira as the author types: "issue" (issue keys); false for a plain input. */
    public boolean isIssuePicker() { return kind == Kind.ISSUES; }
    /** A select (choice or boolean). */
    public boolean isSelect() { return kind == Kind.CHOICE || kind == Kind.BOOLEAN; }
    /** A date or time: a medium-width input. */
    public boolean isShort() { return kind == Kind.DATE || kind == Kind.DATETIME; }
    /** A textarea (free text or a list). */
    public boolean isMultiline() { return kind == Kind.AREA || kind == Kind.LIST; }
    /** A list, one item a line. */
    public boolean isList() { return kind == Kind.LIST; }
    /** The {@code type} of an input element: text, date or datetime-local. */
    public String getInputTypeHtml() {
        return switch (kind) {
            case DATE -> "date";
            case DATETIME -> "datetime-local";
            default -> "text";
        };
    }
    public List<ChoiceOption> getOptions() { return options; }
}
