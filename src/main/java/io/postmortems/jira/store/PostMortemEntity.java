package io.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of an issue's post-mortem document. A save inserts the next revision; {@link #getRevisionKey()}
 * ("issueId:revision") is unique, so two concurrent saves of the same revision cannot both succeed on any database
 * or cluster node. Older revisions are deleted after a successful save.
 *
 * <p>The JSON lives in an unlimited-length text column (CLOB/TEXT), because documents outgrow the 32 KB limit of
 * Jira issue properties.</p>
 */
@Table("PM_DOCUMENT")
public interface PostMortemEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getRevision();

    void setRevision(long revision);

    @NotNull
    @Unique
    @StringLength(64)
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    /** Schema version of the JSON as written (lets a future upgrade task find documents to migrate). */
    @NotNull
    int getSchemaVersion();

    void setSchemaVersion(int schemaVersion);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getJson();

    void setJson(String json);

    /** Epoch milliseconds of the save. */
    @NotNull
    long getSavedAt();

    void setSavedAt(long savedAt);
}
