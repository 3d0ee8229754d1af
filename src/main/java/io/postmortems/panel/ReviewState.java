package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Status;

import java.util.List;

/**
 * The review and approval facts the panel is built from, for one viewer: the Jira side takes them from the lifecycle
 * rule ({@code PostMortemService.lifecycle}); the command-line preview has none.
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
}
