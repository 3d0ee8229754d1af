package io.postmortems.panel;

/** One review step a viewer may take ({@link ReviewPanel}): the target status, the button id, the label; escaped. */
public final class ReviewStep {
    private final String codeHtml;
    private final String buttonIdHtml;
    private final String labelHtml;

    ReviewStep(String code, String buttonId, String label) {
        this.codeHtml = Html.escape(code);
        this.buttonIdHtml = Html.escape(buttonId);
        this.labelHtml = Html.escape(label);
    }

    /** The target status as the REST call names it (IN_REVIEW...). */
    public String getCodeHtml() { return codeHtml; }
    public String getButtonIdHtml() { return buttonIdHtml; }
    public String getLabelHtml() { return labelHtml; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewStep s && s.codeHtml.equals(codeHtml) && s.buttonIdHtml.equals(buttonIdHtml)
                && s.labelHtml.equals(labelHtml);
    }

    @Override
    public int hashCode() { return codeHtml.hashCode(); }

    @Override
    public String toString() { return codeHtml + "/" + buttonIdHtml + "/" + labelHtml; }
}
