package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;

import java.util.List;

/**
 * The review and approval facts the panel is built from, for one viewer: the Jira side takes them from the lifecycle
 * rule ({@code PostMortemService.lifecycle}); without Jira (the command-line preview) they are the document's own,
 * {@link #recorded}.
 *
 * @param status     current status (null reads as Draft)
 * @param nextSteps  the statuses the viewer may move it to, in lifecycle order
 * @param approval   approver and time; null when not approved
 * @param canPublish the viewer may publish now
 */
public record ReviewState(Status status, List<Status> nextSteps, Approval approval, boolean canPublish) {
    public ReviewState {
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }

    /**
     * What the document itself records (its status and approval) when no lifecycle rule is asked: no steps, since
     * nobody is there to take them. The preview's panel shows the same status as the page and the preview index.
     */
    public static ReviewState recorded(PostMortem document, boolean canPublish) {
        return new ReviewState(document.getStatus(), List.of(), document.getApproval(), canPublish);
    }
}
