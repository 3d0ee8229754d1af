package io.postmortems.jira.store;

import io.postmortems.core.model.PostMortem;

import java.util.Optional;

/** Keeps the full post-mortem document of an issue (Active Objects) and mirrors its searchable facts for JQL. */
public interface PostMortemStore {
    /** The stored document of an issue, if it has one. */
    Optional<StoredPostMortem> load(long issueId);

    /**
     * Saves a new revision. {@code expectedRevision} is the revision the caller read (0 for a new document);
     * a different current revision means someone else saved in between.
     *
     * @throws ConcurrentEditException when the stored revision is not {@code expectedRevision}
     */
    StoredPostMortem save(long issueId, PostMortem document, long expectedRevision) throws ConcurrentEditException;

    /** A stored document and the revision it was saved as. */
    record StoredPostMortem(long issueId, PostMortem document, long revision) {
    }
}
