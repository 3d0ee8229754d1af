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
        assertEquals("an editor's link goes to the input", "pm-field-countermeasures-2-owner",
                groups.get(1).getFindings().get(0).getAnchorHtml());
        assertEquals("pm-field-times-detected", groups.get(2).getFindings().get(0).getAnchorHtml());
        List<FindingGroup> reader = PanelViews.build(PanelSamples.input(false, null)).getFindingGroups();
        assertEquals("a reader's link goes to the row", "pm-field-countermeasures-2",
                reader.get(1).getFindings().get(0).getAnchorHtml());
        assertEquals("pm-field-times", reader.get(2).getFindings().get(0).getAnchorHtml());
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

    private static EditField field(PanelView view, String path) {
        return view.getEditGroups().stream().flatMap(g -> g.getFields().stream())
                .filter(f -> f.getPathHtml().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    @Test
    public void build_shouldGiveEditorsAnInputForEveryFieldTheReviewNames() {
        PanelView view = PanelSamples.view();
        List<String> paths = view.getEditGroups().stream().flatMap(g -> g.getFields().stream())
                .map(EditField::getPathHtml).toList();
        assertEquals(List.of("title", "severity", "timeZone", "services", "tags", "relatedIncidents",
                "relatedPostMortems", "times.started", "times.detected", "times.firstUserImpact",
                "times.firstUserReport", "times.acknowledged", "times.mitigated", "times.hotfix", "times.resolved",
                "meeting.reviewDate", "meeting.facilitatedBy", "meeting.contact", "meeting.createdBy",
                "meeting.participants", "impact.whoAffected", "impact.whatAffected", "impact.businessImpact",
                "impact.customerFacing", "summary", "investigationPaths", "rootCause.description",
                "rootCause.fiveWhys", "causeCategory", "contributingFactors", "resolution", "wentWell", "wentWrong", "gotLucky",
                "lessonsLearned", "ideas", "externalSummary.whatHappened",
                "externalSummary.impact", "externalSummary.whatWeChanged", "externalSummary.allowedTerms"), paths);
        assertEquals("pm-field-times-detected", field(view, "times.detected").getIdHtml());
        assertEquals("every label resolved", List.of(), view.getEditGroups().stream()
                .flatMap(g -> g.getFields().stream()).map(EditField::getLabelHtml)
                .filter(l -> l.startsWith("postmortems.")).toList());
        assertTrue(PanelViews.build(PanelSamples.input(false, null)).getEditGroups().isEmpty());
    }

    @Test
    public void build_shouldShowKeyTimesInTheViewersZoneAsDatetimeLocalValues() {
        PanelView view = PanelSamples.view();
        EditField started = field(view, "times.started");
        assertEquals("14:00+01:00 in New York", "2026-03-01T08:00", started.getValueHtml());
        assertEquals("datetime-local", started.getInputTypeHtml());
        assertEquals("datetime", started.getKindHtml());
        assertEquals("", field(view, "times.hotfix").getValueHtml());
        assertTrue(view.getEditGroups().get(1).getHintHtml().contains("America/New_York"));
        assertEquals("Config changes need a canary\nAlert on error rate, not only latency",
                field(view, "lessonsLearned").getValueHtml());
        assertEquals("list", field(view, "lessonsLearned").getKindHtml());
        assertEquals("Checkout &lt;b&gt;and&lt;/b&gt; refunds", field(view, "impact.whatAffected").getValueHtml());
    }

    @Test
    public void build_shouldPrefillDueDatesByTheServersTargetRule() {
        PostMortem doc = PanelSamples.document();
        PanelInput in = PanelSamples.input(true, null);
        java.time.LocalDate today = in.today();
        // a recent incident: the target (incident day + the severity's weeks) is still ahead, so it is the pre-fill
        doc.getTimes().setResolved(java.time.OffsetDateTime.of(today.minusDays(3).atTime(10, 0),
                java.time.ZoneOffset.UTC));
        doc.getTimes().setDetected(null);
        doc.getTimes().setStarted(null);
        PanelView view = PanelViews.build(new PanelInput(in.issueKey(), doc, 1, in.review(), true, in.tickets(),
                in.publish(), in.viewerZone(), today, in.text(), in.settings()));
        List<String> dates = field(view, "severity").getOptions().stream().map(ChoiceOption::getDueDateHtml).toList();
        assertEquals(List.of("", today.minusDays(3).plusWeeks(4).toString(), today.minusDays(3).plusWeeks(4).toString(),
                today.minusDays(3).plusWeeks(8).toString(), today.minusDays(3).plusWeeks(8).toString()), dates);
        assertEquals("the same date the review's target rule suggests", dates.get(2),
                io.postmortems.core.review.DueDateTargets.suggestedDueDate(doc, 4, today).toString());
        // a late write-up: the target has passed, so today plus the weeks
        doc.getTimes().setResolved(java.time.OffsetDateTime.of(today.minusWeeks(10).atTime(10, 0),
                java.time.ZoneOffset.UTC));
        PanelView late = PanelViews.build(new PanelInput(in.issueKey(), doc, 1, in.review(), true, in.tickets(),
                in.publish(), in.viewerZone(), today, in.text(), in.settings()));
        assertEquals(today.plusWeeks(4).toString(), field(late, "severity").getOptions().get(1).getDueDateHtml());
    }

    @Test
    public void build_shouldOfferTheSeveritySchemeWithDuePeriodsAndKeepAnUnknownSeverity() {
        EditField severity = field(PanelSamples.view(), "severity");
        assertEquals(List.of("", "SEV1", "SEV2", "SEV3", "SEV4"),
                severity.getOptions().stream().map(ChoiceOption::getValueHtml).toList());
        assertEquals(List.of("", "4", "4", "8", "8"),
                severity.getOptions().stream().map(ChoiceOption::getDueWeeksHtml).toList());
        assertTrue(severity.getOptions().get(2).isSelected());
        assertTrue(severity.isSelect());

        PostMortem doc = PanelSamples.document();
        doc.setSeverity("SEV9");
        PanelInput in = PanelSamples.input(true, null);
        PanelView unknown = PanelViews.build(new PanelInput(in.issueKey(), doc, 1, in.review(), true, in.tickets(),
                in.publish(), in.viewerZone(), in.today(), in.text(), in.settings()));
        ChoiceOption kept = field(unknown, "severity").getOptions().get(5);
        assertEquals("SEV9", kept.getValueHtml());
        assertTrue("a stored severity the scheme lost stays selected, not silently dropped", kept.isSelected());
        assertEquals(8, unknown.getDefaultDueWeeks());
        assertEquals(4, PanelSamples.view().getDefaultDueWeeks());
    }

    @Test
    public void build_shouldGiveCountermeasureRowsTheirPathsAndStoredValues() {
        PanelView view = PanelSamples.view();
        CountermeasureRow first = view.getCountermeasures().get(0);
        assertEquals("countermeasures[0]", first.getPathHtml());
        assertEquals("HIGH", first.getPriorityValueHtml());
        assertEquals("PREVENT", first.getKindValueHtml());
        assertEquals("2026-03-20", first.getDueDateHtml());
        assertEquals("2026-03-15", view.getTodayHtml());
        assertTrue(view.getDocumentJsonHtml().contains("&quot;issueKey&quot;:&quot;PM-2&quot;"));
        assertFalse(view.getDocumentJsonHtml().contains("<script>"));
        assertEquals("", PanelViews.build(PanelSamples.input(false, null)).getDocumentJsonHtml());
    }

    @Test
    public void build_shouldGiveReadersTheFactsThatHaveAValue() {
        PanelView reader = PanelViews.build(PanelSamples.input(false, null));
        assertEquals(List.of("Severity"), reader.getFacts().stream().map(TimeRow::getLabelHtml).toList());
        assertEquals("SEV2 \u2014 Major", reader.getFacts().get(0).getValueHtml());
        assertTrue(reader.isHasWriteUp());
        assertFalse(PanelViews.preview(new PostMortem(), new ReviewReport(List.of()), ZoneId.of("UTC"),
                ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH), LocalDate.of(2026, 1, 1)).isHasWriteUp());
    }

    @Test
    public void build_shouldCarryTheViewersReviewStateEscaped() {
        ReviewPanel editor = PanelSamples.view().getReview();
        assertEquals("IN_REVIEW", editor.getStatusCodeHtml());
        assertEquals("In review", editor.getStatusLabelHtml());
        assertEquals("aui-lozenge-inprogress", editor.getLozengeHtml());
        assertEquals(List.of("pm-status-draft", "pm-status-approved"),
                editor.getSteps().stream().map(ReviewStep::getButtonIdHtml).toList());
        assertTrue(editor.isCanPublish());
        ReviewPanel reader = PanelViews.build(PanelSamples.input(false, null)).getReview();
        assertEquals("Grace &lt;i&gt;Hopper&lt;/i&gt;", reader.getApproverNameHtml());
        assertEquals("2026-03-14 09:30", reader.getApprovedAtHtml());
        assertEquals("Approved by Grace &lt;i&gt;Hopper&lt;/i&gt; on 2026-03-14 09:30", reader.getApprovedByHtml());
        assertFalse(reader.isCanPublish());
        assertFalse(reader.isHasSteps());
    }

    @Test
    public void preview_shouldShowTheDocumentsRecordedStatusAndApprovalWithoutStepsOrPublishing() {
        io.postmortems.core.model.PostMortem doc = PanelSamples.document();
        doc.setStatus(io.postmortems.core.model.Status.PUBLISHED);
        doc.setApproval(new io.postmortems.core.model.Approval("u2", "Grace",
                java.time.OffsetDateTime.parse("2026-03-14T08:30:00Z")));
        PanelView view = PanelViews.preview(doc, PanelSamples.review(), ZoneId.of("UTC"),
                java.util.ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, java.util.Locale.ENGLISH),
                java.time.LocalDate.of(2026, 1, 1));
        assertEquals("PUBLISHED", view.getReview().getStatusCodeHtml());
        assertEquals("Published", view.getReview().getStatusLabelHtml());
        assertEquals("Approved by Grace on 2026-03-14 08:30", view.getReview().getApprovedByHtml());
        assertFalse(view.getReview().isHasSteps());
        assertFalse(view.getReview().isCanPublish());
    }

    @Test
    public void preview_shouldReadADocumentWithoutStatusAsDraft() {
        io.postmortems.core.model.PostMortem doc = PanelSamples.document();
        doc.setStatus(null);
        PanelView view = PanelViews.preview(doc, PanelSamples.review(), ZoneId.of("UTC"),
                java.util.ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, java.util.Locale.ENGLISH),
                java.time.LocalDate.of(2026, 1, 1));
        assertEquals("DRAFT", view.getReview().getStatusCodeHtml());
        assertEquals("Draft", view.getReview().getStatusLabelHtml());
    }

    @Test
    public void build_shouldDrawTheIncidentAsATimeBarWithALegendInTheViewersZone() {
        PanelView view = PanelSamples.view();
        assertTrue(view.isHasTimeBar());
        assertEquals("Incident     S---D" + "-".repeat(43) + "R\n"
                + "User impact  S" + "#".repeat(47) + "R", view.getTimeBarHtml());
        assertEquals(List.of("S", "D", "R"), view.getTimeBarLegend().stream().map(TimeRow::getLabelHtml).toList());
        assertEquals("Detected 2026-03-01 08:12 (+12m)", view.getTimeBarLegend().get(1).getValueHtml());
        assertEquals("Resolved 2026-03-01 10:30 (+2h 30m)", view.getTimeBarLegend().get(2).getValueHtml());
    }

    @Test
    public void externalPageNotice_shouldTellThatAPublishedExternalPageIsNoLongerUpdated() {
        PostMortem doc = PanelSamples.document();
        PanelText english = new BundleText(new PanelSamples.Messages());
        assertEquals("no external page, nothing to tell", null, PanelViews.externalPageNotice(doc, english));
        io.postmortems.core.model.PublishedPage page = new io.postmortems.core.model.PublishedPage();
        page.setUrl("https://wiki.example/pages/9");
        doc.setExternalPage(page);
        // the summary was removed (an emptied one reads as removed, ExternalSummaryCodecTest)
        doc.setExternalSummary(null);
        String removed = PanelViews.externalPageNotice(doc, english);
        assertTrue(removed, removed.startsWith("The external page still shows the last published summary.")
                && removed.contains("was removed") && removed.contains("Remove or update it in Confluence."));
        assertTrue(PanelViews.externalPageNotice(doc, BundleText.of(Locale.GERMAN))
                .startsWith("Die externe Seite zeigt weiterhin"));
        // a summary that names a ticket: its review finds an error, the page is not updated
        io.postmortems.core.model.ExternalSummary s = new io.postmortems.core.model.ExternalSummary();
        s.setWhatHappened("Payments failed; see OPS-1234.");
        s.setImpact("Some payments failed.");
        s.setWhatWeChanged("We check certificates.");
        doc.setExternalSummary(s);
        String errors = PanelViews.externalPageNotice(doc, english);
        assertTrue(errors, errors.contains("not updated while the external summary has errors"));
        // rewritten in plain words: publishing updates the page again, no notice
        s.setWhatHappened("Payments failed for an hour.");
        assertEquals(null, PanelViews.externalPageNotice(doc, english));
        PanelInput in = PanelSamples.input(true, null);
        s.setWhatHappened("Payments failed; see OPS-1234 <b>now</b>.");
        PanelView view = PanelViews.build(new PanelInput(in.issueKey(), doc, 1, in.review(), true, in.tickets(),
                in.publish(), in.viewerZone(), in.today(), in.text(), in.settings()));
        assertTrue(view.isHasExternalPageNotice());
        assertEquals(Html.escape(errors), view.getExternalPageNoticeHtml());
    }
}
