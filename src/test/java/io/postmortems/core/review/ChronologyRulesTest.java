package io.postmortems.core.review;

import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.testing.CompleteDocument;
import org.junit.Test;

import java.time.Duration;
import java.util.List;

import static io.postmortems.core.review.Docs.at;
import static io.postmortems.core.review.Docs.codes;
import static io.postmortems.core.review.Docs.review;
import static io.postmortems.core.review.Docs.withCode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ChronologyRulesTest {
    @Test
    public void review_shouldReportDetectedBeforeStartedOnTheDetectedField() {
        PostMortem d = CompleteDocument.complete();
        d.getTimes().setDetected(at("2026-05-01T09:59:00Z"));
        Finding f = withCode(review(d), "chronology.detected-before-started").get(0);
        assertEquals(Level.ERROR, f.level());
        assertEquals("times.detected", f.path());
        assertEquals(List.of("2026-05-01T09:59Z", "2026-05-01T10:00Z"), f.args());
    }

    @Test
    public void review_shouldCompareInstantsNotLocalTimes() {
        PostMortem d = CompleteDocument.complete();
        // 11:05 in Berlin summer time is 09:05 UTC: before the start at 10:00 UTC, although 11:05 > 10:00.
        d.getTimes().setDetected(at("2026-05-01T11:05:00+02:00"));
        assertTrue(codes(review(d)).contains("chronology.detected-before-started"));
        // 12:08+02:00 is 10:08 UTC: after the start and before the acknowledgement at 10:09 UTC.
        d.getTimes().setDetected(at("2026-05-01T12:08:00+02:00"));
        assertFalse(codes(review(d)).toString(), review(d).hasErrors());
    }

    @Test
    public void review_shouldCompareOnlyPresentTimesAgainstTheNearestEarlierOne() {
        PostMortem d = CompleteDocument.complete();
        d.getTimes().setAcknowledged(null);
        d.getTimes().setMitigated(at("2026-05-01T10:05:00Z")); // before detected 10:07
        d.getTimes().setResolved(at("2026-05-01T10:06:00Z")); // after mitigated, before detected
        ReviewReport r = review(d);
        assertEquals("times.mitigated", withCode(r, "chronology.mitigated-before-detected").get(0).path());
        assertEquals("times.resolved", withCode(r, "chronology.resolved-before-detected").get(0).path());
        assertEquals(2, r.at(Level.ERROR).size());
    }

    @Test
    public void review_shouldCheckUserImpactReportAndHotfixAgainstTheStart() {
        PostMortem d = CompleteDocument.complete();
        d.getTimes().setFirstUserImpact(at("2026-05-01T10:10:00Z"));
        d.getTimes().setFirstUserReport(at("2026-05-01T10:05:00Z"));
        d.getTimes().setHotfix(at("2026-05-01T09:00:00Z"));
        d.getTimes().setCustom(List.of(new NamedTime("Rollback started", at("2026-05-01T09:30:00Z"))));
        ReviewReport r = review(d);
        assertEquals("times.firstUserReport",
                withCode(r, ChronologyRules.FIRST_USER_REPORT_BEFORE_IMPACT).get(0).path());
        assertEquals("times.hotfix", withCode(r, "chronology.hotfix-before-started").get(0).path());
        assertEquals(Level.WARNING, withCode(r, ChronologyRules.CUSTOM_BEFORE_STARTED).get(0).level());
        assertEquals("times.custom[0].at", withCode(r, ChronologyRules.CUSTOM_BEFORE_STARTED).get(0).path());
        d.getTimes().setFirstUserImpact(at("2026-05-01T09:00:00Z"));
        assertEquals("times.firstUserImpact",
                withCode(review(d), "chronology.first-user-impact-before-started").get(0).path());
    }

    @Test
    public void review_shouldWarnOnTimelineEventsOutsideTheConfiguredWindow() {
        PostMortem d = CompleteDocument.complete();
        d.getTimeline().add(new TimelineEvent("e3", at("2026-05-09T11:31:00Z"), "Late note.", EventKind.ACTION));
        d.getTimeline().add(new TimelineEvent("e4", at("2026-04-24T10:00:00Z"), "Deploy.", EventKind.ACTION));
        ReviewReport r = review(d);
        List<Finding> outside = withCode(r, ChronologyRules.TIMELINE_OUTSIDE_WINDOW);
        assertEquals(List.of("timeline[2].at"), outside.stream().map(Finding::path).toList());
        assertEquals(Level.WARNING, outside.get(0).level());
        ReviewConfig narrow = Docs.CONFIG.toBuilder().timelineWindow(Duration.ofHours(1)).build();
        d.getTimeline().add(new TimelineEvent("e5", at("2026-05-01T13:00:00Z"), "Note.", EventKind.ACTION));
        assertEquals(3, withCode(new PostMortemReviewer(narrow).review(d), ChronologyRules.TIMELINE_OUTSIDE_WINDOW).size());
    }

    @Test
    public void review_shouldHintAtTimelineEventsOutOfOrder() {
        PostMortem d = CompleteDocument.complete();
        d.getTimeline().add(new TimelineEvent("e3", at("2026-05-01T10:10:00Z"), "Paged.", EventKind.COMMUNICATION));
        d.getTimeline().add(new TimelineEvent("e4", null, "Unknown time.", EventKind.ACTION));
        ReviewReport r = review(d);
        assertEquals("timeline[2].at", withCode(r, ChronologyRules.TIMELINE_OUT_OF_ORDER).get(0).path());
        assertEquals(Level.HINT, withCode(r, ChronologyRules.TIMELINE_OUT_OF_ORDER).get(0).level());
        assertEquals("timeline[3].at", withCode(r, ChronologyRules.TIMELINE_TIME_MISSING).get(0).path());
    }

    @Test
    public void review_shouldRefuseFutureInstantsAgainstTheClock() {
        PostMortem d = CompleteDocument.complete();
        d.getTimes().setResolved(at("2026-06-01T12:04:00Z")); // inside the 5 minutes of skew
        assertFalse(review(d).hasErrors());
        d.getTimes().setResolved(at("2026-06-01T14:10:00+02:00")); // 12:10 UTC
        Finding f = withCode(review(d), ChronologyRules.FUTURE).get(0);
        assertEquals(Level.ERROR, f.level());
        assertEquals("times.resolved", f.path());
        assertEquals("times.resolved", f.args().get(0));
    }

    @Test
    public void review_shouldCallYear1900AndYear3000ImplausibleNotFuture() {
        PostMortem d = CompleteDocument.complete();
        d.getTimes().setStarted(at("1900-01-01T00:00:00Z"));
        d.getTimeline().get(1).setAt(at("3000-01-01T00:00:00Z"));
        ReviewReport r = review(d);
        assertEquals(java.util.Set.of("times.started", "timeline[1].at"),
                withCode(r, ChronologyRules.IMPLAUSIBLE).stream().map(Finding::path).collect(java.util.stream.Collectors.toSet()));
        assertTrue(withCode(r, ChronologyRules.FUTURE).isEmpty());
    }

    @Test
    public void review_shouldReportAnInvalidTimeZoneOnTheTimeZoneField() {
        PostMortem d = CompleteDocument.complete();
        for (String bad : List.of("Europe/Atlantis", "CEST", "", " UTC", "../../etc/passwd")) {
            d.setTimeZone(bad);
            List<Finding> fs = withCode(review(d), ChronologyRules.TIME_ZONE_INVALID);
            assertEquals(bad, 1, fs.size());
            assertEquals("timeZone", fs.get(0).path());
        }
        for (String good : List.of("Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo", "UTC", "+05:30")) {
            d.setTimeZone(good);
            assertTrue(good, withCode(review(d), ChronologyRules.TIME_ZONE_INVALID).isEmpty());
        }
    }

    @Test
    public void beforeCode_shouldUseKebabCaseFieldNames() {
        assertEquals("chronology.first-user-report-before-started",
                ChronologyRules.beforeCode("firstUserReport", "started"));
        assertTrue(ChronologyRules.CODES.contains("chronology.resolved-before-mitigated"));
    }
}
