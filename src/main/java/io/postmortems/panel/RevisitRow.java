package io.postmortems.panel;

/** One recorded revisit of the published post-mortem. Escaped. */
public final class RevisitRow {
    private final String recordedHtml;
    private final String stillAccurateHtml;
    private final String countermeasuresHoldingHtml;
    private final String recurredHtml;
    private final String notesHtml;

    RevisitRow(String recorded, String stillAccurate, String countermeasuresHolding, String recurred, String notes) {
        this.recordedHtml = Html.escape(recorded);
        this.stillAccurateHtml = Html.escape(stillAccurate);
        this.countermeasuresHoldingHtml = Html.escape(countermeasuresHolding);
        this.recurredHtml = Html.escape(recurred);
        this.notesHtml = Html.escape(notes);
    }

    /** "by NAME on DAY". */
    public String getRecordedHtml() { return recordedHtml; }
    public String getStillAccurateHtml() { return stillAccurateHtml; }
    public String getCountermeasuresHoldingHtml() { return countermeasuresHoldingHtml; }
    public String getRecurredHtml() { return recurredHtml; }
    public String getNotesHtml() { return notesHtml; }
    public boolean isHasNotes() { return !notesHtml.isEmpty(); }
}
