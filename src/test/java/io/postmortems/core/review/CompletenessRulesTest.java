package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import io.postmortems.testing.CompleteDocument;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static io.postmortems.core.review.Docs.codes;
import static io.postmortems.core.review.Docs.review;
import static io.postmortems.core.review.Docs.withCode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CompletenessRulesTest {
    @Test
    public void review_shouldFindNothingInACompleteDocument() {
        assertEquals(List.of(), review(CompleteDocument.complete()).findings());
    }

    @Test
    public void review_shouldReportEverySeedRequirementOnAnEmptyDocument() {
        PostMortem d = new PostMortem();
        d.setSeverity("SEV3");
        ReviewReport r = review(d);
        assertTrue(r.hasErrors());
        assertEquals(List.of("completeness.countermeasures.missing", "completeness.impact.missing",
                        "completeness.lessons.missing", "completeness.resolution.missing",
                        "completeness.root-cause.missing", "completeness.summary.missing",
                        "completeness.times.detected.missing", "completeness.times.resolved.missing",
                        "completeness.times.started.missing", "completeness.title.missing"),
                codes(r).stream().sorted().toList());
        assertEquals("times.detected", withCode(r, CompletenessRules.DETECTED_MISSING).get(0).path());
        assertEquals("rootCause.description", withCode(r, CompletenessRules.ROOT_CAUSE_MISSING).get(0).path());
        assertEquals(List.of("SEV3"), withCode(r, CompletenessRules.SUMMARY_MISSING).get(0).args());
    }

    @Test
    public void review_shouldNameTheLeastSeriousLevelWhoseSectionsApplyWhenNoSeverityIsChosen() {
        ReviewReport r = review(new PostMortem());
        assertEquals("the sections of the least serious level are checked, and the message says so",
                List.of("SEV4"), withCode(r, CompletenessRules.SUMMARY_MISSING).get(0).args());
    }

    @Test
    public void review_shouldRequireTheSeriousSectionsOnlyForSev1AndSev2() {
        PostMortem d = CompleteDocument.complete();
        d.setTimeline(null);
        d.getRootCause().setFiveWhys(List.of(" "));
        d.setContributingFactors(null);
        List<String> sev1 = codes(review(d));
        assertTrue(sev1.toString(), sev1.containsAll(List.of(CompletenessRules.TIMELINE_MISSING,
                CompletenessRules.FIVE_WHYS_MISSING, CompletenessRules.CONTRIBUTING_FACTORS_MISSING)));
        d.setSeverity("SEV3");
        assertEquals(List.of(), review(d).findings());
    }

    @Test
    public void review_shouldUseConfiguredRequiredSections() {
        ReviewConfig config = Docs.CONFIG.toBuilder()
                .requiredSections("SEV1", EnumSet.of(Section.MEETING, Section.WENT_WELL, Section.INVESTIGATION))
                .build();
        PostMortem d = CompleteDocument.complete();
        d.getMeeting().setReviewDate(null);
        d.setSummary(null);
        ReviewReport r = new PostMortemReviewer(config).review(d);
        assertEquals(List.of(CompletenessRules.INVESTIGATION_MISSING, CompletenessRules.MEETING_MISSING,
                CompletenessRules.WENT_WELL_MISSING), codes(r).stream().sorted().toList());
        assertEquals("meeting.reviewDate", withCode(r, CompletenessRules.MEETING_MISSING).get(0).path());
    }

    @Test
    public void review_shouldReportAnUnknownOrMissingSeverityOnTheSeverityField() {
        PostMortem d = CompleteDocument.complete();
        d.setSeverity("P0");
        Finding f = withCode(review(d), CompletenessRules.SEVERITY_UNKNOWN).get(0);
        assertEquals(Level.ERROR, f.level());
        assertEquals("severity", f.path());
        assertEquals(List.of("P0", "SEV1, SEV2, SEV3, SEV4"), f.args());
        d.setSeverity(null);
        assertEquals("severity", withCode(review(d), CompletenessRules.SEVERITY_MISSING).get(0).path());
    }

    @Test
    public void review_shouldNotCountIdeasAsCountermeasures() {
        PostMortem d = CompleteDocument.complete();
        d.setCountermeasures(List.of());
        d.setIdeas(List.of("Maybe move to a different cache"));
        Finding f = withCode(review(d), CompletenessRules.ONLY_IDEAS).get(0);
        assertEquals(Level.ERROR, f.level());
        assertEquals("countermeasures", f.path());
    }

    @Test
    public void review_shouldRequireOwnerAndDueDateAfterTheStartOfEveryCountermeasure() {
        PostMortem d = CompleteDocument.complete();
        List<Countermeasure> cms = new ArrayList<>(d.getCountermeasures());
        cms.add(new Countermeasure("c3", "Document the warm-up", null, null));
        cms.add(new Countermeasure("c4", "Backdated", "Ana Souza", LocalDate.parse("2026-04-30")));
        cms.add(new Countermeasure("c5", null, "Ana Souza", LocalDate.parse("2026-08-01")));
        d.setCountermeasures(cms);
        ReviewReport r = review(d);
        assertEquals("countermeasures[2].owner", withCode(r, CompletenessRules.CM_OWNER_MISSING).get(0).path());
        assertEquals("countermeasures[2].dueDate", withCode(r, CompletenessRules.CM_DUE_MISSING).get(0).path());
        Finding early = withCode(r, CompletenessRules.CM_DUE_BEFORE_START).get(0);
        assertEquals("countermeasures[3].dueDate", early.path());
        assertEquals(List.of("Backdated", "2026-04-30", "2026-05-01"), early.args());
        assertEquals("countermeasures[4].summary", withCode(r, CompletenessRules.CM_SUMMARY_MISSING).get(0).path());
        assertEquals(List.of("#5"), withCode(r, CompletenessRules.CM_SUMMARY_MISSING).get(0).args());
    }

    @Test
    public void review_shouldWarnOnTheLaterOfTwoDuplicateCountermeasures() {
        PostMortem d = CompleteDocument.complete();
        List<Countermeasure> cms = new ArrayList<>(d.getCountermeasures());
        cms.add(new Countermeasure("c3", "  add JITTER to cache-expiry!! ", "Ana Souza", LocalDate.parse("2026-07-01")));
        d.setCountermeasures(cms);
        d.setIdeas(List.of("Alert on cache hit-ratio."));
        ReviewReport r = review(d);
        Finding dup = withCode(r, CompletenessRules.CM_DUPLICATE).get(0);
        assertEquals(Level.WARNING, dup.level());
        assertEquals("countermeasures[2].summary", dup.path());
        assertEquals("countermeasures[0]", dup.args().get(1));
        assertEquals("ideas[0]", withCode(r, CompletenessRules.IDEA_DUPLICATES_CM).get(0).path());
        assertFalse(r.hasErrors());
    }

    @Test
    public void review_shouldHintAtOpenOverdueCountermeasuresOnly() {
        PostMortem d = CompleteDocument.complete();
        d.getCountermeasures().get(0).setDueDate(LocalDate.parse("2026-05-20"));
        d.getCountermeasures().get(1).setDueDate(LocalDate.parse("2026-05-20"));
        d.getCountermeasures().get(1).setStatus(CountermeasureStatus.DONE);
        List<Finding> overdue = withCode(review(d), CompletenessRules.CM_OVERDUE);
        assertEquals(1, overdue.size());
        assertEquals("countermeasures[0].dueDate", overdue.get(0).path());
        assertEquals(Level.HINT, overdue.get(0).level());
    }

    @Test
    public void review_shouldReportErrorsWhateverTheStatus() {
        PostMortem d = CompleteDocument.complete();
        d.setResolution(" ");
        for (Status status : Status.values()) {
            d.setStatus(status);
            assertTrue(status.name(), review(d).hasErrors());
        }
    }

    @Test
    public void review_shouldTolerateNullEntriesInLists() {
        PostMortem d = CompleteDocument.complete();
        List<Countermeasure> cms = new ArrayList<>(d.getCountermeasures());
        cms.add(null);
        d.getCountermeasures().clear();
        d.getCountermeasures().addAll(cms);
        d.getTimeline().add(null);
        d.getLessonsLearned().add(null);
        assertFalse(review(d).hasErrors());
    }

    @Test
    public void normalise_shouldIgnoreCaseSpacingAndPunctuation() {
        assertEquals("add alert on disk full", CompletenessRules.normalise("  Add ALERT on disk-full! "));
        assertEquals("dont", CompletenessRules.normalise("don't"));
        assertEquals("dont", CompletenessRules.normalise("Don\u2019t"));
    }

    @Test
    public void review_shouldWarnOfAnEffectivenessCheckDueAndNotRecorded() {
        PostMortem d = CompleteDocument.complete();
        var cms = d.getCountermeasures();
        cms.get(0).setStatus(CountermeasureStatus.DONE);
        cms.get(0).setDoneOn(LocalDate.parse("2026-05-01")); // due 2026-05-31, today is 2026-06-01
        cms.get(1).setStatus(CountermeasureStatus.DONE);
        cms.get(1).setDoneOn(LocalDate.parse("2026-05-10")); // due 2026-06-09: not yet
        List<Finding> due = withCode(review(d), CompletenessRules.CM_EFFECTIVENESS_OVERDUE);
        assertEquals(1, due.size());
        assertEquals("countermeasures[0].effectiveness", due.get(0).path());
        assertEquals(Level.WARNING, due.get(0).level());
        assertEquals("2026-05-31", due.get(0).args().get(1));

        ReviewConfig shorter = Docs.CONFIG.toBuilder()
                .followThrough(new io.postmortems.core.followthrough.FollowThroughPolicy(7, 90)).build();
        assertEquals("the configured period counts", 2, withCode(new PostMortemReviewer(shorter).review(d),
                CompletenessRules.CM_EFFECTIVENESS_OVERDUE).size());
        cms.get(0).setEffectiveness(new io.postmortems.core.model.EffectivenessCheck());
        assertEquals("recorded: no longer due", 0, withCode(review(d), CompletenessRules.CM_EFFECTIVENESS_OVERDUE)
                .size());
    }
}
