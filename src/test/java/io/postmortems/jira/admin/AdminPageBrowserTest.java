package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.rest.SettingsResource;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.testing.BrowserProbe;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Runs the settings page's script in headless Chromium against a stubbed settings REST API: the form is filled from
 * GET, the token only shows as set, a malformed line is reported next to its field without sending anything, the PUT
 * body carries the parsed lists and maps, and a server field error lands next to its field as text. Skipped where
 * Chromium is not installed.
 */
public class AdminPageBrowserTest {
    /** Stored settings for a personal access token (the token set), with the given fields added or replaced. */
    private static final String TOKEN_SETTINGS = """
            function tokenSettings(fields) {
              return Object.assign({confluenceMode: 'PERSONAL_ACCESS_TOKEN', confluenceUrl: 'https://wiki.example.com',
                confluenceTokenSet: true, spaceKey: 'OPS', rootTitle: 'Post-mortems', restrictedTarget: false,
                errorsBlockPublishing: true, countermeasureMode: 'SUB_TASK', extraCounterfactuals: {}}, fields);
            }
            """;

    /** A GET of the settings; a PUT is refused with a field error that carries markup. */
    private static final String STUB = TOKEN_SETTINGS + """
            probe.fetch(function (method) {
              if (method === 'GET') {
                return probe.json(200, tokenSettings({layout: 'YEAR_MONTH',
                  severityLevels: [{id: 'SEV1', name: 'Critical', description: 'Outage'}],
                  requiredSections: {SEV1: ['SUMMARY', 'IMPACT']}, defaultDueWeeks: {SEV1: 4},
                  extraBlameTerms: {en: ['should have, obviously']}}));
              }
              return probe.json(400, {errors: [{field: 'severityLevels[0].id', message: 'Use <b>letters</b>.'}]});
            });
            """;
    private static final String STEPS = """
            var form = document.getElementById('pm-admin-form'), el = form.elements;
            probe.steps([function (out) {
              out.url = el.confluenceUrl.value;
              out.layout = el.layout.value;
              out.token = el.confluenceToken.value;
              out.tokenState = document.getElementById('pm-admin-token-state').textContent;
              out.levels = el.severityLevels.value;
              out.terms = el.extraBlameTerms.value;
              el.defaultDueWeeks.value = 'SEV1: soon';
              form.requestSubmit();
              out.dueError = form.querySelector('[data-error-for="defaultDueWeeks"]').textContent;
              out.putsAfterBadLine = probe.sent('PUT').length;
              el.defaultDueWeeks.value = 'SEV1: 2';
              el.severityLevels.value = 'SEV1 | Critical | Outage\\nSEV2 | Major';
              form.requestSubmit();
            }, function (out) {
              var body = JSON.parse(probe.sent('PUT')[0].body);
              out.putHasToken = 'confluenceToken' in body;
              out.putLevels = body.severityLevels.length;
              out.putDue = body.defaultDueWeeks.SEV1;
              out.putTerm = body.extraBlameTerms.en[0];
              out.putSections = body.requiredSections.SEV1.join('+');
              out.levelError = form.querySelector('[data-error-for="severityLevels"]').textContent;
              out.boldInjected = form.querySelectorAll('b').length;
            }], 200);
            """;

    /** The settings page answers a PUT with the 400 body the real resource produced for a bad Confluence URL. */
    private static final String BAD_URL_STUB = TOKEN_SETTINGS + """
            probe.fetch(function (method) {
              if (method === 'GET') {
                return probe.json(200, tokenSettings({layout: 'YEAR',
                  severityLevels: [{id: 'SEV1', name: 'Critical', description: ''}], requiredSections: {},
                  defaultDueWeeks: {}, extraBlameTerms: {}}));
              }
              return probe.json(400, %s);
            });
            """;
    private static final String BAD_URL_STEPS = """
            var form = document.getElementById('pm-admin-form'), el = form.elements;
            probe.steps([function () {
              el.confluenceUrl.value = 'wiki.example.com/confluence?x=1';
              form.requestSubmit();
            }, function (out) {
              var input = document.getElementById('pm-admin-confluenceUrl');
              var group = input.closest('.field-group');
              var slot = group.querySelector('.error[data-error-for="confluenceUrl"]');
              out.urlError = slot ? slot.textContent : 'no slot beside the URL field';
              out.urlInvalid = input.getAttribute('aria-invalid');
              out.spaceError = form.querySelector('[data-error-for="spaceKey"]').textContent;
              out.otherErrors = form.querySelector('[data-error-for="rootTitle"]').textContent.length;
              out.generalBoxHidden = form.querySelector('.pm-form-errors').hidden;
            }], 200);
            """;

