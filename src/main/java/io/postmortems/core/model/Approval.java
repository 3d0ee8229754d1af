package io.postmortems.core.model;

import java.time.OffsetDateTime;

/**
 * Who approved the write-up and when; written by the app when the status becomes {@link Status#APPROVED}, kept while
 * it is Approved or Published, cleared when it goes back to review.
 */
public class Approval extends Extensible {
    /** The approver's user key (stable across renames); used for checks, never shown. */
    private String approverKey;
    /** The approver's display name at the time of approval; shown on the page and in the panel. */
    private String approverName;
    private OffsetDateTime approvedAt;

    public Approval() {
    }

    public Approval(String approverKey, String approverName, OffsetDateTime approvedAt) {
        this.approverKey = approverKey;
        this.approverName = approverName;
        this.approvedAt = approvedAt;
    }

    public String getApproverKey() { return approverKey; }
    public void setApproverKey(String approverKey) { this.approverKey = approverKey; }
    public String getApproverName() { return approverName; }
    public void setApproverName(String approverName) { this.approverName = approverName; }
    public OffsetDateTime getApprovedAt() { return approvedAt; }
    public void setApprovedAt(OffsetDateTime approvedAt) { this.approvedAt = approvedAt; }
}
