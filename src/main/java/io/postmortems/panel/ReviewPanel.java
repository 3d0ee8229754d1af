package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Status;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the panel shows about review and approval, for one viewer: the status as a lozenge, one button per step the
 * viewer may take now, and who approved when. A part of {@link PanelView}; immutable; every String getter ends in
 * "Html" and is already HTML-escaped.
 *
 * <p>Buttons: id {@code pm-status-<code>} (e.g. {@code pm-status-in_review}); each calls
 * {@code POST /rest/postmortems/1.0/issue/{key}/status} with {@code {"status": code, "revision": revision}}.
 */
public final class ReviewPanel {

    private final String statusCodeHtml;
    private final String statusLabelHtml;
    private final String lozengeHtml;
    private final List<ReviewStep> steps;
    private final String approverNameHtml;
    private final String approvedAtHtml;
    private final String approvedByHtml;
    private final boolean canPublish;

    private ReviewPanel(Status status, List<ReviewStep> steps, String approverName, String approvedAt, String approvedBy,
                        boolean canPublish, PanelText text) {
        this.statusCodeHtml = Html.escape(status.name());
        this.statusLabelHtml = Html.escape(text.text("postmortems.panel.review.status." + status.name()));
        this.lozengeHtml = lozenge(status);
        this.steps = List.copyOf(steps);
        this.approverNameHtml = Html.escape(approverName);
        this.approvedAtHtml = Html.escape(approvedAt);
        this.approvedByHtml = Html.escape(approvedBy);
        this.canPublish = canPublish;
    }

    /**
     * @param facts the lifecycle facts (a null status reads as Draft)
     * @param zone  the viewer's zone for the approval time
     * @param text  the viewer's texts ({@code postmortems.panel.review.*})
     */
    static ReviewPanel of(ReviewState facts, ZoneId zone, PanelText text) {
        Status current = facts.status() == null ? Status.DRAFT : facts.status();
        List<ReviewStep> steps = new ArrayList<>();
        for (Status to : facts.nextSteps()) {
            steps.add(new ReviewStep(to.name(), "pm-status-" + to.name().toLowerCase(Locale.ROOT),
                    text.text("postmortems.panel.review.to." + to.name())));
        }
        Approval approval = facts.approval();
        String name = approval == null || approval.getApproverName() == null ? "" : approval.getApproverName();
        String at = approval == null ? "" : PanelViews.format(approval.getApprovedAt(), zone);
        String by = approval == null ? "" : text.text("postmortems.panel.review.approvedBy", List.of(name, at));
        return new ReviewPanel(current, steps, name, at, by, facts.canPublish(), text);
    }

    private static String lozenge(Status status) {
        return switch (status) {
            case DRAFT -> "";
            case IN_REVIEW -> "aui-lozenge-inprogress";
            case APPROVED -> "aui-lozenge-current";
            case PUBLISHED -> "aui-lozenge-success";
        };
    }

    /** DRAFT, IN_REVIEW, APPROVED or PUBLISHED (a data attribute, never shown). */
    public String getStatusCodeHtml() { return statusCodeHtml; }
    public String getStatusLabelHtml() { return statusLabelHtml; }
    /** AUI lozenge modifier class for the status. */
    public String getLozengeHtml() { return lozengeHtml; }
    public List<ReviewStep> getSteps() { return steps; }
    public boolean isHasSteps() { return !steps.isEmpty(); }
    /** Empty when not approved. */
    public String getApproverNameHtml() { return approverNameHtml; }
    /** In the viewer's zone; empty when not approved. */
    public String getApprovedAtHtml() { return approvedAtHtml; }
    /** "Approved by X on Y"; empty when not approved. */
    public String getApprovedByHtml() { return approvedByHtml; }
    public boolean isApproved() { return !approvedByHtml.isEmpty(); }
    public boolean isCanPublish() { return canPublish; }
}
