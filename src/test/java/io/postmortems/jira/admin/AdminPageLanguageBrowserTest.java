package io.postmortems.jira.admin;

import io.postmortems.testing.BrowserProbe;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The page language on the settings page, in headless Chromium against a stubbed REST API: a stored tag the select
 * does not offer is shown and kept, and a chosen language is sent in the PUT body. Skipped without Chromium.
 */
public class AdminPageLanguageBrowserTest {
    /** A GET answers settings with a page language the select does not offer; a PUT answers what it was sent. */
    private static final String STUB = """
            probe.fetch(function (method, url, init) {
              return probe.json(200, method === 'GET'
                ? {confluenceMode: 'APPLICATION_LINK', layout: 'YEAR', countermeasureMode: 'SUB_TASK',
                   pageLanguage: 'fr-CA', severityLevels: [{id: 'SEV1', name: 'Critical'}], requiredSections: {},
                   defaultDueWeeks: {}, extraBlameTerms: {}, extraCounterfactuals: {}}
                : JSON.parse(init.body));
            });
            """;
    private static final String STEPS = """
            var form = document.getElementById('pm-admin-form'), el = form.elements;
            probe.steps([function (out) {
              out.loaded = el.pageLanguage.value;
              out.options = Array.prototype.map.call(el.pageLanguage.options, function (o) { return o.value; }).join(',');
              form.requestSubmit();
            }, function (out) {
              out.keptUnknown = JSON.parse(probe.sent('PUT')[0].body).pageLanguage;
              el.pageLanguage.value = 'de';
              form.requestSubmit();
            }, function (out) {
              var puts = probe.sent('PUT');
              out.chosen = JSON.parse(puts[puts.length - 1].body).pageLanguage;
            }], 200);
            """;

    @Test
    public void settingsPage_shouldShowKeepAndSendThePageLanguage() throws Exception {
        String html = SettingsPageFixture.html();
        assertTrue(html, html.contains("<option value=\"de\">German (Deutsch)</option>"));
        BrowserProbe.Result probe = SettingsPageFixture.probe("admin-language-probe", html, STUB, STEPS);

        assertEquals("fr-CA", probe.value("loaded"));
        assertEquals("en,de,fr-CA", probe.value("options"));
        assertEquals("fr-CA", probe.value("keptUnknown"));
        assertEquals("de", probe.value("chosen"));
    }
}
