package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/** The projects and issue types that offer "Create post-mortem" (issue #13). */
public class SettingsValidationIncidentTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<FieldError> errors(List<String> projects, List<String> types) {
        return validation.validate(SettingsValidationTest.valid().toBuilder().incidentProjects(projects)
                .incidentIssueTypes(types).build());
    }

    private String only(List<String> projects, List<String> types) {
        List<FieldError> errors = errors(projects, types);
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0).field() + ": " + errors.get(0).render(BundleI18nHelper.create());
    }

    @Test
    public void validate_shouldAcceptProjectKeysAndTypeNames() {
        assertEquals(List.of(), errors(List.of("OPS", "PAY_2"), List.of("Incident", "Bug")));
        assertEquals("empty lists: offered nowhere, no error", List.of(), errors(List.of(), List.of()));
    }

    @Test
    public void validate_shouldNameAProjectKeyThatIsNotOne() {
        assertEquals("incidentProjects[1]: ops team is not a project key: use the key, e.g. OPS, in capitals.",
                only(List.of("OPS", "ops team"), List.of()));
    }

    @Test
    public void validate_shouldRefuseBlankOrOverlongTypeNames() {
        assertEquals("incidentIssueTypes[0]: An issue type name has 1 to 60 characters.",
                only(List.of(), List.of(" ")));
        assertEquals(1, errors(List.of(), List.of("t".repeat(61))).size());
    }

    @Test
    public void validate_shouldRefuseMoreThanAHundredProjects() {
        assertEquals("incidentProjects: At most 100 entries (this list has 101).",
                only(Collections.nCopies(101, "OPS"), List.of()));
    }
}
