package io.postmortems.jira.review;

import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.settings.AppSettings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reviewer's configuration from what the administrator set: severity scheme, required sections, due-date targets
 * (the "due weeks" per severity, which also pre-fill new countermeasures' due dates), word lists.
 */
public final class ReviewConfigs {
    private ReviewConfigs() {
    }

    /** The configuration for a document whose language is not known (see {@link #from(AppSettings, Locale)}). */
    public static ReviewConfig from(AppSettings settings) {
        return from(settings, null);
    }

    /**
     * The configuration for a document in {@code documentLanguage}. The blame terms and counterfactual phrases the
     * administrator added for a language (keys are BCP 47 tags; "de" and "de-CH" both count as German) apply to
     * documents in that language; when the document's language is unknown ({@code null}), those of every configured
     * language apply, on top of the built-in English lexicon. Today the language is never known: the document has no
     * language field, and the page language setting names the language of the page's fixed headings (English by
     * default, for compatibility), not the language the authors write in. Matching is on whole words, so a German
     * term rarely fires on English text; a term wrongly flagged is only a warning the author can dismiss.
     */
    public static ReviewConfig from(AppSettings settings, Locale documentLanguage) {
        ReviewConfig.Builder config = ReviewConfig.defaults().toBuilder()
                .severityLevels(settings.severityLevels());
        settings.requiredSections().forEach(config::requiredSections);
        settings.defaultDueWeeks().forEach((severity, weeks) -> {
            if (weeks != null && weeks >= 1) {
                config.dueWeeks(severity, weeks);
            }
        });
        config.followThrough(settings.followThrough().policy());
        Locale lexicon = documentLanguage == null ? ReviewConfig.defaults().locale() : documentLanguage;
        config.locale(lexicon);
        List<String> blame = termsFor(settings.extraBlameTerms(), documentLanguage);
        if (!blame.isEmpty()) {
            config.extraBlameTerms(lexicon, blame);
        }
        List<String> counterfactuals = termsFor(settings.extraCounterfactuals(), documentLanguage);
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
}
