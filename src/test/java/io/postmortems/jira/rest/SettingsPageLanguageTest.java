package io.postmortems.jira.rest;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The page language through the settings REST resource: defaults, canonical tags, unusable values. */
public class SettingsPageLanguageTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    JiraAuthenticationContext auth;
    @Mock
    PostMortemPermissions permissions;
    @Mock
    ApplicationUser admin;
    /** A mock finds nothing wrong (empty list): these tests are about the language field's form, not the rules. */
    @Mock
    SettingsValidation validation;

    private AppSettings stored = AppSettings.defaults();
    private SettingsResource resource;

    @Before
    public void setUp() {
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        when(permissions.isAdministrator(admin)).thenReturn(true);
        SettingsStore store = new SettingsStore() {
            @Override
            public AppSettings load() {
                return stored;
            }

            @Override
            public void save(AppSettings settings) {
                stored = settings;
            }
        };
        resource = new SettingsResource(auth, permissions, store, validation);
    }

    private JsonNode body(Response response) throws Exception {
        Object entity = response.getEntity();
        return entity instanceof String text ? Json.MAPPER.readTree(text) : Json.MAPPER.valueToTree(entity);
    }

    @Test
    public void get_shouldShowEnglishAsTheDefaultPageLanguage() throws Exception {
        Response response = resource.get();

        assertEquals(200, response.getStatus());
        assertEquals("en", body(response).path("pageLanguage").asText());
    }

    @Test
    public void put_shouldStoreThePageLanguageAsACanonicalTag() throws Exception {
        Response response = resource.put("{\"pageLanguage\":\" DE_ch \"}");

        assertEquals(200, response.getStatus());
        assertEquals("de-CH", stored.pageLanguage());
        assertEquals("de-CH", body(response).path("pageLanguage").asText());
    }

    @Test
    public void put_shouldKeepOtherSettingsWhenOnlyThePageLanguageChanges() {
        resource.put("{\"spaceKey\":\"OPS\"}");

        resource.put("{\"pageLanguage\":\"de\"}");

        assertEquals("OPS", stored.spaceKey());
        assertEquals("de", stored.pageLanguage());
    }

    @Test
    public void put_shouldReadAnEmptyOrNullPageLanguageAsEnglish() {
        resource.put("{\"pageLanguage\":\"de\"}");
        resource.put("{\"pageLanguage\":\"\"}");
        assertEquals("en", stored.pageLanguage());

        resource.put("{\"pageLanguage\":\"de\"}");
        resource.put("{\"pageLanguage\":null}");
        assertEquals("en", stored.pageLanguage());
    }

    @Test
    public void put_shouldRefuseAPageLanguageThatIsNotText_namingTheField() throws Exception {
        Response response = resource.put("{\"pageLanguage\":{\"tag\":\"de\"}}");

        assertEquals(400, response.getStatus());
        assertTrue(body(response).toString(), body(response).toString().contains("pageLanguage"));
        assertEquals("en", stored.pageLanguage());
    }
}
