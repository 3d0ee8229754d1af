package io.postmortems.jira.publish;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The durable publish outbox: one row per issue (unique issue id), holding whether a publish is wanted, the
 * outcome of the last attempt and when to try again. Rows survive restarts; any node's worker picks up due rows.
 */
@Table("PM_PUBLISH")
public interface PublishRequestEntity extends Entity {
    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    /** A {@link io.postmortems.jira.publish.PublishStatus.State} name. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getState();

    void setState(String state);

    /** Key of the user the publish acts as. */
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(30)
    String getTrigger();

    void setTrigger(String trigger);

    /** Counts requests; a worker that finishes while this moved on leaves the row pending for another pass. */
    @NotNull
    long getRequestSeq();

    void setRequestSeq(long requestSeq);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    /** Epoch milliseconds when the row is due. */
    @NotNull
    @Indexed
    long getNextAttemptAt();

    void setNextAttemptAt(long nextAttemptAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    /** Reason of the last failure: a {@link PublishMessage} as JSON (i18n key and arguments), never rendered text. */
    @StringLength(450)
    String getLastError();

    void setLastError(String lastError);

    @StringLength(450)
    String getPageUrl();

    void setPageUrl(String pageUrl);

    Integer getPageVersion();

    void setPageVersion(Integer pageVersion);
}
