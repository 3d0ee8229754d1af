package io.postmortems.jira.settings;

/**
 * Review, approval and announcement: what the administrator chooses. Immutable.
 *
 * @param approverRole         name of the project role whose members (in the post-mortem's project) may approve;
 *                             null or blank for none
 * @param approverGroup        name of the group whose members may approve; null or blank for none. When neither a
 *                             role nor a group is set, everyone who may edit the post-mortem may approve
 * @param forbidSelfApproval   the only author of a post-mortem may not approve it
 * @param editReturnsToReview  a saved change of an approved post-mortem returns it to In review
 * @param announcementEmail    address that gets an e-mail when a page is first published; null or blank for none
 * @param announcementGroup    Jira group whose members (active, with an address) get that e-mail too; null or blank
 *                             for none
 * @param announceMajorUpdates announce a re-publish too when the post-mortem was approved again since the last
 *                             announcement
 */
public record WorkflowSettings(String approverRole, String approverGroup, boolean forbidSelfApproval,
                               boolean editReturnsToReview, String announcementEmail, boolean announceMajorUpdates,
                               String announcementGroup) {
    public WorkflowSettings {
        approverRole = strippedOrNull(approverRole);
        approverGroup = strippedOrNull(approverGroup);
        announcementEmail = strippedOrNull(announcementEmail);
        announcementGroup = strippedOrNull(announcementGroup);
    }

    /** No approver role or group (editors approve), self-approval forbidden, edits return to review, no e-mail. */
    public static WorkflowSettings defaults() {
        return new WorkflowSettings(null, null, true, true, null, false, null);
    }

    /** Without an announcement group (settings stored before it existed, and tests). */
    public WorkflowSettings(String approverRole, String approverGroup, boolean forbidSelfApproval,
                            boolean editReturnsToReview, String announcementEmail, boolean announceMajorUpdates) {
        this(approverRole, approverGroup, forbidSelfApproval, editReturnsToReview, announcementEmail,
                announceMajorUpdates, null);
    }

    /** Whether an announcement e-mail has anyone to go to. */
    public boolean announcementMailConfigured() {
        return announcementEmail != null || announcementGroup != null;
    }

    /** Whether a role or a group restricts who may approve. */
    public boolean approversConfigured() {
        return approverRole != null || approverGroup != null;
    }

    private static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