    /** Mirror failures: two listed (one issue deleted, one reason with markup), then a repair that fixes one. */
    private static final String MIRROR_CONTEXT_PATH = "<meta name=\"ajs-context-path\" content=\"/jira\">";
    private static final String MIRROR_STUB = """
            var failures = [
              {issueId: 10, issueKey: 'PM-1', reason: 'Jira refused <b>it</b>', at: '2026-03-01T10:00:00Z'},
              {issueId: 11, issueKey: null, reason: 'gone', at: '2026-03-01T09:00:00Z'}];
            probe.fetch(function (method, url) {
              if (url.indexOf('/admin/mirror-failures/repair') >= 0 && method === 'POST') {
                return probe.json(200, {repaired: 1, failed: 1, withoutPostMortem: 0, failures: failures.slice(1)});
              }
              if (url.indexOf('/admin/mirror-failures') >= 0) {
                return probe.json(200, {failures: failures});
              }
              return probe.json(200, {confluenceMode: 'APPLICATION_LINK', severityLevels: [], requiredSections: {},
                defaultDueWeeks: {}, extraBlameTerms: {}, extraCounterfactuals: {}});
            });
            """;
    private static final String MIRROR_STEPS = """
            var section = document.getElementById('pm-admin-mirror');
            probe.steps([function (out) {
              var rows = section.querySelectorAll('.pm-mirror-table tbody tr');
              out.rows = rows.length;
              out.key = rows[0].cells[0].textContent;
              out.href = rows[0].querySelector('a').getAttribute('href');
              out.reason = rows[0].cells[1].textContent;
              out.deleted = rows[1].cells[0].textContent;
              out.time = rows[0].querySelector('time').getAttribute('datetime');
              out.emptyHidden = section.querySelector('.pm-mirror-empty').hidden;
              out.node = section.querySelector('.pm-mirror-node').textContent.indexOf('node') >= 0;
              out.bold = section.querySelectorAll('b').length;
              section.querySelector('#pm-admin-mirror-repair').click();
            }, function (out) {
              out.repaired = section.querySelector('.pm-mirror-repaired').textContent;
              out.rowsAfter = section.querySelectorAll('.pm-mirror-table tbody tr').length;
            }], 200);
            """;

    /** What the real settings resource answers to a PUT with a relative Confluence URL and a bad space key. */
    private static String realBadUrlAnswer() {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser admin = JiraFixture.grant(JiraFixture.Role.ADMIN, null, null, pm,
                gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        SettingsStore store = mock(SettingsStore.class);
        when(store.load()).thenReturn(AppSettings.defaults());
        SettingsResource resource = new SettingsResource(auth,
                new PostMortemPermissions(pm, gpm), store,
                new SettingsValidation(mock(ApplicationLinkService.class),
                        mock(CountermeasureTargets.class)));
        Response response = resource.put("{\"confluenceMode\":\"PERSONAL_ACCESS_TOKEN\","
                + "\"confluenceUrl\":\"wiki.example.com/confluence?x=1\",\"confluenceToken\":\"t\","
                + "\"spaceKey\":\"OPS TEAM\"}");
        assertEquals(400, response.getStatus());
        return String.valueOf(response.getEntity());
    }

    @Test
    public void settingsPage_shouldLoadValidateAndSaveThroughTheRestApi() throws Exception {
        BrowserProbe.Result probe = SettingsPageFixture.probe("admin-probe", SettingsPageFixture.html(), STUB, STEPS);

        assertEquals("https://wiki.example.com", probe.value("url"));
        assertEquals("YEAR_MONTH", probe.value("layout"));
        assertEquals("the token is never filled in", "", probe.value("token"));
        assertEquals("Token set", probe.value("tokenState"));
        assertEquals("SEV1 | Critical | Outage", probe.value("levels"));
        assertEquals("en: should have, obviously", probe.value("terms"));
        assertEquals("Line 1 needs a whole number of weeks: SEV1: soon", probe.value("dueError"));
        assertEquals("nothing sent while a line is malformed", "0", probe.value("putsAfterBadLine"));
        assertEquals("an empty token field keeps the stored token", "false", probe.value("putHasToken"));
        assertEquals("2", probe.value("putLevels"));
        assertEquals("2", probe.value("putDue"));
        assertEquals("should have, obviously", probe.value("putTerm"));
        assertEquals("SUMMARY+IMPACT", probe.value("putSections"));
        assertEquals("Use <b>letters</b>.", probe.value("levelError"));
        assertEquals("0", probe.value("boldInjected"));
    }

    @Test
    public void settingsPage_shouldShowTheServersUrlMessageBesideTheUrlField() throws Exception {
        // the answer is JSON, so it is a valid JavaScript expression as it stands
        BrowserProbe.Result probe = SettingsPageFixture.probe("admin-bad-url-probe", SettingsPageFixture.html(),
                BAD_URL_STUB.formatted(realBadUrlAnswer()), BAD_URL_STEPS);

        assertEquals("The Confluence URL must be an absolute http or https address such as https://wiki.example.com, "
                + "not wiki.example.com/confluence?x=1.", probe.value("urlError"));
        assertEquals("true", probe.value("urlInvalid"));
        assertTrue(probe.value("spaceError").startsWith("OPS TEAM is not a Confluence space key"));
        assertEquals("0", probe.value("otherErrors"));
        assertEquals("true", probe.value("generalBoxHidden"));
    }

    @Test
    public void settingsPage_shouldListThisNodesMirrorFailuresAndRepairThem() throws Exception {
        String page = SettingsPageFixture.html().replace("</head>", MIRROR_CONTEXT_PATH + "</head>");
        BrowserProbe.Result probe = SettingsPageFixture.probe("admin-mirror-probe", page, MIRROR_STUB, MIRROR_STEPS);

        assertEquals("2", probe.value("rows"));
        assertEquals("PM-1", probe.value("key"));
        assertEquals("/jira/browse/PM-1", probe.value("href"));
        assertEquals("Jira refused <b>it</b>", probe.value("reason"));
        assertEquals("0", probe.value("bold"));
        assertEquals("Issue 11 (deleted)", probe.value("deleted"));
        assertEquals("2026-03-01T10:00:00Z", probe.value("time"));
        assertEquals("true", probe.value("emptyHidden"));
        assertEquals("the page says the list is this node's", "true", probe.value("node"));
        assertEquals("Repaired 1 of 2 listed. Still failing: 1.", probe.value("repaired"));
        assertEquals("1", probe.value("rowsAfter"));
    }
}
