package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.Section;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
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
}
