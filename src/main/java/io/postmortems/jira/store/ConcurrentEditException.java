package io.postmortems.jira.store;

/** Someone saved the post-mortem after the caller read it; the caller reloads and reapplies its change. */
public class ConcurrentEditException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long currentRevision;

    public ConcurrentEditException(long issueId, long expected, long currentRevision) {
        super("post-mortem of issue " + issueId + " is at revision " + currentRevision + ", not " + expected);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
