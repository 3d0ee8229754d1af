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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
