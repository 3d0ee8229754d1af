package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.postmortems.core.incident.RequiredPostMortems.OnResolve;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.RequiredPostMortemSettings;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/** Post-mortems required by severity (issue #13 item 2): each problem names its field and cause. */
public class SettingsValidationRequiredTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<String> errors(RequiredPostMortemSettings r) {
        List<FieldError> errors = validation.validate(SettingsValidationTest.valid().toBuilder()
                .requiredPostMortems(r).build());
        return errors.stream().map(e -> e.field() + ": " + e.render(BundleI18nHelper.create())).toList();
    }

    @Test
    public void validate_shouldAcceptTheDefaultsAndAPriorityOrCustomFieldSource() {
        assertEquals(List.of(), errors(RequiredPostMortemSettings.defaults()));
        assertEquals(List.of(), errors(new RequiredPostMortemSettings("customfield_10010", Map.of("Critical", "SEV1"),
                List.of("SEV1", "SEV2"), OnResolve.ASK, Map.of("SEV1", 5, "SEV2", 0))));
    }

    @Test
    public void validate_shouldNameAFieldThatIsNeitherPriorityNorACustomField() {
        assertEquals(List.of("requiredPostMortems.severityField: Severity is neither priority nor a custom field id"
                        + " such as customfield_10010."),
                errors(new RequiredPostMortemSettings("Severity", null, List.of(), null, null)));
    }

    @Test
    public void validate_shouldNameUnknownSeveritiesAndDaysOutOfRangeWhileRequired() {
        assertEquals(List.of(
                        "requiredPostMortems.severityMapping.Highest: P1 is not the id of a severity level; use one of"
                                + " the levels defined above.",
                        "requiredPostMortems.requiredSeverities: SEV9 is not the id of a severity level; use one of"
                                + " the levels defined above.",
                        "requiredPostMortems.reviewDueDays.SEV1: SEV1: must be a whole number of working days between"
                                + " 0 and 260, not 300."),
                errors(new RequiredPostMortemSettings(null, Map.of("Highest", "P1"), List.of("SEV9"), null,
                        Map.of("SEV1", 300))));
    }
}
