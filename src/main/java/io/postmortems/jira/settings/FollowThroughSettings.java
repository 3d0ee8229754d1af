package io.postmortems.jira.settings;

import io.postmortems.core.followthrough.FollowThroughPolicy;

/**
 * When effectiveness checks and revisits fall due (administered on the settings page). A missing value reads as its
 * default, so settings stored before these existed load with 30 and 90 days.
 *
 * @param effectivenessDays days after a countermeasure was done that its effectiveness check falls due
 * @param revisitDays       days after first publishing (then after each revisit) that a revisit falls due
 */
public record FollowThroughSettings(Integer effectivenessDays, Integer revisitDays) {
    public FollowThroughSettings {
        effectivenessDays = effectivenessDays == null ? FollowThroughPolicy.DEFAULT_EFFECTIVENESS_DAYS
                : effectivenessDays;
        revisitDays = revisitDays == null ? FollowThroughPolicy.DEFAULT_REVISIT_DAYS : revisitDays;
    }

    public static FollowThroughSettings defaults() {
        return new FollowThroughSettings(null, null);
    }

    /** The periods for the core rule; a value out of range (only possible in hand-edited storage) counts as 0. */
    public FollowThroughPolicy policy() {
        return new FollowThroughPolicy(Math.max(0, effectivenessDays), Math.max(0, revisitDays));
    }
}
