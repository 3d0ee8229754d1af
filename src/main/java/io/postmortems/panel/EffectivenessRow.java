package io.postmortems.panel;

/** One done countermeasure's effectiveness check in the panel: when it is due, or what it found. Escaped. */
public final class EffectivenessRow {
    private final String idHtml;
    private final String labelHtml;
    private final String dueOnHtml;
    private final String dueTextHtml;
    private final boolean due;
    private final boolean checked;
    private final String outcomeHtml;
    private final String outcomeLozengeHtml;
    private final String recordedHtml;
    private final String reasonHtml;
    private final boolean offersFollowUp;
    private final String followUpHtml;

    record Parts(String id, String label, String dueOn, String dueText, boolean due, boolean checked, String outcome,
                 String outcomeLozenge, String recorded, String reason, boolean offersFollowUp, String followUp) {
    }

    EffectivenessRow(Parts p) {
        this.idHtml = Html.escape(p.id());
        this.labelHtml = Html.escape(p.label());
        this.dueOnHtml = Html.escape(p.dueOn());
        this.dueTextHtml = Html.escape(p.dueText());
        this.due = p.due();
        this.checked = p.checked();
        this.outcomeHtml = Html.escape(p.outcome());
        this.outcomeLozengeHtml = Html.escape(p.outcomeLozenge());
        this.recordedHtml = Html.escape(p.recorded());
        this.reasonHtml = Html.escape(p.reason());
        this.offersFollowUp = p.offersFollowUp();
        this.followUpHtml = Html.escape(p.followUp());
    }

    /** The countermeasure's id, for the endpoints. */
    public String getIdHtml() { return idHtml; }
    /** Its ticket key and summary. */
    public String getLabelHtml() { return labelHtml; }
    /** ISO day the check falls due; "" once checked. */
    public String getDueOnHtml() { return dueOnHtml; }
    /** "Check due since DAY" or "Check on DAY"; "" once checked. */
    public String getDueTextHtml() { return dueTextHtml; }
    /** Due today or earlier and not checked yet. */
    public boolean isDue() { return due; }
    public boolean isChecked() { return checked; }
    /** The outcome in words; "" until checked. */
    public String getOutcomeHtml() { return outcomeHtml; }
    /** AUI lozenge modifier for the outcome. */
    public String getOutcomeLozengeHtml() { return outcomeLozengeHtml; }
    /** "by NAME on DAY". */
    public String getRecordedHtml() { return recordedHtml; }
    public String getReasonHtml() { return reasonHtml; }
    /** Found not effective and no follow-up yet: the panel offers one. */
    public boolean isOffersFollowUp() { return offersFollowUp; }
    /** The follow-up's summary once one was made; "" otherwise. */
    public String getFollowUpHtml() { return followUpHtml; }
    public boolean isHasFollowUp() { return !followUpHtml.isEmpty(); }
}
