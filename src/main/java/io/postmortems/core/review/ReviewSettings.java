package io.postmortems.core.review;

import io.postmortems.core.model.CauseCategories;
import io.postmortems.core.model.SeverityLevel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The review-relevant part of the administrator's settings, host-free: what the Jira app reviews with and what the
 * CLI reads from a settings file ({@link ReviewSettingsFile}), so both review with the same rules. Holds no secrets
 * and no addresses. {@link #reviewConfig(Locale)} is the one place these settings become a {@link ReviewConfig}.
 *
 * @param severityLevels        severity scheme, most serious first
 * @param requiredSections      per severity id, the sections that must be filled
 * @param defaultDueWeeks       per severity id, the due-date target in weeks
 * @param extraBlameTerms       extra blame terms per language tag (e.g. "en", "de")
 * @param extraCounterfactuals  extra counterfactual phrases per language tag
 * @param causeCategories       the cause categories authors choose from
 * @param errorsBlockPublishing whether error-level findings block publishing
 * @param pageLanguage          BCP 47 tag of the published pages' headings and labels
 */
public record ReviewSettings(List<SeverityLevel> severityLevels, Map<String, Set<Section>> requiredSections,
                             Map<String, Integer> defaultDueWeeks, Map<String, List<String>> extraBlameTerms,
                             Map<String, List<String>> extraCounterfactuals, List<String> causeCategories,
                             boolean errorsBlockPublishing, String pageLanguage) {
    /** The page language when none is set. */
    public static final String DEFAULT_PAGE_LANGUAGE = "en";

    public ReviewSettings {
        severityLevels = List.copyOf(severityLevels);
        requiredSections = copySets(requiredSections);
        defaultDueWeeks = Map.copyOf(defaultDueWeeks);
        extraBlameTerms = copyLists(extraBlameTerms);
        extraCounterfactuals = copyLists(extraCounterfactuals);
        causeCategories = causeCategories == null ? CauseCategories.DEFAULTS : List.copyOf(causeCategories);
        pageLanguage = pageLanguage == null || pageLanguage.isBlank() ? DEFAULT_PAGE_LANGUAGE : pageLanguage.strip();
    }

    /** What a fresh install reviews with: {@link ReviewConfig#defaults()}'s scheme, sections and targets. */
    public static ReviewSettings defaults() {
        ReviewConfig config = ReviewConfig.defaults();
        Map<String, Set<Section>> sections = new LinkedHashMap<>();
        Map<String, Integer> weeks = new LinkedHashMap<>();
        for (SeverityLevel level : config.severityLevels()) {
            sections.put(level.id(), config.requiredSectionsFor(level.id()));
            weeks.put(level.id(), config.dueWeeksFor(level.id()));
        }
        return new ReviewSettings(config.severityLevels(), sections, weeks, Map.of(), Map.of(),
                CauseCategories.DEFAULTS, true, DEFAULT_PAGE_LANGUAGE);
    }

    /**
     * The reviewer's configuration for a document in {@code documentLanguage}. The blame terms and counterfactual
     * phrases added for a language (keys are BCP 47 tags; "de" and "de-CH" both count as German) apply to documents
     * in that language; when the document's language is unknown ({@code null}), those of every configured language
     * apply, on top of the built-in English lexicon. Today the language is never known: the document has no language
     * field, and the page language names the language of the page's fixed headings, not the one authors write in.
     * Matching is on whole words, so a German term rarely fires on English text; a term wrongly flagged is only a
     * warning the author can dismiss. A due-date target below one week is left at the default.
     */
    public ReviewConfig reviewConfig(Locale documentLanguage) {
        ReviewConfig.Builder config = ReviewConfig.defaults().toBuilder().severityLevels(severityLevels);
        requiredSections.forEach(config::requiredSections);
        defaultDueWeeks.forEach((severity, weeks) -> {
            if (weeks != null && weeks >= 1) {
                config.dueWeeks(severity, weeks);
            }
        });
        Locale lexicon = documentLanguage == null ? ReviewConfig.defaults().locale() : documentLanguage;
        config.locale(lexicon);
        List<String> blame = termsFor(extraBlameTerms, documentLanguage);
        if (!blame.isEmpty()) {
            config.extraBlameTerms(lexicon, blame);
        }
        List<String> counterfactuals = termsFor(extraCounterfactuals, documentLanguage);
        if (!counterfactuals.isEmpty()) {
            config.extraCounterfactuals(lexicon, counterfactuals);
        }
        return config.build();
    }

    /** The terms configured for {@code language}, or of every language when it is null; in tag order, once each. */
    static List<String> termsFor(Map<String, List<String>> byTag, Locale language) {
        Set<String> terms = new LinkedHashSet<>();
        new TreeMap<>(byTag).forEach((tag, list) -> {
            if (list != null && (language == null
                    || Locale.forLanguageTag(tag).getLanguage().equals(language.getLanguage()))) {
                terms.addAll(list);
            }
        });
        return List.copyOf(terms);
    }

    private static Map<String, Set<Section>> copySets(Map<String, Set<Section>> m) {
        Map<String, Set<Section>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? Set.of() : Set.copyOf(v)));
        return Map.copyOf(out);
    }

    private static Map<String, List<String>> copyLists(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        return Map.copyOf(out);
    }
}
