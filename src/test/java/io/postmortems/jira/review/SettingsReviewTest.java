package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.BlamelessLanguageRules;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.Section;
import io.postmortems.core.review.TextSpan;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SettingsReviewTest {
    private static AppSettings withExtras(Map<String, List<String>> blame, Map<String, List<String>> counterfactuals) {
        return AppSettings.builder().requiredSections(Map.of("SEV1", EnumSet.of(Section.SUMMARY, Section.MEETING)))
                .extraBlameTerms(blame).extraCounterfactuals(counterfactuals).build();
    }

    @Test
    public void config_shouldCarryTheAdministratorsSettings() {
        ReviewConfig config = ReviewConfigs.from(withExtras(Map.of("en", List.of("cowboy")),
                Map.of("en", List.of("if only"))));
        assertEquals(AppSettings.defaults().severityLevels(), config.severityLevels());
        assertEquals(EnumSet.of(Section.SUMMARY, Section.MEETING), config.requiredSectionsFor("SEV1"));
        assertEquals(List.of("cowboy"), config.extraBlameTerms("en"));
        assertEquals(List.of("if only"), config.extraCounterfactuals("en"));
    }

    @Test
    public void review_shouldFlagAnExtraBlameTermOnlyWhenConfigured() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV3");
        doc.setSummary("The zorblax team took checkout down for an hour.");
        SettingsReview review = new SettingsReview();
        long plain = review.review(doc, withExtras(Map.of(), Map.of())).findings().stream()
                .filter(f -> "summary".equals(f.path())).count();
        long extra = review.review(doc, withExtras(Map.of("en", List.of("zorblax")), Map.of())).findings().stream()
                .filter(f -> "summary".equals(f.path())).count();
        assertTrue("plain " + plain + ", with the extra term " + extra, extra > plain);
    }

    @Test
    public void review_shouldApplyGermanBlameTermsToADocumentOfUnknownLanguage() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV3");
        doc.setSummary("Der Checkout fiel aus, weil der Kollege schlampig deployt hat.");
        AppSettings german = withExtras(Map.of("de", List.of("schlampig"), "en", List.of("cowboy")), Map.of());

        List<String> blame = new SettingsReview().review(doc, german).findings().stream()
                .filter(f -> BlamelessLanguageRules.BLAME.equals(f.code()) && "summary".equals(f.path()))
                .map(f -> f.textSpan().map(TextSpan::sentence).orElse("")).toList();

        assertEquals(1, blame.size());
        assertTrue(blame.get(0), blame.get(0).contains("schlampig"));
    }

    @Test
    public void config_shouldTakeOnlyTheTermsOfAKnownDocumentLanguage() {
        AppSettings settings = withExtras(Map.of("de-CH", List.of("schlampig"), "de", List.of("Versager"),
                "en", List.of("cowboy")), Map.of("de", List.of("h\u00e4tte man")));

        ReviewConfig german = ReviewConfigs.from(settings, Locale.GERMAN);
        ReviewConfig unknown = ReviewConfigs.from(settings);

        assertEquals(List.of("Versager", "schlampig"), german.extraBlameTerms("de"));
        assertEquals(List.of("h\u00e4tte man"), german.extraCounterfactuals("de"));
        assertEquals(List.of(), german.extraBlameTerms("en"));
        assertEquals(List.of("Versager", "schlampig", "cowboy"), unknown.extraBlameTerms("en"));
    }

    @Test
    public void review_shouldNotApplyGermanTermsToAnEnglishDocument() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV3");
        doc.setSummary("The deploy was schlampig, said the log.");
        AppSettings settings = withExtras(Map.of("de", List.of("schlampig")), Map.of());
        PostMortemReviewer english = new PostMortemReviewer(ReviewConfigs.from(settings, Locale.ENGLISH));
        PostMortemReviewer german = new PostMortemReviewer(ReviewConfigs.from(settings, Locale.GERMAN));

        assertTrue(english.review(doc).findings().stream().noneMatch(f -> BlamelessLanguageRules.BLAME.equals(f.code())));
        assertTrue(german.review(doc).findings().stream().anyMatch(f -> BlamelessLanguageRules.BLAME.equals(f.code())));
    }
}
