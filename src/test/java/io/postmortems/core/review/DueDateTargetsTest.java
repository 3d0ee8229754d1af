package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DueDateTargetsTest {
    private static final ReviewConfig CONFIG = ReviewConfig.defaults();

    private static PostMortem doc(String severity, LocalDate... dueDates) {
        PostMortem pm = new PostMortem();
        pm.setSeverity(severity);
        pm.getTimes().setStarted(OffsetDateTime.parse("2026-03-01T09:00:00+01:00"));
        pm.getTimes().setResolved(OffsetDateTime.parse("2026-03-02T23:30:00-05:00"));
        for (int i = 0; i < dueDates.length; i++) {
            pm.getCountermeasures().add(new Countermeasure("c" + i, "Action " + i, "alice", dueDates[i]));
        }
        return pm;
    }

    private static List<Finding> warnings(PostMortem pm) {
        return new PostMortemReviewer(CONFIG).review(pm).findings().stream()
                .filter(f -> f.code().equals(DueDateTargets.BEYOND_TARGET)).toList();
    }

    @Test
    public void defaults_shouldBeFourWeeksForSev1And2AndEightForTheRest() {
        assertEquals(4, CONFIG.dueWeeksFor("SEV1"));
        assertEquals(4, CONFIG.dueWeeksFor("SEV2"));
        assertEquals(8, CONFIG.dueWeeksFor("SEV3"));
        assertEquals(8, CONFIG.dueWeeksFor("SEV4"));
        assertEquals(8, CONFIG.dueWeeksFor("CUSTOM"));
        assertEquals(8, CONFIG.dueWeeksFor(null));
    }

    @Test
    public void target_shouldCountFromTheResolvedDayInTheIncidentsOwnOffset() {
        assertEquals(LocalDate.of(2026, 3, 30), DueDateTargets.target(doc("SEV1"), CONFIG).orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 27), DueDateTargets.target(doc("SEV3"), CONFIG).orElseThrow());
    }

    @Test
    public void target_shouldFallBackToDetectedThenStartedAndBeEmptyWithoutTimes() {
        PostMortem pm = doc("SEV1");
        pm.getTimes().setResolved(null);
        assertEquals(LocalDate.of(2026, 3, 29), DueDateTargets.target(pm, CONFIG).orElseThrow());
        pm.getTimes().setStarted(null);
        assertTrue(DueDateTargets.target(pm, CONFIG).isEmpty());
        pm.getCountermeasures().add(new Countermeasure("c", "Late", "alice", LocalDate.of(2030, 1, 1)));
        assertEquals(0, DueDateTargets.breaches(pm, CONFIG));
    }

    @Test
    public void review_shouldWarnAboutADueDateBeyondTheTargetUntilAReasonIsGiven() {
        PostMortem pm = doc("SEV1", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31));
        List<Finding> found = warnings(pm);
        assertEquals(1, found.size());
        assertEquals(Level.WARNING, found.get(0).level());
        assertEquals("countermeasures[1].dueDateReason", found.get(0).path());
        assertEquals(List.of("Action 1", "2026-03-31", "2026-03-30", "4"), found.get(0).args());
        pm.getCountermeasures().get(1).setDueDateReason("Needs the Q2 hardware refresh");
        assertTrue(warnings(pm).isEmpty());
        assertEquals("a breach with a reason is still a breach", 1, DueDateTargets.breaches(pm, CONFIG));
    }

    @Test
    public void review_shouldNotWarnAboutADoneCountermeasureButStillCountIt() {
        PostMortem pm = doc("SEV2", LocalDate.of(2026, 6, 1));
        pm.getCountermeasures().get(0).setStatus(CountermeasureStatus.DONE);
        assertTrue(warnings(pm).isEmpty());
        assertEquals(1, DueDateTargets.breaches(pm, CONFIG));
    }

    @Test
    public void review_shouldUseTheConfiguredWeeks() {
        ReviewConfig twoWeeks = CONFIG.toBuilder().dueWeeks("SEV1", 2).build();
        PostMortem pm = doc("SEV1", LocalDate.of(2026, 3, 20));
        assertFalse(DueDateTargets.isBeyondTarget(pm.getCountermeasures().get(0), pm, CONFIG));
        assertTrue(DueDateTargets.isBeyondTarget(pm.getCountermeasures().get(0), pm, twoWeeks));
    }

    @Test
    public void suggestedDueDate_shouldBeTheTargetWhileAheadElseTodayPlusTheWeeks() {
        PostMortem pm = doc("SEV1");
        assertEquals(LocalDate.of(2026, 3, 30),
                DueDateTargets.suggestedDueDate(pm, CONFIG, LocalDate.of(2026, 3, 5)));
        assertEquals(LocalDate.of(2026, 3, 30),
                DueDateTargets.suggestedDueDate(pm, CONFIG, LocalDate.of(2026, 3, 30)));
        assertEquals(LocalDate.of(2026, 5, 1),
                DueDateTargets.suggestedDueDate(pm, CONFIG, LocalDate.of(2026, 4, 3)));
        pm.getTimes().setResolved(null);
        pm.getTimes().setStarted(null);
        assertEquals(LocalDate.of(2026, 4, 2),
                DueDateTargets.suggestedDueDate(pm, CONFIG, LocalDate.of(2026, 3, 5)));
    }
}
