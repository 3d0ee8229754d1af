package io.postmortems.jira.rest;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** PUT /settings checks meaning with {@link SettingsValidation}: all field errors at once, nothing saved on error. */
public class SettingsResourceTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    SettingsStore store;
    @Mock
    ApplicationLinkService links;
    @Mock
    CountermeasureTargets targets;

    private SettingsResource resource;

    @Before
    public void setUp() {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser admin = JiraFixture.grant(JiraFixture.Role.ADMIN, null, null, pm, gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        when(targets.project(any())).thenReturn(Optional.empty());
        when(targets.project("OPS")).thenReturn(Optional.of(mock(Project.class)));
        when(store.load()).thenReturn(AppSettings.defaults());
        resource = new SettingsResource(auth, new PostMortemPermissions(pm, gpm), store,
                new SettingsValidation(links, targets));
    }

    private static List<String> fields(Response response) throws Exception {
        JsonNode body = Json.MAPPER.readTree(String.valueOf(response.getEntity()));
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    public void put_shouldReturnEveryFieldErrorAtOnceAndSaveNothing() throws Exception {
        Response response = resource.put("{\"confluenceMode\":\"PERSONAL_ACCESS_TOKEN\",\"confluenceUrl\":\"wiki\","
                + "\"spaceKey\":\"no spaces\",\"rootTitle\":\" \",\"defaultDueWeeks\":{\"SEV1\":0},"
                + "\"countermeasureMode\":\"LINKED_ISSUE\",\"countermeasureProjectKey\":\"NOPE\"}");
        assertEquals(400, response.getStatus());
        assertEquals(List.of("confluenceUrl", "confluenceToken", "spaceKey", "rootTitle", "defaultDueWeeks.SEV1",
                "countermeasureProjectKey"), fields(response));
        String body = String.valueOf(response.getEntity());
        assertTrue(body, body.contains("The Confluence URL must be an absolute http or https address"));
        assertFalse("rendered, not keys: " + body, body.contains("postmortems."));
        verify(store, never()).save(any());
    }

    @Test
    public void put_shouldSaveValidSettings() {
        Response response = resource.put("{\"confluenceMode\":\"PERSONAL_ACCESS_TOKEN\","
                + "\"confluenceUrl\":\"https://wiki.example.com\",\"confluenceToken\":\"t0k3n\",\"spaceKey\":\"OPS\"}");
        assertEquals(String.valueOf(response.getEntity()), 200, response.getStatus());
        ArgumentCaptor<AppSettings> saved = ArgumentCaptor.forClass(AppSettings.class);
        verify(store).save(saved.capture());
        assertEquals("OPS", saved.getValue().spaceKey());
        assertEquals("t0k3n", saved.getValue().confluenceToken());
    }

    @Test
    public void put_shouldAcceptTheStoredTokenWithoutSendingItAgain() {
        AppSettings stored = AppSettings.builder().confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .confluenceUrl("https://wiki.example.com").confluenceToken("stored").spaceKey("OPS")
                .rootTitle("Post-mortems").countermeasureMode(AppSettings.CountermeasureMode.SUB_TASK).build();
        when(store.load()).thenReturn(stored);
        assertEquals(200, resource.put("{\"rootTitle\":\"Incidents\"}").getStatus());
        Response removed = resource.put("{\"confluenceToken\":\"\"}");
        assertEquals(400, removed.getStatus());
        verify(store).save(any());
    }

    @Test
    public void get_shouldStillLoadStoredSettingsThatAreNowInvalid() throws Exception {
        // defaults: application-link mode without a link, no space key - invalid, but the admin must see them
        Response response = resource.get();
        assertEquals(200, response.getStatus());
        JsonNode body = Json.MAPPER.readTree(String.valueOf(response.getEntity()));
        assertFalse(body.hasNonNull("spaceKey"));
        assertEquals("Post-mortems", body.get("rootTitle").asText());
    }

    @Test
    public void get_shouldReturnStoredValuesThatBreakNewerRulesUnchanged() throws Exception {
        AppSettings stored = AppSettings.builder().confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .confluenceUrl("https://user:pw@wiki.example.com").spaceKey("OPS TEAM").rootTitle("Post-mortems")
                .countermeasureMode(AppSettings.CountermeasureMode.SUB_TASK)
                .defaultDueWeeks(java.util.Map.of("SEV1", 500)).build();
        when(store.load()).thenReturn(stored);
        Response response = resource.get();
        assertEquals(200, response.getStatus());
        JsonNode body = Json.MAPPER.readTree(String.valueOf(response.getEntity()));
        assertEquals("OPS TEAM", body.get("spaceKey").asText());
        assertEquals(500, body.get("defaultDueWeeks").get("SEV1").asInt());
        // and the admin can fix them in one PUT
        assertEquals(200, resource.put("{\"confluenceUrl\":\"https://wiki.example.com\",\"confluenceToken\":\"t\","
                + "\"spaceKey\":\"OPS\",\"defaultDueWeeks\":{\"SEV1\":5}}").getStatus());
        verify(store).save(any());
    }

    @Test
    public void put_shouldStillReportMalformedValuesBeforeMeaning() throws Exception {
        Response response = resource.put("{\"defaultDueWeeks\":{\"SEV1\":\"soon\"}}");
        assertEquals(400, response.getStatus());
        assertEquals(List.of("defaultDueWeeks.SEV1"), fields(response));
        verify(store, never()).save(any());
    }

    private AppSettings storedTokenSettings() {
        AppSettings stored = AppSettings.builder().confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .confluenceUrl("https://wiki.example.com").confluenceToken("stored-secret").spaceKey("OPS")
                .rootTitle("Post-mortems").countermeasureMode(AppSettings.CountermeasureMode.SUB_TASK).build();
        when(store.load()).thenReturn(stored);
        return stored;
    }

    @Test
    public void put_shouldDropTheStoredTokenWhenOnlyTheConfluenceHostChanges() throws Exception {
        storedTokenSettings();
        Response response = resource.put("{\"confluenceUrl\":\"https://evil.example.net\"}");
        assertEquals(400, response.getStatus());
        assertEquals(List.of("confluenceToken"), fields(response));
        verify(store, never()).save(any());
    }

    @Test
    public void put_shouldDropTheStoredTokenWhenThePortOrSchemeChanges() throws Exception {
        storedTokenSettings();
        assertEquals(List.of("confluenceToken"),
                fields(resource.put("{\"confluenceUrl\":\"https://wiki.example.com:8443\"}")));
        assertEquals(List.of("confluenceToken"), fields(resource.put(
                "{\"confluenceUrl\":\"http://wiki.example.com\",\"allowHttp\":true}")));
        verify(store, never()).save(any());
    }

    @Test
    public void put_shouldKeepTheStoredTokenForAnotherPathOnTheSameHostOrWithANewToken() {
        storedTokenSettings();
        assertEquals(200, resource.put("{\"confluenceUrl\":\"https://WIKI.example.com:443/confluence\"}")
                .getStatus());
        assertEquals(200, resource.put("{\"confluenceUrl\":\"https://other.example.com\","
                + "\"confluenceToken\":\"new\"}").getStatus());
        ArgumentCaptor<AppSettings> saved = ArgumentCaptor.forClass(AppSettings.class);
        verify(store, org.mockito.Mockito.times(2)).save(saved.capture());
        assertEquals("stored-secret", saved.getAllValues().get(0).confluenceToken());
        assertEquals("new", saved.getAllValues().get(1).confluenceToken());
    }

    @Test
    public void put_shouldRefuseHttpUnlessTheAdministratorAllowsIt() throws Exception {
        Response refused = resource.put("{\"confluenceMode\":\"PERSONAL_ACCESS_TOKEN\","
                + "\"confluenceUrl\":\"http://wiki.example.com\",\"confluenceToken\":\"t\",\"spaceKey\":\"OPS\"}");
        assertEquals(List.of("confluenceUrl"), fields(refused));
        assertTrue(String.valueOf(refused.getEntity()).contains("Use an https:// address"));
        assertEquals(200, resource.put("{\"confluenceMode\":\"PERSONAL_ACCESS_TOKEN\","
                + "\"confluenceUrl\":\"http://wiki.example.com\",\"confluenceToken\":\"t\",\"spaceKey\":\"OPS\","
                + "\"allowHttp\":true}").getStatus());
    }

    @Test
    public void toString_shouldNeverPrintTheToken() {
        String text = storedTokenSettings().toString();
        assertFalse(text, text.contains("stored-secret"));
        assertTrue(text, text.contains("confluenceToken=(set)"));
    }

    @Test
    public void reviewFile_shouldDownloadTheReviewSettingsWithoutTokenOrAddresses() {
        when(store.load()).thenReturn(AppSettings.builder()
                .confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .confluenceUrl("https://wiki.internal.example.com").confluenceToken("s3cret-token").spaceKey("OPS")
                .extraBlameTerms(java.util.Map.of("en", List.of("cowboy"))).build());
        Response response = resource.reviewFile();
        assertEquals(200, response.getStatus());
        assertEquals("attachment; filename=\"postmortems-review-settings.json\"",
                response.getHeaderString("Content-Disposition"));
        String body = String.valueOf(response.getEntity());
        assertTrue(body, body.contains("\"cowboy\""));
        assertFalse(body, body.contains("s3cret") || body.contains("wiki.internal") || body.contains("OPS"));
    }
}
