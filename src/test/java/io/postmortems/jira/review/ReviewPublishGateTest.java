package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.core.review.ExternalSummaryRules;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.review.Section;
import io.postmortems.jira.publish.PublishMessage;
import io.postmortems.jira.publish.PublishMessages;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReviewPublishGateTest {
    private static AppSettings settings(boolean errorsBlock, Map<String, Set<Section>> required,
                                        Map<String, List<String>> blame) {
        List<SeverityLevel> levels = List.of(new SeverityLevel("P1", "Major", "Most users affected"),
                new SeverityLevel("P2", "Minor", "Some users affected"));
        return AppSettings.builder().spaceKey("OPS").severityLevels(levels).requiredSections(required)
                .errorsBlockPublishing(errorsBlock).extraBlameTerms(blame).build();
    }

    private static Finding error(String path) {
        return new Finding(Level.ERROR, path, "completeness.x", "postmortems.review.completeness.x", List.of());
    }

    @Test
    public void reviewConfig_shouldCarryTheAdministratorsSchemeSectionsAndWords() {
        ReviewConfig config = ReviewConfigs.from(settings(true,
                Map.of("P1", EnumSet.of(Section.TIMELINE, Section.ROOT_CAUSE)), Map.of("en", List.of("cowboy"))));
        assertEquals(List.of("P1", "P2"), config.severityLevels().stream().map(SeverityLevel::id).toList());
        assertEquals(EnumSet.of(Section.TIMELINE, Section.ROOT_CAUSE), config.requiredSectionsFor("P1"));
        assertEquals(List.of("cowboy"), config.extraBlameTerms("en"));
    }

    @Test
    public void blockingFindings_shouldLeaveTheExternalSummarysErrorsToItsOwnPage() {
        Finding external = new Finding(Level.ERROR, "externalSummary.whatHappened", ExternalSummaryRules.TICKET_KEY,
                "postmortems.review.external.ticket-key", List.of("PAY-1"));
        AppSettings blocking = settings(true, Map.of(), Map.of());
        assertEquals(List.of(), new ReviewPublishGate((doc, s) -> new ReviewReport(List.of(external)))
                .blockingFindings(new PostMortem(), blocking));
        assertEquals(List.of("title"), new ReviewPublishGate((doc, s) -> new ReviewReport(List.of(external,
                error("title")))).blockingFindings(new PostMortem(), blocking).stream().map(Finding::path).toList());
    }

    @Test
    public void blockingReason_shouldCountErrorsAndNameTheFirstFields() {
        ReviewPublishGate gate = new ReviewPublishGate((doc, s) -> new ReviewReport(List.of(error("title"),
                error("rootCauses"), error("times.detected"), error("countermeasures"),
                new Finding(Level.WARNING, "summary", "w", "k", List.of()))));
        PublishMessage message = gate.blockingReason(new PostMortem(), settings(true, Map.of(), Map.of()))
                .orElseThrow();
        assertEquals("postmortems.publish.gate.findings", message.key());
        assertEquals("4", message.args().get(0));
        String english = PublishMessages.format(message, Locale.ROOT);
        assertTrue(english, english.contains("4 error(s)") && english.contains(", \u2026")
                && !english.contains("summary"));
        assertEquals(ReviewPublishGate.NAMED_FIELDS + 1, message.args().get(1).split(", ").length);
    }

    @Test
    public void blockingReason_shouldLetAReportWithoutErrorsOrAnOptOutThrough() {
        ReviewPublishGate onlyWarnings = new ReviewPublishGate((doc, s) -> new ReviewReport(List.of(
                new Finding(Level.WARNING, "summary", "w", "k", List.of()))));
        assertFalse(onlyWarnings.blockingReason(new PostMortem(), settings(true, Map.of(), Map.of())).isPresent());
        ReviewPublishGate errors = new ReviewPublishGate((doc, s) -> new ReviewReport(List.of(error("title"))));
        assertFalse(errors.blockingReason(new PostMortem(), settings(false, Map.of(), Map.of())).isPresent());
    }

    @Test
    public void blockingReason_shouldBlockAnEmptyPostMortemWithTheRealReviewer() {
        ReviewPublishGate gate = new ReviewPublishGate(new SettingsReview());
        PublishMessage message = gate.blockingReason(new PostMortem(), settings(true, Map.of(), Map.of()))
                .orElseThrow();
        assertTrue(Integer.parseInt(message.args().get(0)) > 0);
        assertTrue(message.args().get(1), message.args().get(1).contains("title"));
    }
}
