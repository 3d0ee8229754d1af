package io.postmortems.panel;

import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Status;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReviewPanelTest {
    private static final PanelText TEXT = (key, args) -> key.substring(key.lastIndexOf('.') + 1) + "<b>";

    @Test
    public void of_shouldEscapeTheApproverAndShowTheTimeInTheViewersZone() {
        ReviewPanel panel = ReviewPanel.of(Status.APPROVED, List.of(Status.IN_REVIEW),
                new Approval("k", "Ada <script>", OffsetDateTime.parse("2026-04-02T08:15:00Z")), true,
                ZoneId.of("Europe/Berlin"), TEXT);
        assertEquals("Ada &lt;script&gt;", panel.approverName());
        assertEquals("2026-04-02 10:15", panel.approvedAt());
        assertTrue(panel.approved());
        assertEquals("APPROVED", panel.statusCode());
        assertEquals("APPROVED&lt;b&gt;", panel.statusLabel());
        assertEquals(List.of(new ReviewPanel.Step("IN_REVIEW", "pm-status-in_review", "IN_REVIEW&lt;b&gt;")),
                panel.steps());
    }

    @Test
    public void of_shouldReadAMissingStatusAsDraftWithoutApproval() {
        ReviewPanel panel = ReviewPanel.of(null, List.of(), null, false, ZoneId.of("UTC"), TEXT);
        assertEquals("DRAFT", panel.statusCode());
        assertFalse(panel.approved());
        assertEquals("", panel.approverName());
        assertFalse(panel.canPublish());
    }
}
