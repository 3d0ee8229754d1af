package io.postmortems.jira.publish;

import java.util.Optional;

/** The durable publish outbox: requests survive node restarts and are worked one at a time per issue. */
public interface PublishRequests {
    /** Queues a publish of the issue's post-mortem on behalf of a user; a pending request is not duplicated. */
    void request(long issueId, String userKey, Trigger trigger);

    /** The latest publishing state of an issue, for the panel. */
    Optional<PublishStatus> statusOf(long issueId);

    enum Trigger {
        TRANSITION_TO_DONE, PUBLISH_NOW
    }
}
