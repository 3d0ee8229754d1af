package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.postmortems.core.model.CauseCategories;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/** The administered cause categories. */
public class SettingsValidationCauseCategoriesTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<String> errors(List<String> categories) {
        AppSettings settings = SettingsValidationTest.valid().toBuilder().causeCategories(categories).build();
        return validation.validate(settings).stream()
                .map(e -> e.field() + ": " + e.render(BundleI18nHelper.create())).toList();
    }

    @Test
    public void validate_shouldAcceptTheDefaultsAndReadMissingOnesAsDefaults() {
        assertEquals(List.of(), errors(CauseCategories.DEFAULTS));
        assertEquals(CauseCategories.DEFAULTS, AppSettings.defaults().toBuilder().causeCategories(null).build()
                .causeCategories());
    }

    @Test
    public void validate_shouldNameEmptyBlankDuplicateAndOverlongCategories() {
        assertEquals(List.of("causeCategories: Enter at least one cause category."), errors(List.of()));
        assertEquals(List.of("causeCategories[1]: Cause category 2 is empty."), errors(List.of("change", " ")));
        assertEquals(List.of("causeCategories[1]: The cause category \u201cChange\u201d is listed twice."),
                errors(List.of("change", "Change")));
        assertEquals(List.of("causeCategories[0]: Cause categories may have at most 60 characters; one has 61."),
                errors(List.of("c".repeat(61))));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("cause " + i);
        }
        assertEquals(List.of("causeCategories: At most 50 cause categories are allowed; there are 51."),
                errors(Collections.unmodifiableList(many)));
    }
}
