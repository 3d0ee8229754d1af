package io.postmortems.core.workflow;

import io.postmortems.core.model.Approval;

import java.time.OffsetDateTime;

/**
 * Whether a successful publish is announced (comments on the post-mortem and its incidents): the first publish,
 * which creates the page, always; a later one only when the administrator asked for announcements of major updates
 * and the post-mortem was approved again since it was last announced. A page published before announcements
 * existed (page known, never announced) is not announced on its next publish.
 */
public final class Announcements {
    private Announcements() {
    }

    public enum Due {
        NONE, FIRST_PUBLISH, MAJOR_UPDATE
    }

    /**
     * @param pageExisted          the document knew its page before this publish
     * @param announcedAt          when it was last announced; null if never
     * @param approval             its current approval; null if none
     * @param announceMajorUpdates the administrator's choice
     */
    public static Due due(boolean pageExisted, OffsetDateTime announcedAt, Approval approval,
                          boolean announceMajorUpdates) {
        if (!pageExisted && announcedAt == null) {
            return Due.FIRST_PUBLISH;
        }
        if (announceMajorUpdates && announcedAt != null && approval != null && approval.getApprovedAt() != null
                && approval.getApprovedAt().isAfter(announcedAt)) {
            return Due.MAJOR_UPDATE;
        }
        return Due.NONE;
    }
}
