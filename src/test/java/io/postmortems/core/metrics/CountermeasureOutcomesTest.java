package io.postmortems.core.metrics;

import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewConfig;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class CountermeasureOutcomesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    public void of_shouldAddUpTheOutcomesAndSplitUncheckedOnesByTheirCheckDay() {
        CountermeasureOutcomes o = CountermeasureOutcomes.of(List.of(
                snapshot("SEV1", 3, 1, new EffectivenessCounts(2, 1, 0), new MirrorSnapshot.FollowThroughFacts(
                        List.of(LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 30)), null)),
                snapshot("SEV2", 2, 0, new EffectivenessCounts(1, 0, 3), new MirrorSnapshot.FollowThroughFacts(
                        List.of(LocalDate.of(2026, 10, 28)), null))), TODAY, new FollowThroughPolicy(30, 90),
                ReviewConfig.defaults());
        assertEquals(3, o.effective());
        assertEquals(1, o.notEffective());
        assertEquals(3, o.notVerifiable());
        assertEquals(7, o.checked());
        assertEquals("checks due 27 and 28 November: before today", 2, o.checkOverdue());
        assertEquals("the check due today is not overdue yet", 1, o.awaitingCheck());
    }

    @Test
    public void of_shouldCountTargetBreachesBySeverityBesideTheConfiguredTarget() {
        ReviewConfig config = ReviewConfig.defaults();
        CountermeasureOutcomes o = CountermeasureOutcomes.of(List.of(
                snapshot("SEV1", 3, 1, EffectivenessCounts.NONE, MirrorSnapshot.FollowThroughFacts.NONE),
                snapshot("SEV1", 2, 2, EffectivenessCounts.NONE, MirrorSnapshot.FollowThroughFacts.NONE),
                snapshot(null, 4, 0, EffectivenessCounts.NONE, MirrorSnapshot.FollowThroughFacts.NONE)), TODAY,
                FollowThroughPolicy.defaults(), config);
        assertEquals(Map.of("SEV1", new CountermeasureOutcomes.TargetBreaches(config.dueWeeksFor("SEV1"), 5, 3),
                MetricsAggregator.NO_SEVERITY, new CountermeasureOutcomes.TargetBreaches(
                        config.dueWeeksFor(null), 4, 0)), o.bySeverity());
        assertEquals(0, o.checked());
    }

    private static MirrorSnapshot snapshot(String severity, int countermeasures, int breaches,
                                           EffectivenessCounts outcomes, MirrorSnapshot.FollowThroughFacts facts) {
        PostMortem doc = new PostMortem();
        doc.setSeverity(severity);
        return new MirrorSnapshot(doc, countermeasures, 0, 0, 0, breaches, List.of(), List.of(), outcomes, facts);
    }
}
