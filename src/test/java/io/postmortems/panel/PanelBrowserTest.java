package io.postmortems.panel;

import io.postmortems.testing.BrowserProbe;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.Assert.assertEquals;
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
     * The first probe: records computed styles (an AUI lozenge against a plain span), opens the timeline form,
     * submits it against a stubbed REST API answering 400 with a field error, and reports what it saw.
     */
    private static final String STUB = """
            probe.fetch(function () {
              return probe.json(400, {errors: [
                {field: 'text', message: 'Say <b>what</b> happened.'}, {field: 'revision', message: 'Reload.'}]});
            });
            """;
    private static final String STEPS = """
            var form = document.getElementById('pm-form-event');
            probe.steps([function (out) {
              var lozenge = document.querySelector('.aui-lozenge');
              var plain = document.createElement('span');
              document.body.appendChild(plain);
              out.lozengeTransform = getComputedStyle(lozenge).textTransform;
              out.lozengeRadius = getComputedStyle(lozenge).borderTopLeftRadius;
              out.plainTransform = getComputedStyle(plain).textTransform;
              out.hiddenBefore = form.hidden;
              document.querySelector('button[data-form="pm-form-event"]').click();
              out.hiddenAfter = form.hidden;
              out.atPrefilled = form.elements.at.value.length > 0;
              form.requestSubmit();
            }, function (out) {
              out.textError = form.querySelector('[data-error-for="text"]').textContent;
              out.generalErrors = form.querySelector('.pm-form-errors').textContent;
              out.boldInjected = form.querySelectorAll('b').length;
            }], 200);
            """;

    /** The panel's script after the shared REST helper, as Jira loads them. */
    private static String scripts() {
        return PanelPreview.resource(PanelPreview.REST_SCRIPT) + "\n" + PanelPreview.resource(PanelPreview.SCRIPT);
    }

    private static String page() {
        return PanelPreview.render(PanelSamples.view(), "aui-prototyping.css");
    }

    @Test
    public void preview_shouldLoadAuiRunTheFormsAndRenderWithoutConsoleErrors() throws Exception {
        BrowserProbe browser = BrowserProbe.in(OUT);
        boolean aui = copyAui();
        if (!aui && "true".equals(System.getenv("CI"))) {
            fail("AUI is not installed: run .ci/prepare (npm install of @atlassian/aui)");
        }
        String page = page();
        Path shown = OUT.resolve("panel.html");
        Files.writeString(shown, page);
        BrowserProbe.Result probe = browser.run("panel-probe", page, STUB, scripts(), STEPS);
        assertTrue("countermeasure table rendered: " + probe.dom(), probe.dom().contains("id=\"pm-countermeasures\""));

        assertEquals("form hidden until opened", "true", probe.value("hiddenBefore"));
        assertEquals("false", probe.value("hiddenAfter"));
        assertEquals("true", probe.value("atPrefilled"));
        assertEquals("field error next to its field, as text", "Say <b>what</b> happened.", probe.value("textError"));
        assertEquals("revision: Reload.", probe.value("generalErrors"));
        assertEquals("0", probe.value("boldInjected"));
        if (aui) {
            assertEquals("AUI styles the lozenge", "uppercase", probe.value("lozengeTransform"));
            assertNotEquals(probe.value("plainTransform"), probe.value("lozengeTransform"));
            assertNotEquals("0px", probe.value("lozengeRadius"));
        }

        Path shot = OUT.resolve("panel.png");
        Files.deleteIfExists(shot);
        browser.chromium().screenshot(shown, shot, 1100, 2200, OUT.resolve("chromium-shot.log"));
        assertTrue("screenshot written", Files.size(shot) > 1000);
    }

    /** The document the edit probes' stubs answer a GET with: another countermeasure, then the panel's first. */
    private static final String DOCUMENT = """
            function documentWith(other, edited) {
              var row = document.querySelector('#pm-countermeasures tr[data-countermeasure-id]');
              edited.id = row.getAttribute('data-countermeasure-id');
              return probe.json(200, {revision: 7, document: {timeline: [], countermeasures: [other, edited]}});
            }
            """;

    /**
     * The second probe: deletes a timeline event (confirm form, DELETE with the revision, a 409 shown as text) and
     * edits a countermeasure (form filled from the document, PUT of the whole document with only that
     * countermeasure's fields changed, a field error next to its field).
     */
    private static final String EDIT_STUB = DOCUMENT + """
            probe.fetch(function (method) {
              if (method === 'GET') {
                return documentWith({id: 'other', summary: 'Keep me', status: 'OPEN'},
                  {summary: 'Old summary', owner: 'alice', dueDate: '2026-04-01', priority: 'HIGH', kind: 'DETECT',
                   status: 'OPEN', issueKey: 'PM-9'});
              }
              if (method === 'DELETE') {
                return probe.json(409, {errors: [{field: '', message: 'Changed <i>meanwhile</i>.'}]});
              }
              return probe.json(400, {errors: [{field: 'document.countermeasures[1].summary', message: 'Too <b>long</b>.'}]});
            });
            """;
    private static final String EDIT_STEPS = """
            var del = document.getElementById('pm-form-delete-event');
            var cm = document.getElementById('pm-form-cm');
            probe.steps([function (out) {
              out.deleteHiddenBefore = del.hidden;
              document.querySelector('.pm-delete-event').click();
              out.deleteHiddenAfter = del.hidden;
              out.deleteQuoted = del.querySelector('.pm-delete-event-text').textContent.length > 0;
              out.callsBeforeConfirm = probe.calls.length;
              del.requestSubmit();
            }, function (out) {
              var call = probe.calls[probe.calls.length - 1];
              out.deleteMethod = call.method;
              out.deleteUrlOk = call.url.indexOf('/timeline/') > 0 && /[?]revision=[0-9]+$/.test(call.url);
              out.deleteError = del.querySelector('.pm-form-errors').textContent;
              out.italicInjected = del.querySelectorAll('i').length;
              document.querySelector('.pm-edit-cm').click();
            }, function (out) {
              out.cmSummary = cm.elements.summary.value;
              out.cmOwner = cm.elements.owner.value;
              out.cmDue = cm.elements.dueDate.value;
              out.cmTitle = cm.querySelector('h4').textContent;
              out.cmButton = cm.querySelector('.pm-cm-submit').textContent;
              cm.elements.summary.value = 'New summary';
              cm.requestSubmit();
            }, function (out) {
              var body = JSON.parse(probe.sent('PUT')[0].body);
              var list = body.document.countermeasures;
              out.putRevision = body.revision;
              out.putCount = list.length;
              out.putSummary = list[1].summary;
              out.putKeptKey = list[1].issueKey;
              out.putKeptOther = list[0].summary;
              out.cmError = cm.querySelector('[data-error-for="summary"]').textContent;
            }], 200);
            """;

    @Test
    public void preview_shouldDeleteEventsAfterConfirmingAndEditCountermeasuresInPlace() throws Exception {
        BrowserProbe.Result probe = BrowserProbe.in(OUT).run("panel-edit-probe", page(), EDIT_STUB, scripts(),
                EDIT_STEPS);

        assertEquals("true", probe.value("deleteHiddenBefore"));
        assertEquals("false", probe.value("deleteHiddenAfter"));
        assertEquals("the event to delete is quoted", "true", probe.value("deleteQuoted"));
        assertEquals("nothing is sent before confirming", "0", probe.value("callsBeforeConfirm"));
        assertEquals("DELETE", probe.value("deleteMethod"));
        assertEquals("true", probe.value("deleteUrlOk"));
        assertEquals("Changed <i>meanwhile</i>.", probe.value("deleteError"));
        assertEquals("0", probe.value("italicInjected"));

        assertEquals("Old summary", probe.value("cmSummary"));
        assertEquals("alice", probe.value("cmOwner"));
        assertEquals("2026-04-01", probe.value("cmDue"));
        assertEquals("Edit countermeasure", probe.value("cmTitle"));
        assertEquals("Save", probe.value("cmButton"));
        assertEquals("7", probe.value("putRevision"));
        assertEquals("edited in place, not appended", "2", probe.value("putCount"));
        assertEquals("New summary", probe.value("putSummary"));
        assertEquals("PM-9", probe.value("putKeptKey"));
        assertEquals("Keep me", probe.value("putKeptOther"));
        assertEquals("Too <b>long</b>.", probe.value("cmError"));
    }

    /**
     * The third probe: saving an edited countermeasure whose ticket Jira refuses to change (400: the error of the
     * edited countermeasure next to the form's fields, another countermeasure's error in the general box), then a
     * save that worked but left a ticket behind (200 with warnings: shown as text in the form, no reload, the panel
     * takes the new revision).
     */
    private static final String WARN_STUB = DOCUMENT + """
            probe.fetch(function (method) {
              if (method === 'GET') {
                return documentWith({id: 'other', summary: 'Keep me', status: 'OPEN', issueKey: 'PM-8'},
                  {summary: 'Old summary', owner: 'alice', status: 'OPEN', issueKey: 'PM-9'});
              }
              if (probe.sent('PUT').length === 1) {
                return probe.json(400, {errors: [{field: 'countermeasures[0].owner', message: 'Not this one.'},
                  {field: 'countermeasures[1].issueKey', message: 'You may not edit ticket PM-9.'}]});
              }
              return probe.json(200, {revision: 8, document: {}, warnings: [
                {field: 'countermeasures[1].issueKey', message: 'Jira did not update ticket <b>PM-9</b>.'}]});
            });
            """;
    private static final String WARN_STEPS = """
            var cm = document.getElementById('pm-form-cm');
            probe.steps([function () {
              document.querySelector('.pm-edit-cm').click();
            }, function () {
              cm.elements.owner.value = 'bob';
              cm.requestSubmit();
            }, function (out) {
              out.ownerSlot = cm.querySelector('[data-error-for="owner"]').textContent;
              out.ticketSlot = cm.querySelector('[data-error-for="issueKey"]').textContent;
              out.generalErrors = cm.querySelector('.pm-form-errors').textContent;
              cm.requestSubmit();
            }, function (out) {
              var box = cm.querySelector('.pm-form-warnings');
              out.warningsHidden = box.hidden;
              out.warnings = box.textContent;
              out.boldInjected = box.querySelectorAll('b').length;
              out.errorsCleared = cm.querySelector('.pm-form-errors').hidden;
              out.formOpen = !cm.hidden;
              out.revision = document.getElementById('pm-panel').getAttribute('data-revision');
            }], 200);
            """;

    @Test
    public void preview_shouldShowTicketErrorsAndWarningsNextToTheCountermeasureForm() throws Exception {
        BrowserProbe.Result probe = BrowserProbe.in(OUT).run("panel-warn-probe", page(), WARN_STUB, scripts(),
                WARN_STEPS);

        assertEquals("another countermeasure's error stays off this form's fields", "", probe.value("ownerSlot"));
        assertEquals("You may not edit ticket PM-9.", probe.value("ticketSlot"));
        assertEquals("countermeasures[0].owner: Not this one.", probe.value("generalErrors"));
        assertEquals("false", probe.value("warningsHidden"));
        assertEquals("Saved. Reload the page to see the change.Jira did not update ticket <b>PM-9</b>.",
                probe.value("warnings"));
        assertEquals("0", probe.value("boldInjected"));
        assertEquals("true", probe.value("errorsCleared"));
        assertEquals("no reload: the form stays open", "true", probe.value("formOpen"));
        assertEquals("8", probe.value("revision"));
    }
}
