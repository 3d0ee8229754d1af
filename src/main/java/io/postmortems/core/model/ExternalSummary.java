package io.postmortems.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a post-mortem written for people outside the organisation: what happened, its impact and what we
 * changed, in plain words. Rendered on its own page (or exported by the CLI) from these fields, the title, the
 * severity and the dates only; reviewed by {@code core.review.ExternalSummaryRules} for internal names (hosts,
 * ticket keys, people, services, e-mail addresses, internal links) unless a term is listed in {@link #allowedTerms}.
 */
public class ExternalSummary extends Extensible {
    private String whatHappened;
    private String impact;
    private String whatWeChanged;
    /** Words the review lets pass although they look internal (e.g. a product name that is also a service). */
    private List<String> allowedTerms = new ArrayList<>();

    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public String getImpact() { return impact; }
    public void setImpact(String impact) { this.impact = impact; }
    public String getWhatWeChanged() { return whatWeChanged; }
    public void setWhatWeChanged(String whatWeChanged) { this.whatWeChanged = whatWeChanged; }
    public List<String> getAllowedTerms() { return allowedTerms; }
    public void setAllowedTerms(List<String> allowedTerms) { this.allowedTerms = Lists.orEmpty(allowedTerms); }

    /**
     * Whether {@code summary} is there: at least one part holds text (allowed terms alone make no summary). The one
     * test the review, the page and the publisher use.
     */
    public static boolean present(ExternalSummary summary) {
        return summary != null
                && !(blank(summary.whatHappened) && blank(summary.impact) && blank(summary.whatWeChanged));
    }

    /**
     * Whether {@code summary} holds nothing at all: no text in any part, no allowed term, no field of another version.
     * An author who clears every part in the panel sends such an object; the codec reads it as absent and never
     * writes it ({@link Empty}), so an emptied summary reads and writes like a document without one.
     */
    public static boolean empty(ExternalSummary summary) {
        return summary == null || !present(summary) && summary.allowedTerms.stream().allMatch(ExternalSummary::blank)
                && summary.unknownFields().isEmpty();
    }

    /** Jackson's value filter for the document's field: true (leave out) for an {@link #empty} summary. */
    public static final class Empty {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof ExternalSummary s && empty(s);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
