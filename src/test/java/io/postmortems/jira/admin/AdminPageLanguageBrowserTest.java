package io.postmortems.jira.admin;

import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.testing.HeadlessChromium;
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

/**
 * The page language on the settings page, in headless Chromium against a stubbed REST API: a stored tag the select
 * does not offer is shown and kept, and a chosen language is sent in the PUT body. Skipped without Chromium.
 */
public class AdminPageLanguageBrowserTest {
    private static final Path OUT = Path.of("target", "admin-preview");
    private static final HeadlessChromium CHROMIUM = HeadlessChromium.find().orElse(null);

    private static final String PROBE = """
            <script>
            window.calls = [];
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              window.calls.push({method: method, body: init && init.body});
              var body = method === 'GET'
                ? {confluenceMode: 'APPLICATION_LINK', layout: 'YEAR', countermeasureMode: 'SUB_TASK',
                   pageLanguage: 'fr-CA', severityLevels: [{id: 'SEV1', name: 'Critical'}], requiredSections: {},
                   defaultDueWeeks: {}, extraBlameTerms: {}, extraCounterfactuals: {}}
                : JSON.parse(init.body);
              return Promise.resolve(new Response(JSON.stringify(body),
                {status: 200, headers: {'Content-Type': 'application/json'}}));
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              setTimeout(function () {
                var form = document.getElementById('pm-admin-form'), el = form.elements, out = {};
                out.loaded = el.pageLanguage.value;
                out.options = Array.prototype.map.call(el.pageLanguage.options, function (o) { return o.value; }).join(',');
                form.requestSubmit();
                setTimeout(function () {
                  out.keptUnknown = JSON.parse(window.calls.filter(function (c) { return c.method === 'PUT'; })[0].body)
                    .pageLanguage;
                  el.pageLanguage.value = 'de';
                  form.requestSubmit();
                  setTimeout(function () {
                    var puts = window.calls.filter(function (c) { return c.method === 'PUT'; });
                    out.chosen = JSON.parse(puts[puts.length - 1].body).pageLanguage;
                    var pre = document.createElement('pre');
                    pre.id = 'probe';
                    pre.textContent = JSON.stringify(out);
                    document.body.appendChild(pre);
                  }, 200);
                }, 200);
              }, 200);
            });
            </script>
            """;

    private static String page() throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("i18n", new BundleI18nHelper());
        StringWriter html = new StringWriter();
        engine.getTemplate(SettingsPageServlet.TEMPLATE, "UTF-8").merge(context, html);
        String script = Files.readString(Path.of("src/main/resources/js/postmortem-rest.js")) + "\n"
                + Files.readString(Path.of("src/main/resources/js/postmortem-admin.js"));
        return html.toString().replace("</body>", PROBE.formatted(script) + "</body>");
    }

    @Test
    public void settingsPage_shouldShowKeepAndSendThePageLanguage() throws Exception {
        String html = page();
        assertTrue(html, html.contains("<option value=\"de\">German (Deutsch)</option>"));
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        Path probe = OUT.resolve("admin-language-probe.html");
        Files.writeString(probe, html);
        Path log = OUT.resolve("chromium-language-dom.log");
        String dom = CHROMIUM.dumpDom(probe, log);
        assertFalse("console errors: " + Files.readString(log), HeadlessChromium.hasConsoleErrors(Files.readString(log)));

        assertEquals("fr-CA", HeadlessChromium.probeValue(dom, "loaded"));
        assertEquals("en,de,fr-CA", HeadlessChromium.probeValue(dom, "options"));
        assertEquals("fr-CA", HeadlessChromium.probeValue(dom, "keptUnknown"));
        assertEquals("de", HeadlessChromium.probeValue(dom, "chosen"));
    }
}
