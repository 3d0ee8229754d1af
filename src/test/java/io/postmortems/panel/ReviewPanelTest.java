package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReviewPanelTest {
    private static final PanelText TEXT = (key, args) -> key.substring(key.lastIndexOf('.') + 1) + "<b>"
            + String.join("|", args);

    @Test
    public void of_shouldEscapeTheApproverAndShowTheTimeInTheViewersZone() {
        ReviewPanel panel = ReviewPanel.of(new ReviewState(Status.APPROVED, List.of(Status.IN_REVIEW),
                new Approval("k", "Ada <script>", OffsetDateTime.parse("2026-04-02T08:15:00Z")), true),
                ZoneId.of("Europe/Berlin"), TEXT);
        assertEquals("Ada &lt;script&gt;", panel.getApproverNameHtml());
        assertEquals("2026-04-02 10:15", panel.getApprovedAtHtml());
        assertEquals("approvedBy&lt;b&gt;Ada &lt;script&gt;|2026-04-02 10:15", panel.getApprovedByHtml());
        assertTrue(panel.isApproved());
        assertTrue(panel.isCanPublish());
        assertEquals("APPROVED", panel.getStatusCodeHtml());
        assertEquals("APPROVED&lt;b&gt;", panel.getStatusLabelHtml());
        assertEquals("aui-lozenge-current", panel.getLozengeHtml());
        assertEquals(List.of(new ReviewStep("IN_REVIEW", "pm-status-in_review", "IN_REVIEW<b>")),
                panel.getSteps());
        assertEquals("IN_REVIEW&lt;b&gt;", panel.getSteps().get(0).getLabelHtml());
    }

    @Test
    public void of_shouldReadAMissingStatusAsDraftWithoutApprovalOrSteps() {
        ReviewPanel panel = ReviewPanel.of(new ReviewState(null, null, null, false), ZoneId.of("UTC"), TEXT);
        assertEquals("DRAFT", panel.getStatusCodeHtml());
        assertFalse(panel.isApproved());
        assertFalse(panel.isHasSteps());
        assertEquals("", panel.getApproverNameHtml());
        assertEquals("", panel.getApprovedByHtml());
        assertFalse(panel.isCanPublish());
    }

    @Test
    public void recorded_shouldTakeTheDocumentsStatusAndApprovalWithoutSteps() {
        PostMortem doc = new PostMortem();
        doc.setStatus(Status.PUBLISHED);
        doc.setApproval(new Approval("k", "Ada", OffsetDateTime.parse("2026-04-02T08:15:00Z")));
        ReviewPanel panel = ReviewPanel.of(ReviewState.recorded(doc, true), ZoneId.of("UTC"), TEXT);
        assertEquals("PUBLISHED", panel.getStatusCodeHtml());
        assertEquals("aui-lozenge-success", panel.getLozengeHtml());
        assertEquals("approvedBy&lt;b&gt;Ada|2026-04-02 08:15", panel.getApprovedByHtml());
        assertFalse(panel.isHasSteps());
        assertTrue(panel.isCanPublish());
    }
}
