package io.postmortems.core.review;

import java.util.Comparator;
import java.util.List;

/** All findings of one review: most serious first, then by field path, then in reading order within a field. */
public record ReviewReport(List<Finding> findings) {
    public ReviewReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::level).thenComparing(Finding::path)
                        .thenComparingInt(f -> f.span() == null ? -1 : f.span().start()))
                .toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.level() == Level.ERROR);
    }

    /**
     * The errors that hold back the post-mortem's own page: every error but the external summary's, which hold back
     * only the summary's separate page ({@link ExternalSummaryRules}); the review still lists them all.
     */
    public List<Finding> pageBlocking() {
        return findings.stream()
                .filter(f -> f.level() == Level.ERROR && !ExternalSummaryRules.CODES.contains(f.code()))
                .toList();
    }

    public List<Finding> at(Level level) {
        return findings.stream().filter(f -> f.level() == level).toList();
    }
}
