package io.postmortems.panel;

/** One named key time in the editor ({@code times.custom[i]}): its name and its time in the viewer's zone. Escaped. */
public final class NamedTimeRow {
    private final int index;
    private final String pathHtml;
    private final String anchorHtml;
    private final String nameHtml;
    private final String atHtml;

    NamedTimeRow(int index, String name, String at) {
        this.index = index;
        this.pathHtml = Html.escape("times.custom[" + index + "]");
        this.anchorHtml = Html.escape(PanelViews.anchor("times.custom[" + index + "]"));
        this.nameHtml = Html.escape(name);
        this.atHtml = Html.escape(at);
    }

    /** {@code times.custom[i]}; its inputs edit {@code .name} and {@code .at}. */
    public String getPathHtml() { return pathHtml; }
    /** The row's position in {@code times.custom}. */
    public int getIndex() { return index; }
    /** Prefix of its inputs' element ids ({@code pm-field-times-custom-0}, then "-name" and "-at"). */
    public String getAnchorHtml() { return anchorHtml; }
    public String getNameHtml() { return nameHtml; }
    /** The time as a datetime-local value in the viewer's zone. */
    public String getAtHtml() { return atHtml; }
}
