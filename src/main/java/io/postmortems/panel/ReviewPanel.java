package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the panel shows about review and approval, for one viewer: the status, one button per step the viewer may
 * take now, and who approved when. Immutable; every getter that returns text is HTML-escaped. Built from facts the
 * Jira side supplies (the status, the steps the lifecycle rule allows this viewer, the approval).
 *
 * <p>Buttons: id {@code pm-status-<code>} (e.g. {@code pm-status-in_review}); each calls
 * {@code POST /rest/postmortems/1.0/issue/{key}/status} with {@code {"status": code, "revision": revision}}.
 */
public final class ReviewPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One step the viewer may take: the target status code, the button id and its escaped label. */
    public record Step(String code, String buttonId, String label) {
    }

    private final String statusCode;
    private final String statusLabel;
    private final List<Step> steps;
    private final String approverName;
    private final String approvedAt;
    private final boolean canPublish;

    private ReviewPanel(String statusCode, String statusLabel, List<Step> steps, String approverName,
                        String approvedAt, boolean canPublish) {
        this.statusCode = statusCode;
        this.statusLabel = statusLabel;
        this.steps = List.copyOf(steps);
        this.approverName = approverName;
        this.approvedAt = approvedAt;
        this.canPublish = canPublish;
    }

    /**
     * @param status     current status (null reads as Draft)
     * @param nextSteps  the statuses the viewer may move it to, in lifecycle order
     * @param approval   approver and time; null when not approved
     * @param canPublish the viewer may publish
     * @param zone       the viewer's zone for the approval time
     * @param text       the viewer's texts ({@code postmortems.panel.review.*})
     */
    public static ReviewPanel of(Status status, List<Status> nextSteps, Approval approval, boolean canPublish,
                                 ZoneId zone, PanelText text) {
        Status current = status == null ? Status.DRAFT : status;
        List<Step> steps = new ArrayList<>();
        for (Status to : nextSteps) {
            String code = to.name().toLowerCase(Locale.ROOT);
            steps.add(new Step(to.name(), "pm-status-" + code,
                    Html.escape(text.text("postmortems.panel.review.to." + to.name()))));
        }
        String name = approval == null ? "" : Html.escape(approval.getApproverName() == null ? ""
                : approval.getApproverName());
        String at = approval == null || approval.getApprovedAt() == null ? ""
                : TIME.format(approval.getApprovedAt().atZoneSameInstant(zone));
        return new ReviewPanel(current.name(), Html.escape(text.text("postmortems.panel.review.status."
                + current.name())), steps, name, at, canPublish);
    }

    /** DRAFT, IN_REVIEW, APPROVED or PUBLISHED (a CSS class or data attribute, never shown). */
    public String statusCode() { return statusCode; }
    public String statusLabel() { return statusLabel; }
    public List<Step> steps() { return steps; }
    /** Escaped; empty when not approved. */
    public String approverName() { return approverName; }
    /** In the viewer's zone; empty when not approved. */
    public String approvedAt() { return approvedAt; }
    public boolean approved() { return !approvedAt.isEmpty() || !approverName.isEmpty(); }
    public boolean canPublish() { return canPublish; }
}
