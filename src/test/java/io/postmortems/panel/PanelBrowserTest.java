package io.postmortems.panel;

import io.postmortems.testing.HeadlessChromium;
import org.junit.Assume;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Opens the panel preview in headless Chromium: AUI's stylesheet really applies, the panel's script opens a form
 * and shows a REST field error next to its field, no console errors, and a screenshot lands in
 * target/panel-preview/panel.png. Skipped where Chromium is not installed (CI installs it, and AUI via .ci/prepare).
 */
public class PanelBrowserTest {
    private static final Path OUT = Path.of("target", "panel-preview");
    private static final Path AUI = Path.of("node_modules/@atlassian/aui/dist/aui");
    private static final HeadlessChromium CHROMIUM = HeadlessChromium.find().orElse(null);



    /** Copies AUI's stylesheet (and the fonts and images it refers to) next to the pages; false when not installed. */
    private static boolean copyAui() throws Exception {
        Path css = AUI.resolve("aui-prototyping.css");
        if (!Files.isRegularFile(css)) {
            return false;
        }
        Files.copy(css, OUT.resolve("aui-prototyping.css"), StandardCopyOption.REPLACE_EXISTING);
        for (String dir : List.of("fonts", "images")) {
            Path from = AUI.resolve(dir);
            if (Files.isDirectory(from)) {
                try (var files = Files.walk(from)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Path to = OUT.resolve(dir).resolve(from.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * The probe: records computed styles (an AUI lozenge against a plain span), opens the timeline form, submits it
     * against a stubbed REST API answering 400 with a field error, and writes what it saw into #probe.
     */
    private static final String PROBE = """
            <script>
            window.fetch = function () {
              return Promise.resolve(new Response(JSON.stringify({errors: [
                {field: 'text', message: 'Say <b>what</b> happened.'}, {field: 'revision', message: 'Reload.'}]}),
                {status: 400, headers: {'Content-Type': 'application/json'}}));
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              var out = {};
              var lozenge = document.querySelector('.aui-lozenge');
              var plain = document.createElement('span');
              document.body.appendChild(plain);
              out.lozengeTransform = getComputedStyle(lozenge).textTransform;
              out.lozengeRadius = getComputedStyle(lozenge).borderTopLeftRadius;
              out.plainTransform = getComputedStyle(plain).textTransform;
              var form = document.getElementById('pm-form-event');
              out.hiddenBefore = form.hidden;
              document.querySelector('button[data-form="pm-form-event"]').click();
              out.hiddenAfter = form.hidden;
              out.atPrefilled = form.elements.at.value.length > 0;
              form.requestSubmit();
              setTimeout(function () {
                out.textError = form.querySelector('[data-error-for="text"]').textContent;
                out.generalErrors = form.querySelector('.pm-form-errors').textContent;
                out.boldInjected = form.querySelectorAll('b').length;
                var pre = document.createElement('pre');
                pre.id = 'probe';
                pre.textContent = JSON.stringify(out);
                document.body.appendChild(pre);
              }, 200);
            });
            </script>
            """;


    /** The panel's script after the shared REST helper, as Jira loads them. */
    private static String scripts() {
        return PanelPreview.resource(PanelPreview.REST_SCRIPT) + "\n" + PanelPreview.resource(PanelPreview.SCRIPT);
    }

    @Test
    public void preview_shouldLoadAuiRunTheFormsAndRenderWithoutConsoleErrors() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        boolean aui = copyAui();
        if (!aui && "true".equals(System.getenv("CI"))) {
            fail("AUI is not installed: run .ci/prepare (npm install of @atlassian/aui)");
        }
        String page = PanelPreview.render(PanelSamples.view(), "aui-prototyping.css");
        Path shown = OUT.resolve("panel.html");
        Files.writeString(shown, page);
        Path probe = OUT.resolve("panel-probe.html");
        Files.writeString(probe, page.replace("</body>",
                PROBE.formatted(scripts()) + "</body>"));

        Path domLog = OUT.resolve("chromium-dom.log");
        String dom = CHROMIUM.dumpDom(probe, domLog);
        String log = Files.readString(domLog);
        assertTrue("countermeasure table rendered: " + dom, dom.contains("id=\"pm-countermeasures\""));
        assertFalse("console errors: " + log, HeadlessChromium.hasConsoleErrors(log));

        assertEquals("form hidden until opened", "true", HeadlessChromium.probeValue(dom, "hiddenBefore"));
        assertEquals("false", HeadlessChromium.probeValue(dom, "hiddenAfter"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "atPrefilled"));
        assertEquals("field error next to its field, as text", "Say &lt;b&gt;what&lt;/b&gt; happened.",
                HeadlessChromium.probeValue(dom, "textError"));
        assertEquals("revision: Reload.", HeadlessChromium.probeValue(dom, "generalErrors"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "boldInjected"));
        if (aui) {
            assertEquals("AUI styles the lozenge", "uppercase", HeadlessChromium.probeValue(dom, "lozengeTransform"));
            assertNotEquals(HeadlessChromium.probeValue(dom, "plainTransform"), HeadlessChromium.probeValue(dom, "lozengeTransform"));
            assertNotEquals("0px", HeadlessChromium.probeValue(dom, "lozengeRadius"));
        }

        Path shot = OUT.resolve("panel.png");
        Files.deleteIfExists(shot);
        CHROMIUM.screenshot(shown, shot, 1100, 2200, OUT.resolve("chromium-shot.log"));
        assertTrue("screenshot written", Files.size(shot) > 1000);
    }

    /**
     * The second probe: deletes a timeline event (confirm form, DELETE with the revision, a 409 shown as text) and
     * edits a countermeasure (form filled from the document, PUT of the whole document with only that
     * countermeasure's fields changed, a field error next to its field).
     */
    private static final String EDIT_PROBE = """
            <script>
            window.calls = [];
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              window.calls.push({method: method, url: String(url), body: init && init.body});
              var json = function (status, body) {
                return Promise.resolve(new Response(JSON.stringify(body),
                  {status: status, headers: {'Content-Type': 'application/json'}}));
              };
              if (method === 'GET') {
                var row = document.querySelector('#pm-countermeasures tr[data-countermeasure-id]');
                return json(200, {revision: 7, document: {timeline: [], countermeasures: [
                  {id: 'other', summary: 'Keep me', status: 'OPEN'},
                  {id: row.getAttribute('data-countermeasure-id'), summary: 'Old summary', owner: 'alice',
                   dueDate: '2026-04-01', priority: 'HIGH', kind: 'DETECT', status: 'OPEN', issueKey: 'PM-9'}]}});
              }
              if (method === 'DELETE') {
                return json(409, {errors: [{field: '', message: 'Changed <i>meanwhile</i>.'}]});
              }
              return json(400, {errors: [{field: 'document.countermeasures[1].summary', message: 'Too <b>long</b>.'}]});
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              var out = {};
              var del = document.getElementById('pm-form-delete-event');
              out.deleteHiddenBefore = del.hidden;
              document.querySelector('.pm-delete-event').click();
              out.deleteHiddenAfter = del.hidden;
              out.deleteQuoted = del.querySelector('.pm-delete-event-text').textContent.length > 0;
              out.callsBeforeConfirm = window.calls.length;
              del.requestSubmit();
              setTimeout(function () {
                var call = window.calls[window.calls.length - 1];
                out.deleteMethod = call.method;
                out.deleteUrlOk = call.url.indexOf('/timeline/') > 0 && /[?]revision=[0-9]+$/.test(call.url);
                out.deleteError = del.querySelector('.pm-form-errors').textContent;
                out.italicInjected = del.querySelectorAll('i').length;
                var cm = document.getElementById('pm-form-cm');
                document.querySelector('.pm-edit-cm').click();
                setTimeout(function () {
                  out.cmSummary = cm.elements.summary.value;
                  out.cmOwner = cm.elements.owner.value;
                  out.cmDue = cm.elements.dueDate.value;
                  out.cmTitle = cm.querySelector('h4').textContent;
                  out.cmButton = cm.querySelector('.pm-cm-submit').textContent;
                  cm.elements.summary.value = 'New summary';
                  cm.requestSubmit();
                  setTimeout(function () {
                    var put = window.calls.filter(function (c) { return c.method === 'PUT'; })[0];
                    var body = JSON.parse(put.body);
                    var list = body.document.countermeasures;
                    out.putRevision = body.revision;
                    out.putCount = list.length;
                    out.putSummary = list[1].summary;
                    out.putKeptKey = list[1].issueKey;
                    out.putKeptOther = list[0].summary;
                    out.cmError = cm.querySelector('[data-error-for="summary"]').textContent;
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

    @Test
    public void preview_shouldDeleteEventsAfterConfirmingAndEditCountermeasuresInPlace() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        String page = PanelPreview.render(PanelSamples.view(), "aui-prototyping.css");
        Path probe = OUT.resolve("panel-edit-probe.html");
        Files.writeString(probe, page.replace("</body>",
                EDIT_PROBE.formatted(scripts()) + "</body>"));
        Path domLog = OUT.resolve("chromium-edit-dom.log");
        String dom = CHROMIUM.dumpDom(probe, domLog);
        String log = Files.readString(domLog);
        assertFalse("console errors: " + log, HeadlessChromium.hasConsoleErrors(log));

        assertEquals("true", HeadlessChromium.probeValue(dom, "deleteHiddenBefore"));
        assertEquals("false", HeadlessChromium.probeValue(dom, "deleteHiddenAfter"));
        assertEquals("the event to delete is quoted", "true", HeadlessChromium.probeValue(dom, "deleteQuoted"));
        assertEquals("nothing is sent before confirming", "0", HeadlessChromium.probeValue(dom, "callsBeforeConfirm"));
        assertEquals("DELETE", HeadlessChromium.probeValue(dom, "deleteMethod"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "deleteUrlOk"));
        assertEquals("Changed &lt;i&gt;meanwhile&lt;/i&gt;.", HeadlessChromium.probeValue(dom, "deleteError"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "italicInjected"));

        assertEquals("Old summary", HeadlessChromium.probeValue(dom, "cmSummary"));
        assertEquals("alice", HeadlessChromium.probeValue(dom, "cmOwner"));
        assertEquals("2026-04-01", HeadlessChromium.probeValue(dom, "cmDue"));
        assertEquals("Edit countermeasure", HeadlessChromium.probeValue(dom, "cmTitle"));
        assertEquals("Save", HeadlessChromium.probeValue(dom, "cmButton"));
        assertEquals("7", HeadlessChromium.probeValue(dom, "putRevision"));
        assertEquals("edited in place, not appended", "2", HeadlessChromium.probeValue(dom, "putCount"));
        assertEquals("New summary", HeadlessChromium.probeValue(dom, "putSummary"));
        assertEquals("PM-9", HeadlessChromium.probeValue(dom, "putKeptKey"));
        assertEquals("Keep me", HeadlessChromium.probeValue(dom, "putKeptOther"));
        assertEquals("Too &lt;b&gt;long&lt;/b&gt;.", HeadlessChromium.probeValue(dom, "cmError"));
    }

    /**
     * The third probe: saving an edited countermeasure whose ticket Jira refuses to change (400: the error of the
     * edited countermeasure next to the form's fields, another countermeasure's error in the general box), then a
     * save that worked but left a ticket behind (200 with warnings: shown as text in the form, no reload, the panel
     * takes the new revision).
     */
    private static final String WARN_PROBE = """
            <script>
            window.puts = 0;
            window.fetch = function (url, init) {
              var method = (init && init.method) || 'GET';
              var json = function (status, body) {
                return Promise.resolve(new Response(JSON.stringify(body),
                  {status: status, headers: {'Content-Type': 'application/json'}}));
              };
              if (method === 'GET') {
                var row = document.querySelector('#pm-countermeasures tr[data-countermeasure-id]');
                return json(200, {revision: 7, document: {timeline: [], countermeasures: [
                  {id: 'other', summary: 'Keep me', status: 'OPEN', issueKey: 'PM-8'},
                  {id: row.getAttribute('data-countermeasure-id'), summary: 'Old summary', owner: 'alice',
                   status: 'OPEN', issueKey: 'PM-9'}]}});
              }
              window.puts++;
              if (window.puts === 1) {
                return json(400, {errors: [{field: 'countermeasures[0].owner', message: 'Not this one.'},
                  {field: 'countermeasures[1].issueKey', message: 'You may not edit ticket PM-9.'}]});
              }
              return json(200, {revision: 8, document: {}, warnings: [
                {field: 'countermeasures[1].issueKey', message: 'Jira did not update ticket <b>PM-9</b>.'}]});
            };
            </script>
            <script>%s</script>
            <script>
            window.addEventListener('load', function () {
              var out = {};
              var cm = document.getElementById('pm-form-cm');
              document.querySelector('.pm-edit-cm').click();
              setTimeout(function () {
                cm.elements.owner.value = 'bob';
                cm.requestSubmit();
                setTimeout(function () {
                  out.ownerSlot = cm.querySelector('[data-error-for="owner"]').textContent;
                  out.ticketSlot = cm.querySelector('[data-error-for="issueKey"]').textContent;
                  out.generalErrors = cm.querySelector('.pm-form-errors').textContent;
                  cm.requestSubmit();
                  setTimeout(function () {
                    var box = cm.querySelector('.pm-form-warnings');
                    out.warningsHidden = box.hidden;
                    out.warnings = box.textContent;
                    out.boldInjected = box.querySelectorAll('b').length;
                    out.errorsCleared = cm.querySelector('.pm-form-errors').hidden;
                    out.formOpen = !cm.hidden;
                    out.revision = document.getElementById('pm-panel').getAttribute('data-revision');
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

    @Test
    public void preview_shouldShowTicketErrorsAndWarningsNextToTheCountermeasureForm() throws Exception {
        Assume.assumeTrue("chromium is not installed", CHROMIUM != null);
        Files.createDirectories(OUT);
        String page = PanelPreview.render(PanelSamples.view(), "aui-prototyping.css");
        Path probe = OUT.resolve("panel-warn-probe.html");
        Files.writeString(probe, page.replace("</body>", WARN_PROBE.formatted(scripts()) + "</body>"));
        Path domLog = OUT.resolve("chromium-warn-dom.log");
        String dom = CHROMIUM.dumpDom(probe, domLog);
        assertFalse("console errors", HeadlessChromium.hasConsoleErrors(Files.readString(domLog)));

        assertEquals("another countermeasure's error stays off this form's fields", "",
                HeadlessChromium.probeValue(dom, "ownerSlot"));
        assertEquals("You may not edit ticket PM-9.", HeadlessChromium.probeValue(dom, "ticketSlot"));
        assertEquals("countermeasures[0].owner: Not this one.", HeadlessChromium.probeValue(dom, "generalErrors"));
        assertEquals("false", HeadlessChromium.probeValue(dom, "warningsHidden"));
        assertEquals("Saved. Reload the page to see the change.Jira did not update ticket &lt;b&gt;PM-9&lt;/b&gt;.",
                HeadlessChromium.probeValue(dom, "warnings"));
        assertEquals("0", HeadlessChromium.probeValue(dom, "boldInjected"));
        assertEquals("true", HeadlessChromium.probeValue(dom, "errorsCleared"));
        assertEquals("no reload: the form stays open", "true", HeadlessChromium.probeValue(dom, "formOpen"));
        assertEquals("8", HeadlessChromium.probeValue(dom, "revision"));
    }
}
