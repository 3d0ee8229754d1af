package io.postmortems.jira.reminders;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reminder that was sent (or is being sent): kind, recipient, countermeasure ticket ("*" for a digest) and period.
 * {@link #getClaimKey()} is unique, so inserting the row is the claim: of two nodes, or a node before and after a
 * restart, only the first insert succeeds, and only its caller sends the message.
 */
@Table("PM_REMINDER")
public interface ReminderSentEntity extends Entity {
    /** SHA-256 (hex) of kind, recipient, countermeasure key and period: fixed length, whatever the user names. */
    @NotNull
    @Unique
    @StringLength(64)
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(255)
    String getRecipient();

    void setRecipient(String recipient);

    @NotNull
    @StringLength(255)
    String getCountermeasureIssueKey();

    void setCountermeasureIssueKey(String countermeasureIssueKey);

    @NotNull
    @StringLength(40)
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** Epoch milliseconds of the claim. */
    @NotNull
    @Indexed
    long getSentAt();

    void setSentAt(long sentAt);
}
