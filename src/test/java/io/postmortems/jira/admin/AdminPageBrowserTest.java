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
import io.postmortems.testing.HeadlessChromium;
import jakarta.ws.rs.core.Response;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.Assume;
import org.junit.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
    private static final Path OUT = Path.of("target", "admin-preview");
    private static final HeadlessChromium CHROMIUM = HeadlessChromium.find().orElse(null);

    private static final String PROBE = """
            <script>
            window.calls = [];
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              window.calls.push({method: method, body: init && init.body});
              var json = function (status, body) {
                return Promise.resolve(new Response(JSON.stringify(body),
                  {status: status, headers: {'Content-Type': 'application/json'}}));
              };
              if (method === 'GET') {
                return json(200, {confluenceMode: 'PERSONAL_ACCESS_TOKEN', confluenceUrl: 'https://wiki.example.com',
                  confluenceTokenSet: true, spaceKey: 'OPS', rootTitle: 'Post-mortems', layout: 'YEAR_MONTH',
                  restrictedTarget: false, errorsBlockPublishing: true, countermeasureMode: 'SUB_TASK',
                  severityLevels: [{id: 'SEV1', name: 'Critical', description: 'Outage'}],
                  requiredSections: {SEV1: ['SUMMARY', 'IMPACT']}, defaultDueWeeks: {SEV1: 4},
                  extraBlameTerms: {en: ['should have, obviously']}, extraCounterfactuals: {}});
              }
              return json(400, {errors: [{field: 'severityLevels[0].id', message: 'Use <b>letters</b>.'}]});
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              setTimeout(function () {
                var form = document.getElementById('pm-admin-form'), el = form.elements, out = {};
                out.url = el.confluenceUrl.value;
                out.layout = el.layout.value;
                out.token = el.confluenceToken.value;
                out.tokenState = document.getElementById('pm-admin-token-state').textContent;
                out.levels = el.severityLevels.value;
                out.terms = el.extraBlameTerms.value;
                el.defaultDueWeeks.value = 'SEV1: soon';
                form.requestSubmit();
                out.dueError = form.querySelector('[data-error-for="defaultDueWeeks"]').textContent;
                out.putsAfterBadLine = window.calls.filter(function (c) { return c.method === 'PUT'; }).length;
                el.defaultDueWeeks.value = 'SEV1: 2';
                el.severityLevels.value = 'SEV1 | Critical | Outage\\nSEV2 | Major';
                form.requestSubmit();
                setTimeout(function () {
                  var body = JSON.parse(window.calls.filter(function (c) { return c.method === 'PUT'; })[0].body);
                  out.putHasToken = 'confluenceToken' in body;
                  out.putLevels = body.severityLevels.length;
                  out.putDue = body.defaultDueWeeks.SEV1;
                  out.putTerm = body.extraBlameTerms.en[0];
                  out.putSections = body.requiredSections.SEV1.join('+');
                  out.levelError = form.querySelector('[data-error-for="severityLevels"]').textContent;
                  out.boldInjected = form.querySelectorAll('b').length;
                  var pre = document.createElement('pre');
                  pre.id = 'probe';
                  pre.textContent = JSON.stringify(out);
                  document.body.appendChild(pre);
                }, 200);
              }, 200);
            });
            </script>
            """;

    /** The settings page answers a PUT with the 400 body the real resource produced for a bad Confluence URL. */
    private static final String BAD_URL_PROBE = """
            <script>
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              var json = function (status, body) {
                return Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body),
                  {status: status, headers: {'Content-Type': 'application/json'}}));
              };
              if (method === 'GET') {
                return json(200, {confluenceMode: 'PERSONAL_ACCESS_TOKEN', confluenceUrl: 'https://wiki.example.com',
                  confluenceTokenSet: true, spaceKey: 'OPS', rootTitle: 'Post-mortems', layout: 'YEAR',
                  restrictedTarget: false, errorsBlockPublishing: true, countermeasureMode: 'SUB_TASK',
                  severityLevels: [{id: 'SEV1', name: 'Critical', description: ''}], requiredSections: {},
                  defaultDueWeeks: {}, extraBlameTerms: {}, extraCounterfactuals: {}});
              }
              return json(400, %s);
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              setTimeout(function () {
                var form = document.getElementById('pm-admin-form'), el = form.elements, out = {};
                el.confluenceUrl.value = 'wiki.example.com/confluence?x=1';
                form.requestSubmit();
                setTimeout(function () {
                  var input = document.getElementById('pm-admin-confluenceUrl');
                  var group = input.closest('.field-group');
                  var slot = group.querySelector('.error[data-error-for="confluenceUrl"]');
                  out.urlError = slot ? slot.textContent : 'no slot beside the URL field';
                  out.urlInvalid = input.getAttribute('aria-invalid');
                  out.spaceError = form.querySelector('[data-error-for="spaceKey"]').textContent;
                  out.otherErrors = form.querySelector('[data-error-for="rootTitle"]').textContent.length;
                  out.generalBoxHidden = form.querySelector('.pm-form-errors').hidden;
                  var pre = document.createElement('pre');
                  pre.id = 'probe';
                  pre.textContent = JSON.stringify(out);
                  document.body.appendChild(pre);
                }, 200);
              }, 200);
            });
            </script>
            """;

    /** Mirror failures: two listed (one issue deleted, one reason with markup), then a repair that fixes one. */
    private static final String MIRROR_PROBE = """
            <meta name="ajs-context-path" content="/jira">
            <script>
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              var json = function (status, body) {
                return Promise.resolve(new Response(JSON.stringify(body),
                  {status: status, headers: {'Content-Type': 'application/json'}}));
              };
              var failures = [
                {issueId: 10, issueKey: 'PM-1', reason: 'Jira refused <b>it</b>', at: '2026-03-01T10:00:00Z'},
                {issueId: 11, issueKey: null, reason: 'gone', at: '2026-03-01T09:00:00Z'}];
              if (url.indexOf('/admin/mirror-failures/repair') >= 0 && method === 'POST') {
                return json(200, {repaired: 1, failed: 1, withoutPostMortem: 0, failures: failures.slice(1)});
              }
              if (url.indexOf('/admin/mirror-failures') >= 0) {
                return json(200, {failures: failures});
              }
              return json(200, {confluenceMode: 'APPLICATION_LINK', severityLevels: [], requiredSections: {},
                defaultDueWeeks: {}, extraBlameTerms: {}, extraCounterfactuals: {}});
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              setTimeout(function () {
                var section = document.getElementById('pm-admin-mirror'), out = {};
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
                setTimeout(function () {
                  out.repaired = section.querySelector('.pm-mirror-repaired').textContent;
                  out.rowsAfter = section.querySelectorAll('.pm-mirror-table tbody tr').length;
                  var pre = document.createElement('pre');
                  pre.id = 'probe';
                  pre.textContent = JSON.stringify(out);
                  document.body.appendChild(pre);
                }, 200);
              }, 200);
            });
            </script>
            """;

    /** What the real settings resource answers to a PUT with a relative Confluence URL and a bad space key. */
    private static String realBadUrlAnswer() {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser admin = JiraFixture.grant(JiraFixture.Role.ADMIN, null, null, pm,
                gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(auth.getI18nHelper()).thenReturn(new BundleI18nHelper());
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

    private static String page() throws Exception {
        return page(PROBE.formatted(script()));
    }

    private static String script() throws Exception {
        return Files.readString(Path.of("src/main/resources/js/postmortem-rest.js")) + "\n"
                + Files.readString(Path.of("src/main/resources/js/postmortem-admin.js"));
    }

    private static String page(String probe) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("i18n", new BundleI18nHelper());
        StringWriter html = new StringWriter();
        engine.getTemplate(SettingsPageServlet.TEMPLATE, "UTF-8").merge(context, html);
        return html.toString().replace("</body>", probe + "</body>");
    }


    @Test
    public void settingsPage_shouldLoadValidateAndSaveThroughTheRestApi() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        Path probe = OUT.resolve("admin-probe.html");
        Files.writeString(probe, page());
        Path log = OUT.resolve("chromium-dom.log");
        String dom = CHROMIUM.dumpDom(probe, log);
        String errors = Files.readString(log);
        assertFalse("console errors: " + errors, HeadlessChromium.hasConsoleErrors(errors));

        assertEquals("https://wiki.example.com", HeadlessChromium.probeValue(dom, "url"));
        assertEquals("YEAR_MONTH", HeadlessChromium.probeValue(dom, "layout"));
        assertEquals("the token is never filled in", "", HeadlessChromium.probeValue(dom, "token"));
        assertEquals("Token set", HeadlessChromium.probeValue(dom, "tokenState"));
        assertEquals("SEV1 | Critical | Outage", HeadlessChromium.probeValue(dom, "levels"));
        assertEquals("en: should have, obviously", HeadlessChromium.probeValue(dom, "terms"));
        assertEquals("Line 1 needs a whole number of weeks: SEV1: soon", HeadlessChromium.probeValue(dom, "dueError"));
        assertEquals("nothing sent while a line is malformed", "0", HeadlessChromium.probeValue(dom, "putsAfterBadLine"));
        assertEquals("an empty token field keeps the stored token", "false", HeadlessChromium.probeValue(dom, "putHasToken"));
        assertEquals("2", HeadlessChromium.probeValue(dom, "putLevels"));
        assertEquals("2", HeadlessChromium.probeValue(dom, "putDue"));
        assertEquals("should have, obviously", HeadlessChromium.probeValue(dom, "putTerm"));
        assertEquals("SUMMARY+IMPACT", HeadlessChromium.probeValue(dom, "putSections"));
        assertEquals("Use &lt;b&gt;letters&lt;/b&gt;.", HeadlessChromium.probeValue(dom, "levelError"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "boldInjected"));
    }

    @Test
    public void settingsPage_shouldShowTheServersUrlMessageBesideTheUrlField() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        String answer = realBadUrlAnswer();
        Files.createDirectories(OUT);
        Path probe = OUT.resolve("admin-bad-url-probe.html");
        // the answer is JSON, so it is a valid JavaScript expression as it stands
        Files.writeString(probe, page(BAD_URL_PROBE.formatted(answer, script())));
        Path log = OUT.resolve("chromium-bad-url.log");
        String dom = CHROMIUM.dumpDom(probe, log);
        assertFalse("console errors: " + Files.readString(log), HeadlessChromium.hasConsoleErrors(Files.readString(log)));

        assertEquals("The Confluence URL must be an absolute http or https address such as https://wiki.example.com, "
                + "not wiki.example.com/confluence?x=1.", HeadlessChromium.probeValue(dom, "urlError"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "urlInvalid"));
        assertTrue(HeadlessChromium.probeValue(dom, "spaceError").startsWith("OPS TEAM is not a Confluence space key"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "otherErrors"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "generalBoxHidden"));
    }

    @Test
    public void settingsPage_shouldListThisNodesMirrorFailuresAndRepairThem() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        Path probe = OUT.resolve("admin-mirror-probe.html");
        Files.writeString(probe, page(MIRROR_PROBE.formatted(script())));
        Path log = OUT.resolve("chromium-mirror.log");
        String dom = CHROMIUM.dumpDom(probe, log);
        assertFalse("console errors: " + Files.readString(log), HeadlessChromium.hasConsoleErrors(Files.readString(log)));

        assertEquals("2", HeadlessChromium.probeValue(dom, "rows"));
        assertEquals("PM-1", HeadlessChromium.probeValue(dom, "key"));
        assertEquals("/jira/browse/PM-1", HeadlessChromium.probeValue(dom, "href"));
        assertEquals("Jira refused &lt;b&gt;it&lt;/b&gt;", HeadlessChromium.probeValue(dom, "reason"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "bold"));
        assertEquals("Issue 11 (deleted)", HeadlessChromium.probeValue(dom, "deleted"));
        assertEquals("2026-03-01T10:00:00Z", HeadlessChromium.probeValue(dom, "time"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "emptyHidden"));
        assertEquals("the page says the list is this node's", "true", HeadlessChromium.probeValue(dom, "node"));
        assertEquals("Repaired 1 of 2 listed. Still failing: 1.", HeadlessChromium.probeValue(dom, "repaired"));
        assertEquals("1", HeadlessChromium.probeValue(dom, "rowsAfter"));
    }
}
