package io.postmortems.core.review;

import io.postmortems.core.model.SeverityLevel;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable settings of a {@link PostMortemReviewer}. Start from {@link #defaults()} and change what an
 * administrator configured with {@link #toBuilder()}:
 *
 * <pre>{@code
 * ReviewConfig config = ReviewConfig.defaults().toBuilder()
 *         .clock(Clock.systemUTC())
 *         .extraBlameTerms(Locale.ENGLISH, List.of("cowboy"))
 *         .build();
 * }</pre>
 */
public final class ReviewConfig {
    /** Sections every severity of the default scheme requires. */
    public static final Set<Section> BASE_SECTIONS = Set.copyOf(EnumSet.of(Section.SUMMARY, Section.IMPACT,
            Section.KEY_TIMES, Section.ROOT_CAUSE, Section.RESOLUTION, Section.LESSONS_LEARNED,
            Section.COUNTERMEASURES));
    /** Sections the two most serious default levels require on top of {@link #BASE_SECTIONS}. */
    public static final Set<Section> SERIOUS_SECTIONS;

    static {
        EnumSet<Section> serious = EnumSet.copyOf(BASE_SECTIONS);
        serious.addAll(EnumSet.of(Section.TIMELINE, Section.FIVE_WHYS, Section.CONTRIBUTING_FACTORS));
        SERIOUS_SECTIONS = Set.copyOf(serious);
    }

    private static final ReviewConfig DEFAULTS = new Builder().build();

    private final List<SeverityLevel> severityLevels;
    private final Map<String, Set<Section>> requiredSections;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration timelineWindow;
    private final Locale locale;
    private final Map<String, List<String>> extraBlameTerms;
    private final Map<String, List<String>> extraCounterfactuals;
    private final Map<String, List<String>> extraAllowedPhrases;
    private final Map<String, Integer> dueWeeks;
    private final io.postmortems.core.followthrough.FollowThroughPolicy followThrough;

    private ReviewConfig(Builder b) {
        this.severityLevels = List.copyOf(b.severityLevels);
        Map<String, Set<Section>> sections = new LinkedHashMap<>();
        b.requiredSections.forEach((id, set) -> sections.put(id, Set.copyOf(set)));
        this.requiredSections = Map.copyOf(sections);
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.timelineWindow = b.timelineWindow;
        this.locale = b.locale;
        this.extraBlameTerms = copy(b.extraBlameTerms);
        this.extraCounterfactuals = copy(b.extraCounterfactuals);
        this.extraAllowedPhrases = copy(b.extraAllowedPhrases);
        this.dueWeeks = Map.copyOf(b.dueWeeks);
        this.followThrough = b.followThrough;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /**
     * SEV1-SEV4 ({@link SeverityLevel#defaults()}); SEV1 and SEV2 require {@link #SERIOUS_SECTIONS}, SEV3 and
     * SEV4 {@link #BASE_SECTIONS}; the system clock in UTC with 5 minutes of allowed clock skew; timeline events
     * may lie up to 7 days before the start or after the end; English lexicon without extensions.
     */
    public static ReviewConfig defaults() {
        return DEFAULTS;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<SeverityLevel> severityLevels() { return severityLevels; }

    /** Required sections by severity id, as configured. */
    public Map<String, Set<Section>> requiredSections() { return requiredSections; }

    /**
     * The sections a document of this severity must have. An unknown or missing severity (itself an error) is
     * held to the least serious configured level's sections, so the other findings stay useful.
     */
    public Set<Section> requiredSectionsFor(String severityId) {
        if (severityId != null && requiredSections.containsKey(severityId)) {
            return requiredSections.get(severityId);
        }
        if (!severityLevels.isEmpty()) {
            return requiredSections.getOrDefault(severityLevels.get(severityLevels.size() - 1).id(), Set.of());
        }
        return Set.of();
    }

    public Clock clock() { return clock; }

    /** How far an instant may lie ahead of {@link #clock()} before it counts as "in the future". */
    public Duration clockSkew() { return clockSkew; }

    /** How far before the start and after the end of the incident timeline events may lie without a warning. */
    public Duration timelineWindow() { return timelineWindow; }

    /** Language of the blameless lexicon (falls back to English when no lexicon exists for it). */
    public Locale locale() { return locale; }

    /** Administrator's extra blame or punishment terms for a language (ISO 639 code, e.g. "en"). */
    public List<String> extraBlameTerms(String language) { return extraBlameTerms.getOrDefault(language, List.of()); }

    /** Administrator's extra counterfactual phrases for a language. */
    public List<String> extraCounterfactuals(String language) {
        return extraCounterfactuals.getOrDefault(language, List.of());
    }

    /** Administrator's phrases that must never be flagged although they contain a listed term. */
    public List<String> extraAllowedPhrases(String language) {
        return extraAllowedPhrases.getOrDefault(language, List.of());
    }

    /**
     * Weeks from the incident within which a countermeasure of this severity should be done (the due-date target,
     * see {@link DueDateTargets}); {@value #DEFAULT_DUE_WEEKS} for a severity without a configured target.
     */
    public int dueWeeksFor(String severityId) {
        Integer weeks = severityId == null ? null : dueWeeks.get(severityId);
        return weeks == null ? DEFAULT_DUE_WEEKS : weeks;
    }

    /** Due-date targets in weeks by severity id, as configured. */
    public Map<String, Integer> dueWeeks() { return dueWeeks; }

    /** When effectiveness checks fall due (the review reports those overdue). */
    public io.postmortems.core.followthrough.FollowThroughPolicy followThrough() { return followThrough; }

    /** Weeks of the due-date target of a severity that has none configured (and of the less serious defaults). */
    public static final int DEFAULT_DUE_WEEKS = 8;
    /** Weeks of the due-date target of the two most serious default levels. */
    public static final int SERIOUS_DUE_WEEKS = 4;

    /** Builder; every setter returns the builder. Nothing is shared with the built config. */
    public static final class Builder {
        private List<SeverityLevel> severityLevels = new ArrayList<>(SeverityLevel.defaults());
        private final Map<String, Set<Section>> requiredSections = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofMinutes(5);
        private Duration timelineWindow = Duration.ofDays(7);
        private Locale locale = Locale.ENGLISH;
        private final Map<String, List<String>> extraBlameTerms = new LinkedHashMap<>();
        private final Map<String, List<String>> extraCounterfactuals = new LinkedHashMap<>();
        private final Map<String, List<String>> extraAllowedPhrases = new LinkedHashMap<>();
        private final Map<String, Integer> dueWeeks = new LinkedHashMap<>();
        private io.postmortems.core.followthrough.FollowThroughPolicy followThrough =
                io.postmortems.core.followthrough.FollowThroughPolicy.defaults();

        private Builder() {
            requiredSections.put("SEV1", SERIOUS_SECTIONS);
            requiredSections.put("SEV2", SERIOUS_SECTIONS);
            requiredSections.put("SEV3", BASE_SECTIONS);
            requiredSections.put("SEV4", BASE_SECTIONS);
            dueWeeks.put("SEV1", SERIOUS_DUE_WEEKS);
            dueWeeks.put("SEV2", SERIOUS_DUE_WEEKS);
            dueWeeks.put("SEV3", DEFAULT_DUE_WEEKS);
            dueWeeks.put("SEV4", DEFAULT_DUE_WEEKS);
        }

        private Builder(ReviewConfig c) {
            severityLevels = new ArrayList<>(c.severityLevels);
            requiredSections.putAll(c.requiredSections);
            clock = c.clock;
            clockSkew = c.clockSkew;
            timelineWindow = c.timelineWindow;
            locale = c.locale;
            extraBlameTerms.putAll(c.extraBlameTerms);
            extraCounterfactuals.putAll(c.extraCounterfactuals);
            extraAllowedPhrases.putAll(c.extraAllowedPhrases);
            dueWeeks.putAll(c.dueWeeks);
            followThrough = c.followThrough;
        }

        /** When effectiveness checks and revisits fall due. */
        public Builder followThrough(io.postmortems.core.followthrough.FollowThroughPolicy policy) {
            this.followThrough = Objects.requireNonNull(policy);
            return this;
        }

        /** The due-date target of a severity, in weeks from the incident (1 or more). */
        public Builder dueWeeks(String severityId, int weeks) {
            if (weeks < 1) {
                throw new IllegalArgumentException("a due-date target is at least one week, was " + weeks);
            }
            dueWeeks.put(Objects.requireNonNull(severityId), weeks);
            return this;
        }

        /** Replaces the severity scheme; required sections of ids no longer in it are kept but unused. */
        public Builder severityLevels(List<SeverityLevel> levels) {
            if (levels == null || levels.isEmpty()) {
                throw new IllegalArgumentException("at least one severity level is needed");
            }
            this.severityLevels = new ArrayList<>(levels);
            return this;
        }

        public Builder requiredSections(String severityId, Set<Section> sections) {
            requiredSections.put(Objects.requireNonNull(severityId), EnumSet.copyOf(sectionsOrNone(sections)));
            return this;
        }

        private static Collection<Section> sectionsOrNone(Set<Section> sections) {
            return sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : sections;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder clockSkew(Duration skew) {
            this.clockSkew = nonNegative(skew);
            return this;
        }

        public Builder timelineWindow(Duration window) {
            this.timelineWindow = nonNegative(window);
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale);
            return this;
        }

        public Builder extraBlameTerms(Locale language, Collection<String> terms) {
            extraBlameTerms.put(language.getLanguage(), List.copyOf(terms));
            return this;
        }

        public Builder extraCounterfactuals(Locale language, Collection<String> phrases) {
            extraCounterfactuals.put(language.getLanguage(), List.copyOf(phrases));
            return this;
        }

        public Builder extraAllowedPhrases(Locale language, Collection<String> phrases) {
            extraAllowedPhrases.put(language.getLanguage(), List.copyOf(phrases));
            return this;
        }

        private static Duration nonNegative(Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative");
            }
            return d;
        }

        public ReviewConfig build() {
            return new ReviewConfig(this);
        }
    }
}
