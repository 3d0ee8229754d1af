package io.postmortems.core.metrics;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;

/**
 * How the effectiveness checks of a post-mortem's countermeasures came out
 * ({@link io.postmortems.core.model.EffectivenessCheck}): checks not recorded yet are not counted.
 */
public record EffectivenessCounts(int effective, int notEffective, int notVerifiable) {
    public static final EffectivenessCounts NONE = new EffectivenessCounts(0, 0, 0);

    public EffectivenessCounts {
        effective = Math.max(0, effective);
        notEffective = Math.max(0, notEffective);
        notVerifiable = Math.max(0, notVerifiable);
    }

    /** The outcomes recorded on the document's countermeasures. */
    public static EffectivenessCounts of(PostMortem document) {
        int effective = 0;
        int notEffective = 0;
        int notVerifiable = 0;
        for (Countermeasure cm : document.getCountermeasures()) {
            if (cm == null || cm.getEffectiveness() == null || cm.getEffectiveness().getOutcome() == null) {
                continue;
            }
            switch (cm.getEffectiveness().getOutcome()) {
                case EFFECTIVE -> effective++;
                case NOT_EFFECTIVE -> notEffective++;
                case NOT_VERIFIABLE -> notVerifiable++;
            }
        }
        return new EffectivenessCounts(effective, notEffective, notVerifiable);
    }

    /** Some check was recorded. */
    public boolean any() {
        return effective + notEffective + notVerifiable > 0;
    }
}
