package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.ExternalSpaceSettings;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;

/** The external summaries' space: optional, a space key of its own, a root title within the limit. */
public class SettingsValidationExternalSpaceTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<String> errors(ExternalSpaceSettings external) {
        AppSettings settings = SettingsValidationTest.valid().toBuilder().externalSpace(external).build();
        return validation.validate(settings).stream()
                .map(e -> e.field() + ": " + e.render(BundleI18nHelper.create())).toList();
    }

    @Test
    public void validate_shouldAcceptNoExternalSpaceAndASeparateOne() {
        assertEquals(List.of(), errors(null));
        assertEquals(List.of(), errors(new ExternalSpaceSettings("PUBLIC", null)));
        assertNull("a blank key means none", SettingsValidationTest.valid().toBuilder()
                .externalSpace(new ExternalSpaceSettings(" ", "Reports")).build().externalSpace());
        assertEquals("Incident reports", new ExternalSpaceSettings("PUBLIC", "").rootTitle());
    }

    @Test
    public void validate_shouldNameABadKeyTheSameSpaceAndALongRootTitle() {
        assertEquals(List.of("externalSpace.spaceKey: A B is not a Confluence space key: use letters and digits"
                + " only (or ~ and a user name for a personal space)."), errors(new ExternalSpaceSettings("A B", null)));
        String same = SettingsValidationTest.valid().spaceKey().toLowerCase(java.util.Locale.ROOT);
        assertEquals(List.of("externalSpace.spaceKey: " + same + " is the space the post-mortems are published to:"
                + " choose a separate space for external summaries."), errors(new ExternalSpaceSettings(same, null)));
        assertEquals(1, errors(new ExternalSpaceSettings("PUBLIC", "t".repeat(300))).size());
    }
}
