package io.postmortems.core.metrics;

import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.review.ReviewConfig;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What became of the countermeasures of many post-mortems beyond open and done: the outcomes of their effectiveness
 * checks, and their due dates beyond the severity's target, by severity.
 *
 * @param effective     checked and found effective
 * @param notEffective  checked and found not effective
 * @param notVerifiable checked and found not verifiable
 * @param checkOverdue  done, not checked, and the check's due day ({@link FollowThrough#effectivenessDueAfter}) is
 *                      before the day of the report (overdue as everywhere: before today)
 * @param awaitingCheck done, not checked, the check not overdue yet
 * @param bySeverity    per severity ({@link MetricsAggregator#NO_SEVERITY} for none), sorted by it
 */
public record CountermeasureOutcomes(int effective, int notEffective, int notVerifiable, int checkOverdue,
                                     int awaitingCheck, SortedMap<String, TargetBreaches> bySeverity) {
    public CountermeasureOutcomes {
        bySeverity = Collections.unmodifiableSortedMap(new TreeMap<>(bySeverity));
    }

    /**
     * @param targetWeeks   the severity's due-date target in weeks as configured now ({@code defaultDueWeeks} for a
     *                      severity without one)
     * @param countermeasures all countermeasures of the severity's post-mortems
     * @param beyondTarget  those due after the target (counted when each post-mortem was last saved)
     */
    public record TargetBreaches(int targetWeeks, int countermeasures, int beyondTarget) {
    }

    /** All checked ones, whatever the outcome. */
    public int checked() {
        return effective + notEffective + notVerifiable;
    }

    /**
     * @param today  the day of the report
     * @param policy the administered follow-through periods
     * @param config the review configuration whose due-date targets are shown beside the breaches
     */
    public static CountermeasureOutcomes of(Collection<MirrorSnapshot> snapshots, LocalDate today,
                                            FollowThroughPolicy policy, ReviewConfig config) {
        int effective = 0;
        int notEffective = 0;
        int notVerifiable = 0;
        int overdue = 0;
        int awaiting = 0;
        SortedMap<String, int[]> counts = new TreeMap<>();
        for (MirrorSnapshot s : snapshots) {
            MirrorSnapshot.FollowThroughFacts f = s.followThrough();
            effective += s.effectiveness().effective();
            notEffective += s.effectiveness().notEffective();
            notVerifiable += s.effectiveness().notVerifiable();
            for (LocalDate doneOn : f.uncheckedDoneOn()) {
                if (FollowThrough.effectivenessDueAfter(doneOn, policy).isBefore(today)) {
                    overdue++;
                } else {
                    awaiting++;
                }
            }
            String severity = s.incident().getSeverity();
            int[] c = counts.computeIfAbsent(severity == null || severity.isBlank() ? MetricsAggregator.NO_SEVERITY
                    : severity.strip(), k -> new int[2]);
            c[0] += s.countermeasures();
            c[1] += s.targetBreaches();
        }
        SortedMap<String, TargetBreaches> bySeverity = new TreeMap<>();
        counts.forEach((severity, c) -> bySeverity.put(severity, new TargetBreaches(
                config.dueWeeksFor(MetricsAggregator.NO_SEVERITY.equals(severity) ? null : severity), c[0], c[1])));
        return new CountermeasureOutcomes(effective, notEffective, notVerifiable, overdue, awaiting, bySeverity);
    }
}
