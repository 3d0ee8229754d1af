package io.postmortems.jira.service;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.review.Section;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The app's {@link PostMortemReview}: the host-free {@link PostMortemReviewer} with a {@link ReviewConfig} built from
 * the administrator's settings (severity levels, required sections per severity, extra blame terms and counterfactual
 * phrases per language). The reviewer is rebuilt only when the settings change.
 */
@Named
public class CoreReview implements PostMortemReview {
    private volatile Cached cached;

    private record Cached(AppSettings settings, PostMortemReviewer reviewer) {
    }

    @Override
    public ReviewReport review(PostMortem document, AppSettings settings) {
        Cached current = cached;
        if (current == null || !current.settings().equals(settings)) {
            current = new Cached(settings, new PostMortemReviewer(config(settings)));
            cached = current;
        }
        return current.reviewer().review(document);
    }

    static ReviewConfig config(AppSettings settings) {
        ReviewConfig.Builder builder = ReviewConfig.builder().severityLevels(settings.severityLevels());
        for (Map.Entry<String, Set<Section>> e : settings.requiredSections().entrySet()) {
            builder.requiredSections(e.getKey(), e.getValue());
        }
        settings.extraBlameTerms().forEach((language, terms) ->
                builder.extraBlameTerms(Locale.forLanguageTag(language), terms));
        settings.extraCounterfactuals().forEach((language, phrases) ->
                builder.extraCounterfactuals(Locale.forLanguageTag(language), phrases));
        return builder.build();
    }
}
