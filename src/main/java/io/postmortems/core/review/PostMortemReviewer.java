package io.postmortems.core.review;

import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reviews a post-mortem for completeness, chronology and blameless language. Thread-safe and reusable: build one
 * per configuration and call {@link #review(PostMortem)} as often as needed.
 *
 * <pre>{@code
 * ReviewReport report = new PostMortemReviewer(ReviewConfig.defaults()).review(doc);
 * if (report.hasErrors()) { ... publishing is blocked ... }
 * }</pre>
 *
 * Only completeness, chronology and external-summary rules report {@link Level#ERROR}s (which block publishing, whatever the
 * document's status); language rules report hints and warnings.
 */
public final class PostMortemReviewer {
    private final ReviewConfig config;
    private final List<ReviewRule> rules;

    public PostMortemReviewer(ReviewConfig config) {
        this.config = Objects.requireNonNull(config);
        List<ReviewRule> all = new ArrayList<>();
        all.addAll(CompletenessRules.rules(config));
        all.addAll(DueDateTargets.rules(config));
        all.addAll(ChronologyRules.rules(config));
        all.addAll(BlamelessLanguageRules.rules(config));
        all.addAll(ExternalSummaryRules.rules());
        this.rules = List.copyOf(all);
    }

    public ReviewConfig config() {
        return config;
    }

    public ReviewReport review(PostMortem doc) {
        Objects.requireNonNull(doc, "doc");
        Findings out = new Findings();
        for (ReviewRule rule : rules) {
            rule.check(doc, out);
        }
        return new ReviewReport(out.all());
    }

    /** Every code any rule can report, sorted; each has a message at {@link Findings#messageKey(String)}. */
    public static List<String> allCodes() {
        TreeSet<String> codes = new TreeSet<>();
        codes.addAll(CompletenessRules.CODES);
        codes.addAll(DueDateTargets.CODES);
        codes.addAll(ChronologyRules.CODES);
        codes.addAll(BlamelessLanguageRules.CODES);
        codes.addAll(ExternalSummaryRules.CODES);
        return List.copyOf(codes);
    }
}
