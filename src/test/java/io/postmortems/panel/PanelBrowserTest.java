package io.postmortems.panel;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static String chromium;

    @BeforeClass
    public static void findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                chromium = candidate;
                return;
            }
        }
    }

    private static List<String> command(Path profile, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--enable-logging=stderr",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private static String run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

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

    private static String probeValue(String dom, String name) {
        Matcher m = Pattern.compile("&quot;" + name + "&quot;:(&quot;(.*?)&quot;|[a-z0-9]+)").matcher(
                dom.replace("\"", "&quot;"));
        if (!m.find()) {
            fail("probe did not report " + name + ": " + dom);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    @Test
    public void preview_shouldLoadAuiRunTheFormsAndRenderWithoutConsoleErrors() throws Exception {
        Assume.assumeTrue("chromium is not installed", chromium != null);
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
                PROBE.formatted(PanelPreview.resource(PanelPreview.SCRIPT)) + "</body>"));

        Path domLog = OUT.resolve("chromium-dom.log");
        String dom = run(command(Files.createTempDirectory("pm-chromium"), "--virtual-time-budget=5000",
                "--dump-dom", probe.toAbsolutePath().toUri().toString()), domLog);
        String log = Files.readString(domLog);
        assertTrue("countermeasure table rendered: " + dom, dom.contains("id=\"pm-countermeasures\""));
        assertFalse("console errors: " + log, log.contains("Uncaught") || log.matches("(?s).*CONSOLE.*[Ee]rror.*"));

        assertEquals("form hidden until opened", "true", probeValue(dom, "hiddenBefore"));
        assertEquals("false", probeValue(dom, "hiddenAfter"));
        assertEquals("true", probeValue(dom, "atPrefilled"));
        assertEquals("field error next to its field, as text", "Say &lt;b&gt;what&lt;/b&gt; happened.",
                probeValue(dom, "textError"));
        assertEquals("revision: Reload.", probeValue(dom, "generalErrors"));
        assertEquals("0", probeValue(dom, "boldInjected"));
        if (aui) {
            assertEquals("AUI styles the lozenge", "uppercase", probeValue(dom, "lozengeTransform"));
            assertNotEquals(probeValue(dom, "plainTransform"), probeValue(dom, "lozengeTransform"));
            assertNotEquals("0px", probeValue(dom, "lozengeRadius"));
        }

        Path shot = OUT.resolve("panel.png");
        Files.deleteIfExists(shot);
        run(command(Files.createTempDirectory("pm-chromium"), "--window-size=1100,2200", "--hide-scrollbars",
                "--screenshot=" + shot.toAbsolutePath(), shown.toAbsolutePath().toUri().toString()),
                OUT.resolve("chromium-shot.log"));
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
        Assume.assumeTrue("chromium is not installed", chromium != null);
        Files.createDirectories(OUT);
        String page = PanelPreview.render(PanelSamples.view(), "aui-prototyping.css");
        Path probe = OUT.resolve("panel-edit-probe.html");
        Files.writeString(probe, page.replace("</body>",
                EDIT_PROBE.formatted(PanelPreview.resource(PanelPreview.SCRIPT)) + "</body>"));
        Path domLog = OUT.resolve("chromium-edit-dom.log");
        String dom = run(command(Files.createTempDirectory("pm-chromium"), "--virtual-time-budget=5000",
                "--dump-dom", probe.toAbsolutePath().toUri().toString()), domLog);
        String log = Files.readString(domLog);
        assertFalse("console errors: " + log, log.contains("Uncaught") || log.matches("(?s).*CONSOLE.*[Ee]rror.*"));

        assertEquals("true", probeValue(dom, "deleteHiddenBefore"));
        assertEquals("false", probeValue(dom, "deleteHiddenAfter"));
        assertEquals("the event to delete is quoted", "true", probeValue(dom, "deleteQuoted"));
        assertEquals("nothing is sent before confirming", "0", probeValue(dom, "callsBeforeConfirm"));
        assertEquals("DELETE", probeValue(dom, "deleteMethod"));
        assertEquals("true", probeValue(dom, "deleteUrlOk"));
        assertEquals("Changed &lt;i&gt;meanwhile&lt;/i&gt;.", probeValue(dom, "deleteError"));
        assertEquals("0", probeValue(dom, "italicInjected"));

        assertEquals("Old summary", probeValue(dom, "cmSummary"));
        assertEquals("alice", probeValue(dom, "cmOwner"));
        assertEquals("2026-04-01", probeValue(dom, "cmDue"));
        assertEquals("Edit countermeasure", probeValue(dom, "cmTitle"));
        assertEquals("Save", probeValue(dom, "cmButton"));
        assertEquals("7", probeValue(dom, "putRevision"));
        assertEquals("edited in place, not appended", "2", probeValue(dom, "putCount"));
        assertEquals("New summary", probeValue(dom, "putSummary"));
        assertEquals("PM-9", probeValue(dom, "putKeptKey"));
        assertEquals("Keep me", probeValue(dom, "putKeptOther"));
        assertEquals("Too &lt;b&gt;long&lt;/b&gt;.", probeValue(dom, "cmError"));
    }
}
