package io.postmortems.core.review;

import io.postmortems.core.model.PostMortem;

/**
 * One check of a post-mortem. Rules are grouped by family, one file each: {@link CompletenessRules},
 * {@link ChronologyRules}, {@link BlamelessLanguageRules}. A rule never throws for any document, however odd:
 * what it cannot judge it leaves to the other rules.
 */
@FunctionalInterface
public interface ReviewRule {
    void check(PostMortem doc, Findings out);
}
