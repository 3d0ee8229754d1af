package io.postmortems.core.followthrough;

/**
 * How long after the fact the follow-through falls due (administered).
 *
 * @param effectivenessDays days after a countermeasure was done that its effectiveness check falls due
 * @param revisitDays       days after first publishing (then after the last revisit) that a revisit falls due
 */
public record FollowThroughPolicy(int effectivenessDays, int revisitDays) {
    public static final int DEFAULT_EFFECTIVENESS_DAYS = 30;
    public static final int DEFAULT_REVISIT_DAYS = 90;
    /** Longest period an administrator may set (ten years). */
    public static final int MAX_DAYS = 3650;

    public FollowThroughPolicy {
        if (effectivenessDays < 0 || revisitDays < 0) {
            throw new IllegalArgumentException("periods are days from 0");
        }
    }

    public static FollowThroughPolicy defaults() {
        return new FollowThroughPolicy(DEFAULT_EFFECTIVENESS_DAYS, DEFAULT_REVISIT_DAYS);
    }
}
