package io.postmortems.panel;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PanelViewsTest {
    @Test
    public void build_shouldEscapeUserTextShowViewerZoneAndFlagOverdue() {
        PanelView view = PanelSamples.view();
        assertEquals("America/New_York", view.getZoneHtml());
        assertEquals("2026-03-01 08:00", view.getTimes().get(0).getValueHtml());
        assertEquals("12m", view.getDurations().get(0).getValueHtml());
        CountermeasureRow late = view.getCountermeasures().get(1);
        assertTrue(late.getSummaryHtml().contains("&lt;script&gt;"));
        assertTrue(late.isOverdue());
        assertFalse(view.getCountermeasures().get(0).isOverdue());
        assertEquals("High", view.getCountermeasures().get(0).getPriorityHtml());
        assertEquals(1, view.getPendingCount());
        assertEquals("https://wiki.example/pages/1?a=1&amp;b=2", view.getPageUrlHtml());
        assertEquals("aui-lozenge-success", view.getPublishLozengeHtml());
    }

    @Test
    public void build_shouldGroupFindingsByLevelWithTheirFormattedMessages() {
        List<FindingGroup> groups = PanelSamples.view().getFindingGroups();
        assertEquals(List.of("Errors", "Warnings", "Hints"), groups.stream().map(FindingGroup::getLevelHtml).toList());
        assertEquals(List.of(1, 2, 1), groups.stream().map(FindingGroup::getCount).toList());
        assertEquals("aui-lozenge-error", groups.get(0).getLozengeHtml());
        assertEquals("Describe the root cause before publishing.", groups.get(0).getFindings().get(0).getMessageHtml());
        FindingRow blame = groups.get(1).getFindings().stream().filter(FindingRow::isHasQuote).findFirst().orElseThrow();
        assertEquals("&quot;careless&quot; reads as blame; describe what the system allowed instead.",
                blame.getMessageHtml());
        assertEquals("The careless engineer pushed it.", blame.getQuoteHtml());
        assertEquals("Detected (14:12) is before started (14:00).", groups.get(2).getFindings().get(0).getMessageHtml());
    }

    @Test
    public void build_shouldLinkEachFindingToThePanelPartShowingItsField() {
        List<FindingGroup> groups = PanelSamples.view().getFindingGroups();
        assertEquals("pm-field-rootCause-description", groups.get(0).getFindings().get(0).getAnchorHtml());
        assertEquals("pm-field-countermeasures-2", groups.get(1).getFindings().get(0).getAnchorHtml());
        assertEquals("pm-field-times", groups.get(2).getFindings().get(0).getAnchorHtml());
    }

    @Test
    public void anchorFor_shouldFallBackToTheEnclosingPartThenThePanel() {
        Set<String> anchors = Set.of("pm-field-timeline", "pm-field-timeline-0");
        assertEquals("pm-field-timeline-0", PanelViews.anchorFor("timeline[0].text", anchors));
        assertEquals("pm-field-timeline", PanelViews.anchorFor("timeline[9].text", anchors));
        assertEquals("pm-panel", PanelViews.anchorFor("meeting.date", anchors));
        assertEquals("pm-panel", PanelViews.anchorFor(null, anchors));
    }

    @Test
    public void build_shouldSortTheTimelineButAnchorRowsByDocumentIndexAndLinkOnlyHttpEvidence() {
        List<TimelineRow> rows = PanelSamples.view().getTimeline();
        assertEquals("e1", rows.get(0).getIdHtml());
        assertEquals("pm-field-timeline-1", rows.get(0).getAnchorHtml());
        assertEquals("Checkout error rate alert &lt;fired&gt;", rows.get(0).getTextHtml());
        assertEquals("https://grafana.example/d/checkout?from=1&amp;to=2", rows.get(0).getEvidenceUrlHtml());
        assertFalse("javascript: is never a link", rows.get(1).isHasEvidence());
    }

    @Test
    public void build_shouldShowEverySectionEscapedWithListsOnePerLine() {
        List<SectionRow> sections = PanelSamples.view().getSections();
        SectionRow what = sections.stream().filter(s -> s.getPathHtml().equals("impact.whatAffected")).findFirst()
                .orElseThrow();
        assertEquals("Checkout &lt;b&gt;and&lt;/b&gt; refunds", what.getValueHtml());
        SectionRow lessons = sections.stream().filter(s -> s.getPathHtml().equals("lessonsLearned")).findFirst()
                .orElseThrow();
        assertTrue(lessons.isList());
        assertEquals("Config changes need a canary\nAlert on error rate, not only latency", lessons.getValueHtml());
        SectionRow resolution = sections.stream().filter(s -> s.getPathHtml().equals("resolution")).findFirst()
                .orElseThrow();
        assertTrue(resolution.isEmpty());
        assertEquals("Resolution", resolution.getLabelHtml());
    }

    @Test
    public void build_shouldWarnOnlyWhenTheStatusLookupFailed() {
        PanelView failed = PanelViews.build(PanelSamples.input(true, TicketStates.unavailable()));
        assertTrue(failed.isStatusesUnavailable());
        assertEquals("Status not visible to you", failed.getCountermeasures().get(0).getStatusHtml());
        assertFalse(PanelSamples.view().isStatusesUnavailable());
    }

    @Test
    public void preview_shouldBuildFromADocumentAloneWithUnknownStatusesAndNothingEditable() {
        ResourceBundle bundle = ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH);
        PostMortem doc = PanelSamples.document();
        PanelView view = PanelViews.preview(doc, new ReviewReport(List.of()), ZoneId.of("UTC"), bundle,
                LocalDate.of(2026, 3, 15));
        assertFalse(view.isCanEdit());
        assertFalse(view.isStatusesUnavailable());
        assertEquals("Status unknown", view.getCountermeasures().get(0).getStatusHtml());
        assertEquals("No ticket yet", view.getCountermeasures().get(2).getStatusHtml());
        assertEquals("Not published", view.getPublishStateHtml());
        assertEquals("PM-1", view.getIssueKeyHtml());
        assertFalse(view.isHasFindings());
        assertEquals("2026-03-01 13:00", view.getTimes().get(0).getValueHtml());
    }
}
