package io.postmortems.panel;

import java.util.List;

/** A titled group of the editor's inputs (overview, key times, meeting...). Escaped. */
public final class EditGroup {
    private final String idHtml;
    private final String titleHtml;
    private final String hintHtml;
    private final List<EditField> fields;
    private final boolean times;
    private final boolean countermeasures;

    EditGroup(String id, String title, String hint, List<EditField> fields, boolean times, boolean countermeasures) {
        this.idHtml = Html.escape(id);
        this.titleHtml = Html.escape(title);
        this.hintHtml = Html.escape(hint);
        this.fields = List.copyOf(fields);
        this.times = times;
        this.countermeasures = countermeasures;
    }

    public String getIdHtml() { return idHtml; }
    public String getTitleHtml() { return titleHtml; }
    public String getHintHtml() { return hintHtml; }
    public boolean isHasHint() { return !hintHtml.isEmpty(); }
    public List<EditField> getFields() { return fields; }
    /** The key-times group: the named times follow its fields. */
    public boolean isTimes() { return times; }
    /** The countermeasures group: the countermeasure rows come before its fields (the ideas). */
    public boolean isCountermeasures() { return countermeasures; }
}
