package io.postmortems.core.model;

import java.time.OffsetDateTime;

/**
 * The effectiveness check of a done countermeasure: its outcome, why (required), and who recorded it when. Written by
 * the app through its own endpoint, never by a document save; see {@link io.postmortems.core.followthrough.FollowThrough}
 * for when it falls due.
 */
public class EffectivenessCheck extends Extensible {
    private EffectivenessOutcome outcome;
    private String reason;
    /** The user key of who recorded it (stable across renames); used for checks, never shown. */
    private String checkedByKey;
    /** Their display name at the time; shown on the panel and the page. */
    private String checkedByName;
    private OffsetDateTime checkedAt;

    public EffectivenessCheck() {
    }

    public EffectivenessCheck(EffectivenessOutcome outcome, String reason, String checkedByKey, String checkedByName,
                              OffsetDateTime checkedAt) {
        this.outcome = outcome;
        this.reason = reason;
        this.checkedByKey = checkedByKey;
        this.checkedByName = checkedByName;
        this.checkedAt = checkedAt;
    }

    public EffectivenessOutcome getOutcome() { return outcome; }
    public void setOutcome(EffectivenessOutcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCheckedByKey() { return checkedByKey; }
    public void setCheckedByKey(String checkedByKey) { this.checkedByKey = checkedByKey; }
    public String getCheckedByName() { return checkedByName; }
    public void setCheckedByName(String checkedByName) { this.checkedByName = checkedByName; }
    public OffsetDateTime getCheckedAt() { return checkedAt; }
    public void setCheckedAt(OffsetDateTime checkedAt) { this.checkedAt = checkedAt; }
}
