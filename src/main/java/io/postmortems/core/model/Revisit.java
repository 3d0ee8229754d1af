package io.postmortems.core.model;

import java.time.OffsetDateTime;

/**
 * One revisit of a published post-mortem: is the write-up still accurate, are its countermeasures holding, did the
 * incident recur; with notes, who and when. Written by the app through its own endpoint, never by a document save.
 */
public class Revisit extends Extensible {
    private Boolean stillAccurate;
    private Boolean countermeasuresHolding;
    private Boolean recurred;
    private String notes;
    /** The user key of who recorded it; used for checks, never shown. */
    private String revisitedByKey;
    /** Their display name at the time; shown on the panel and the page. */
    private String revisitedByName;
    private OffsetDateTime revisitedAt;

    public Boolean getStillAccurate() { return stillAccurate; }
    public void setStillAccurate(Boolean stillAccurate) { this.stillAccurate = stillAccurate; }
    public Boolean getCountermeasuresHolding() { return countermeasuresHolding; }
    public void setCountermeasuresHolding(Boolean holding) { this.countermeasuresHolding = holding; }
    public Boolean getRecurred() { return recurred; }
    public void setRecurred(Boolean recurred) { this.recurred = recurred; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getRevisitedByKey() { return revisitedByKey; }
    public void setRevisitedByKey(String revisitedByKey) { this.revisitedByKey = revisitedByKey; }
    public String getRevisitedByName() { return revisitedByName; }
    public void setRevisitedByName(String revisitedByName) { this.revisitedByName = revisitedByName; }
    public OffsetDateTime getRevisitedAt() { return revisitedAt; }
    public void setRevisitedAt(OffsetDateTime revisitedAt) { this.revisitedAt = revisitedAt; }
}
