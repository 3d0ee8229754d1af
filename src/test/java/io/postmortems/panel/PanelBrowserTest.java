package io.postmortems.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.testing.BrowserProbe;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
              out.postWithRevision = /[/]timeline[?]revision=7$/.test(probe.sent('POST')[0].url);
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
        assertTrue("countermeasure rows rendered: " + probe.dom(), probe.dom().contains("id=\"pm-cm-list\""));
        assertEquals("the event carries the revision the author saw", "true", probe.value("postWithRevision"));

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
        browser.chromium().screenshot(shown, shot, 1000, 4700, OUT.resolve("chromium-shot.log"));
        assertTrue("screenshot written", Files.size(shot) > 1000);

        Path reader = OUT.resolve("panel-reader.html");
        Files.writeString(reader, PanelPreview.render(PanelViews.build(PanelSamples.input(false, null)),
                "aui-prototyping.css"));
        Path readerShot = OUT.resolve("panel-reader.png");
        Files.deleteIfExists(readerShot);
        browser.chromium().screenshot(reader, readerShot, 1000, 1500, OUT.resolve("chromium-shot-reader.log"));
        assertTrue("screenshot written", Files.size(readerShot) > 1000);
    }


    /**
     * The second probe: deletes a timeline event (confirm form, DELETE with the rendered revision; a 409 is the
     * conflict sentence, as text) and edits a countermeasure in place in the write-up form (PUT of the rendered
     * document with only that countermeasure's summary changed, never a GET for a fresh revision; a field error
     * next to its input).
     */
    private static final String EDIT_STUB = """
            probe.fetch(function (method) {
              if (method === 'DELETE') {
                return probe.json(409, {errors: [{field: 'revision', message: 'Changed <i>meanwhile</i>.'}]});
              }
              return probe.json(400, {errors: [{field: 'document.countermeasures[1].summary', message: 'Too <b>long</b>.'}]});
            });
            """;
    private static final String EDIT_STEPS = """
            var del = document.getElementById('pm-form-delete-event');
            var editor = document.getElementById('pm-form-document');
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
              out.deleteUrlOk = /[/]timeline[/]e[12][?]revision=7$/.test(call.url);
              out.deleteError = del.querySelector('.pm-form-errors').textContent;
              out.italicInjected = del.querySelectorAll('i').length;
              editor.querySelector('[data-field="countermeasures[1].summary"]').value = 'New summary';
              editor.requestSubmit();
            }, function (out) {
              var body = JSON.parse(probe.sent('PUT')[0].body);
              var list = body.document.countermeasures;
              out.gets = probe.sent('GET').filter(function (c) { return c.url.indexOf('/rest/postmortems/') >= 0; }).length;
              out.putRevision = body.revision;
              out.putCount = list.length;
              out.putSummary = list[1].summary;
              out.putKeptKey = list[1].issueKey;
              out.putKeptId = list[1].id;
              out.putKeptOther = list[0].summary;
              out.putKeptTimeline = body.document.timeline.length;
              var input = editor.querySelector('[data-field="countermeasures[1].summary"]');
              out.cmError = input.closest('label').querySelector('.pm-error').textContent;
              out.boldInjected = editor.querySelectorAll('.pm-error b').length;
              out.typedKept = input.value;
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
        assertTrue(probe.value("deleteError"), probe.value("deleteError").startsWith(
                "Someone else saved this post-mortem since you opened it."));
        assertEquals("0", probe.value("italicInjected"));

        assertEquals("the revision is the rendered one, never fetched at submit time", "0", probe.value("gets"));
        assertEquals("7", probe.value("putRevision"));
        assertEquals("edited in place, not appended", "3", probe.value("putCount"));
        assertEquals("New summary", probe.value("putSummary"));
        assertEquals("PM-3", probe.value("putKeptKey"));
        assertEquals("c2", probe.value("putKeptId"));
        assertEquals("Add canary for payment config", probe.value("putKeptOther"));
        assertEquals("the timeline goes back as it was", "2", probe.value("putKeptTimeline"));
        assertEquals("Too <b>long</b>.", probe.value("cmError"));
        assertEquals("0", probe.value("boldInjected"));
        assertEquals("New summary", probe.value("typedKept"));
    }

    /**
     * The third probe: a save Jira refuses for ticket reasons (400: each error beside the countermeasure it names),
     * then a save that worked but left a ticket behind (200 with warnings: shown as text in the form, no reload, the
     * panel takes the new revision and redraws the findings from the answer).
     */
    private static final String WARN_STUB = """
            probe.fetch(function (method) {
              if (probe.sent('PUT').length === 1) {
                return probe.json(400, {errors: [{field: 'countermeasures[0].owner', message: 'Not this one.'},
                  {field: 'countermeasures[1].issueKey', message: 'You may not edit ticket PM-3.'},
                  {field: 'revision', message: 'Elsewhere.'}]});
              }
              var doc = JSON.parse(probe.sent('PUT')[1].body).document;
              return probe.json(200, {revision: 8, document: doc, review: {findings: [
                  {level: 'WARNING', path: 'countermeasures[1].owner', code: 'x', message: 'Check <b>owner</b>.'}]},
                warnings: [{field: 'countermeasures[1].issueKey', message: 'Jira did not update ticket <b>PM-3</b>.'}]});
            });
            """;
    private static final String WARN_STEPS = """
            var editor = document.getElementById('pm-form-document');
            probe.steps([function () {
              editor.querySelector('[data-field="countermeasures[1].owner"]').value = 'bob';
              editor.requestSubmit();
            }, function (out) {
              out.ownerSlot = editor.querySelector('#pm-field-countermeasures-0-owner').closest('label').textContent;
              out.ticketSlot = editor.querySelectorAll('.pm-cm')[1].querySelector('.pm-cm-head .pm-error').textContent;
              out.generalErrors = editor.querySelector('.pm-form-errors').textContent;
              editor.requestSubmit();
            }, function (out) {
              var box = editor.querySelector('.pm-form-warnings');
              out.warningsHidden = box.hidden;
              out.warnings = box.textContent;
              out.boldInjected = document.querySelectorAll('#pm-panel b').length;
              out.errorsCleared = editor.querySelector('.pm-form-errors').hidden;
              out.revision = document.getElementById('pm-panel').getAttribute('data-revision');
              var links = document.querySelectorAll('#pm-findings a.pm-finding-link');
              out.findings = links.length;
              out.finding = links[0].textContent;
              out.status = editor.querySelector('.pm-save-status').textContent;
              out.publishReady = !document.querySelector('.pm-publish-ready').hidden
                && document.querySelector('.pm-publish-blocked').hidden;
            }], 200);
            """;

    @Test
    public void preview_shouldShowTicketErrorsAndWarningsNextToTheCountermeasures() throws Exception {
        BrowserProbe.Result probe = BrowserProbe.in(OUT).run("panel-warn-probe", page(), WARN_STUB, scripts(),
                WARN_STEPS);

        assertTrue(probe.value("ownerSlot"), probe.value("ownerSlot").endsWith("Not this one."));
        assertEquals("You may not edit ticket PM-3.", probe.value("ticketSlot"));
        assertEquals("revision: Elsewhere.", probe.value("generalErrors"));
        assertEquals("false", probe.value("warningsHidden"));
        assertEquals("Saved. Reload the page to see the change.Jira did not update ticket <b>PM-3</b>.",
                probe.value("warnings"));
        assertEquals("0", probe.value("boldInjected"));
        assertEquals("true", probe.value("errorsCleared"));
        assertEquals("8", probe.value("revision"));
        assertEquals("findings redrawn from the answer", "1", probe.value("findings"));
        assertEquals("Check <b>owner</b>.", probe.value("finding"));
        assertEquals("Saved.", probe.value("status"));
        assertEquals("no error left: the publish form no longer says errors block it", "true",
                probe.value("publishReady"));
    }

    /** An empty post-mortem at revision 3, as its editor sees it in New York, with the findings an empty one has. */
    private static String emptyPage() {
        PostMortem doc = new PostMortem();
        doc.setIssueKey("PM-7");
        ReviewReport review = new ReviewReport(List.of(
                new Finding(Level.ERROR, "severity", "completeness.severity.missing", "test.review.missing",
                        List.of("severity")),
                new Finding(Level.ERROR, "times.detected", "completeness.times.detected.missing",
                        "test.review.missing", List.of("detection time")),
                new Finding(Level.ERROR, "countermeasures", "completeness.countermeasures.missing",
                        "test.review.missing", List.of("countermeasures")),
                new Finding(Level.ERROR, "timeline", "completeness.timeline.missing",
                        "test.review.missing", List.of("timeline"))));
        PanelView view = PanelViews.build(new PanelInput("PM-7", doc, 3, review, true,
                TicketStates.lookedUp(Map.of()), Optional.empty(), ZoneId.of("America/New_York"),
                LocalDate.of(2026, 3, 15), new BundleText(new PanelSamples.Messages()), PanelSettings.defaults()));
        return PanelPreview.render(view, "aui-prototyping.css");
    }

    /**
     * The fourth probe: fills every input of an empty post-mortem (a finding link focuses its input first), adds a
     * named time and a countermeasure, saves, and reports the PUT body; the answer's findings are drawn and the next
     * save carries the answer's revision.
     */
    private static final String FILL_STUB = """
            probe.fetch(function (method, url, init) {
              // typing in a picker asks Jira's own pickers: answered in Jira's shape, nothing matches
              if (url.indexOf('/rest/api/2/user/picker') >= 0) {
                return probe.json(200, {users: [], total: 0, header: 'Showing 0 of 0 matching users'});
              }
              if (url.indexOf('/rest/api/2/issue/picker') >= 0) {
                return probe.json(200, {sections: []});
              }
              var body = JSON.parse(init.body);
              var n = probe.sent('PUT').length;
              return probe.json(200, {revision: 3 + n, document: body.document, review: {findings: [
                {level: 'ERROR', path: 'countermeasures[0].owner', code: 'c', message: 'Give it an owner.'}]},
                metrics: {timeToDetect: {seconds: 720, display: '12m'}, timeToResolve: {seconds: 1, display: '<b>1s</b>'}}});
            });
            """;
    private static final String FILL_STEPS = """
            var editor = document.getElementById('pm-form-document');
            function set(path, value) {
              var input = editor.querySelector('[data-field="' + path + '"]');
              input.value = value;
              input.dispatchEvent(new Event('input', {bubbles: true}));
            }
            probe.steps([function (out) {
              document.querySelector('#pm-findings a[data-path="times.detected"]').click();
              out.focusedByFinding = document.activeElement.getAttribute('data-field');
              document.querySelector('#pm-findings a[data-path="countermeasures"]').click();
              out.focusedForCountermeasures = document.activeElement.id;
              document.querySelector('#pm-findings a[data-path="timeline"]').click();
              out.focusedForTimeline = document.activeElement.id;
              out.status0 = editor.querySelector('.pm-save-status').textContent;
              set('title', 'Checkout <b>down</b>');
              set('severity', 'SEV2');
              set('timeZone', 'Europe/Berlin');
              set('services', 'checkout, payments ,');
              set('tags', 'config');
              set('relatedIncidents', 'OPS-1, OPS-2');
              set('relatedPostMortems', 'PM-3');
              set('times.started', '2026-03-01T08:00');
              set('times.detected', '2026-03-01T08:12');
              set('times.firstUserImpact', '2026-03-01T08:01');
              set('times.firstUserReport', '2026-03-01T08:05');
              set('times.acknowledged', '2026-03-01T08:15');
              set('times.mitigated', '2026-03-01T09:00');
              set('times.hotfix', '2026-03-08T03:30');
              set('times.resolved', '2026-03-08T04:00');
              set('meeting.reviewDate', '2026-03-10');
              set('meeting.facilitatedBy', 'Ana');
              set('meeting.contact', 'sre@example.com');
              set('meeting.createdBy', 'Bo');
              set('meeting.participants', 'Ana\\n\\n Bo \\nCy');
              set('impact.whoAffected', 'EU shoppers');
              set('impact.whatAffected', 'Checkout');
              set('impact.businessImpact', 'Lost orders');
              set('impact.customerFacing', 'true');
              set('summary', '  A config change broke checkout.  ');
              set('investigationPaths', 'Looked at the DB\\nLooked at the CDN');
              set('rootCause.description', 'No canary for config');
              set('rootCause.fiveWhys', 'Why 1\\nWhy 2');
              set('contributingFactors', 'Alert on latency only');
              set('resolution', 'Rolled back');
              set('wentWell', 'Fast rollback');
              set('wentWrong', 'Slow detection');
              set('gotLucky', 'Low traffic');
              set('lessonsLearned', 'Canary config');
              set('ideas', 'Chaos day');
              document.getElementById('pm-named-add').click();
              set('times.custom[0].name', 'Status page updated');
              set('times.custom[0].at', '2026-03-01T08:30');
              document.getElementById('pm-cm-add').click();
              out.cmDue = editor.querySelector('[data-field="countermeasures[0].dueDate"]').value;
              out.cmPriority = editor.querySelector('[data-field="countermeasures[0].priority"]').value;
              out.focusedNewRow = document.activeElement.getAttribute('data-field');
              set('countermeasures[0].summary', 'Add a canary');
              set('countermeasures[0].owner', 'ana');
              set('countermeasures[0].priority', 'HIGH');
              set('countermeasures[0].kind', 'DETECT');
              out.status1 = editor.querySelector('.pm-save-status').textContent;
              editor.requestSubmit();
            }, function (out) {
              out.put = probe.sent('PUT')[0].body;
              out.url = probe.sent('PUT')[0].url;
              out.gets = probe.sent('GET').filter(function (c) { return c.url.indexOf('/rest/postmortems/') >= 0; }).length;
              out.revisionAfter = document.getElementById('pm-panel').getAttribute('data-revision');
              var link = document.querySelector('#pm-findings a.pm-finding-link');
              out.finding = link.textContent;
              link.click();
              out.focusedAfterSave = document.activeElement.getAttribute('data-field');
              out.status2 = editor.querySelector('.pm-save-status').textContent;
              out.durations = document.getElementById('pm-durations').textContent;
              out.publishBlocked = !document.querySelector('.pm-publish-blocked').hidden;
              set('summary', 'Second save');
              editor.requestSubmit();
            }, function (out) {
              var second = JSON.parse(probe.sent('PUT')[1].body);
              out.secondRevision = second.revision;
              out.secondSummary = second.document.summary;
              out.secondKeptStarted = second.document.times.started;
              out.secondCm = second.document.countermeasures.length;
            }], 250);
            """;

    @Test
    public void editor_shouldSendEveryInputUnderItsDocumentPathWithTheRevision() throws Exception {
        BrowserProbe browser = BrowserProbe.in(OUT);
        Path empty = OUT.resolve("panel-empty.html");
        Files.writeString(empty, emptyPage());
        Path shot = OUT.resolve("panel-empty.png");
        Files.deleteIfExists(shot);
        browser.chromium().screenshot(empty, shot, 1000, 1400, OUT.resolve("chromium-shot-empty.log"));
        assertTrue("screenshot written", Files.size(shot) > 1000);
        BrowserProbe.Result probe = browser.run("panel-fill-probe", emptyPage(), FILL_STUB, scripts(), FILL_STEPS);
        assertEquals("a finding focuses its input", "times.detected", probe.value("focusedByFinding"));
        assertEquals("no countermeasure yet: the button that adds one", "pm-cm-add",
                probe.value("focusedForCountermeasures"));
        assertEquals("pm-add-event", probe.value("focusedForTimeline"));
        assertEquals("", probe.value("status0"));
        assertEquals("You have unsaved changes.", probe.value("status1"));
        assertEquals("due in the SEV2 period: 2026-03-15 + 4 weeks", "2026-04-12", probe.value("cmDue"));
        assertEquals("MEDIUM", probe.value("cmPriority"));
        assertEquals("countermeasures[0].summary", probe.value("focusedNewRow"));
        assertTrue(probe.value("url"), probe.value("url").endsWith("/rest/postmortems/1.0/issue/PM-7/document"));
        assertEquals("0", probe.value("gets"));

        JsonNode put = new ObjectMapper().readTree(probe.value("put"));
        assertEquals(3, put.get("revision").asInt());
        JsonNode d = put.get("document");
        assertEquals("PM-7", d.get("issueKey").asText());
        assertEquals("Checkout <b>down</b>", d.get("title").asText());
        assertEquals("SEV2", d.get("severity").asText());
        assertEquals("Europe/Berlin", d.get("timeZone").asText());
        assertEquals("[\"checkout\",\"payments\"]", d.get("services").toString());
        assertEquals("[\"config\"]", d.get("tags").toString());
        assertEquals("[\"OPS-1\",\"OPS-2\"]", d.get("relatedIncidents").toString());
        assertEquals("[\"PM-3\"]", d.get("relatedPostMortems").toString());
        JsonNode t = d.get("times");
        assertEquals("typed in New York, stored with its offset", "2026-03-01T08:00:00-05:00", t.get("started").asText());
        assertEquals("2026-03-01T08:12:00-05:00", t.get("detected").asText());
        assertEquals("2026-03-01T08:01:00-05:00", t.get("firstUserImpact").asText());
        assertEquals("2026-03-01T08:05:00-05:00", t.get("firstUserReport").asText());
        assertEquals("2026-03-01T08:15:00-05:00", t.get("acknowledged").asText());
        assertEquals("2026-03-01T09:00:00-05:00", t.get("mitigated").asText());
        assertEquals("after the clocks changed: summer offset", "2026-03-08T03:30:00-04:00", t.get("hotfix").asText());
        assertEquals("2026-03-08T04:00:00-04:00", t.get("resolved").asText());
        assertEquals("Status page updated", t.get("custom").get(0).get("name").asText());
        assertEquals("2026-03-01T08:30:00-05:00", t.get("custom").get(0).get("at").asText());
        JsonNode m = d.get("meeting");
        assertEquals("2026-03-10", m.get("reviewDate").asText());
        assertEquals("Ana", m.get("facilitatedBy").asText());
        assertEquals("sre@example.com", m.get("contact").asText());
        assertEquals("Bo", m.get("createdBy").asText());
        assertEquals("one a line, blank lines dropped", "[\"Ana\",\"Bo\",\"Cy\"]", m.get("participants").toString());
        JsonNode i = d.get("impact");
        assertEquals("EU shoppers", i.get("whoAffected").asText());
        assertEquals("Checkout", i.get("whatAffected").asText());
        assertEquals("Lost orders", i.get("businessImpact").asText());
        assertTrue(i.get("customerFacing").isBoolean() && i.get("customerFacing").asBoolean());
        assertEquals("A config change broke checkout.", d.get("summary").asText());
        assertEquals("[\"Looked at the DB\",\"Looked at the CDN\"]", d.get("investigationPaths").toString());
        assertEquals("No canary for config", d.get("rootCause").get("description").asText());
        assertEquals("[\"Why 1\",\"Why 2\"]", d.get("rootCause").get("fiveWhys").toString());
        assertEquals("[\"Alert on latency only\"]", d.get("contributingFactors").toString());
        assertEquals("Rolled back", d.get("resolution").asText());
        assertEquals("[\"Fast rollback\"]", d.get("wentWell").toString());
        assertEquals("[\"Slow detection\"]", d.get("wentWrong").toString());
        assertEquals("[\"Low traffic\"]", d.get("gotLucky").toString());
        assertEquals("[\"Canary config\"]", d.get("lessonsLearned").toString());
        assertEquals("[\"Chaos day\"]", d.get("ideas").toString());
        JsonNode cm = d.get("countermeasures").get(0);
        assertEquals(1, d.get("countermeasures").size());
        assertEquals("Add a canary", cm.get("summary").asText());
        assertEquals("ana", cm.get("owner").asText());
        assertEquals("2026-04-12", cm.get("dueDate").asText());
        assertEquals("HIGH", cm.get("priority").asText());
        assertEquals("DETECT", cm.get("kind").asText());

        assertEquals("4", probe.value("revisionAfter"));
        assertEquals("Give it an owner.", probe.value("finding"));
        assertEquals("countermeasures[0].owner", probe.value("focusedAfterSave"));
        assertEquals("Saved.", probe.value("status2"));
        assertEquals("durations redrawn from the answer, as text", "Time to detect: 12mTime to resolve: <b>1s</b>",
                probe.value("durations"));
        assertEquals("true", probe.value("publishBlocked"));
        assertEquals("the next save carries the answer's revision", "4", probe.value("secondRevision"));
        assertEquals("Second save", probe.value("secondSummary"));
        assertEquals("2026-03-01T08:00:00-05:00", probe.value("secondKeptStarted"));
        assertEquals("1", probe.value("secondCm"));
    }

    /**
     * The fifth probe: a colleague saved meanwhile. The write-up's Save and a timeline event both answer 409: each
     * form says so in one clear sentence, and what the author typed stays in the inputs; nothing is re-fetched.
     * "Create missing tickets" is disabled while its request runs.
     */
    private static final String CONFLICT_STUB = """
            var release;
            probe.fetch(function (method, url) {
              if (/countermeasures$/.test(url)) {
                return new Promise(function (resolve) { release = resolve; }).then(function () {
                  return probe.json(200, {results: [{countermeasureId: 'c3', outcome: 'FAILED', errors: [
                    {field: 'owner', message: 'No such <b>user</b>.'}]}]});
                });
              }
              return probe.json(409, {errors: [{field: 'revision', message: 'Someone else saved (revision 9).'}]});
            });
            """;
    private static final String CONFLICT_STEPS = """
            var editor = document.getElementById('pm-form-document');
            var event = document.getElementById('pm-form-event');
            probe.steps([function (out) {
              editor.querySelector('[data-field="summary"]').value = 'My careful rewrite';
              editor.querySelector('[data-field="rootCause.fiveWhys"]').value = 'Why one\\nWhy two';
              editor.requestSubmit();
            }, function (out) {
              out.conflict = editor.querySelector('.pm-form-errors').textContent;
              out.conflictShown = !editor.querySelector('.pm-form-errors').hidden;
              out.summaryKept = editor.querySelector('[data-field="summary"]').value;
              out.whysKept = editor.querySelector('[data-field="rootCause.fiveWhys"]').value;
              out.putRevision = JSON.parse(probe.sent('PUT')[0].body).revision;
              out.revisionKept = document.getElementById('pm-panel').getAttribute('data-revision');
              out.status = editor.querySelector('.pm-save-status').textContent;
              document.getElementById('pm-add-event').click();
              event.elements.text.value = 'Paged the on-call';
              event.requestSubmit();
            }, function (out) {
              out.eventConflict = event.querySelector('.pm-form-errors').textContent;
              out.eventTextKept = event.elements.text.value;
              out.eventOpen = !event.hidden;
              out.gets = probe.sent('GET').filter(function (c) { return c.url.indexOf('/rest/postmortems/') >= 0; }).length;
              document.querySelector('#pm-panel').querySelector('[data-field="summary"]').defaultValue = 'My careful rewrite';
              document.querySelector('#pm-panel').querySelector('[data-field="rootCause.fiveWhys"]').defaultValue = 'Why one\\nWhy two';
              var button = document.getElementById('pm-create-tickets');
              button.click();
              out.disabledWhileRunning = button.disabled;
              out.creating = document.querySelector('.pm-result').textContent;
              release();
            }, function (out) {
              out.enabledAfter = !document.getElementById('pm-create-tickets').disabled;
              out.ticketResult = document.querySelector('.pm-result').textContent;
            }], 200);
            """;

    @Test
    public void editor_shouldKeepTheTypedTextAndSayWhenSomeoneElseSavedMeanwhile() throws Exception {
        BrowserProbe.Result probe = BrowserProbe.in(OUT).run("panel-conflict-probe", page(), CONFLICT_STUB,
                scripts(), CONFLICT_STEPS);
        assertEquals("true", probe.value("conflictShown"));
        assertTrue(probe.value("conflict"), probe.value("conflict").startsWith(
                "Someone else saved this post-mortem since you opened it."));
        assertEquals("My careful rewrite", probe.value("summaryKept"));
        assertEquals("Why one\nWhy two", probe.value("whysKept"));
        assertEquals("7", probe.value("putRevision"));
        assertEquals("7", probe.value("revisionKept"));
        assertEquals("You have unsaved changes.", probe.value("status"));
        assertTrue(probe.value("eventConflict").startsWith("Someone else saved this post-mortem"));
        assertEquals("Paged the on-call", probe.value("eventTextKept"));
        assertEquals("true", probe.value("eventOpen"));
        assertEquals("0", probe.value("gets"));
        assertEquals("true", probe.value("disabledWhileRunning"));
        assertEquals("Creating tickets\u2026", probe.value("creating"));
        assertEquals("true", probe.value("enabledAfter"));
        assertEquals("Tickets created: 0. Not created: 1.\nNo such <b>user</b>.", probe.value("ticketResult"));
    }

    /**
     * The sixth probe: review steps. "Approve" POSTs the target status with the revision the page holds (nothing is
     * fetched first) and is disabled while it runs; the answer moves the lozenge, the approval line and the revision;
     * the steps go. Then, on a fresh page, a colleague's change meanwhile (409) shows the save's conflict sentence
     * beside the buttons, which stay usable, and a field error shows as text.
     */
    private static final String STATUS_STUB = """
            var release;
            var answers = [];
            probe.fetch(function (method, url) {
              var next = answers.shift();
              return new Promise(function (resolve) { release = resolve; }).then(function () { return next(); });
            });
            window.approveAnswer = function () {
              return probe.json(200, {revision: 8, document: {status: 'APPROVED', timeline: [], countermeasures: [],
                approval: {approverName: 'Ada <b>Lovelace</b>', approvedAt: '2026-03-15T14:05:00Z'}},
                review: {findings: []}, metrics: {}, lifecycle: {steps: ['IN_REVIEW'], canPublish: true}});
            };
            window.conflictAnswer = function () {
              return probe.json(409, {errors: [{field: 'revision', message: 'Someone else changed it (revision 9).'}]});
            };
            window.fieldAnswer = function () {
              return probe.json(400, {errors: [{field: 'status', message: 'You may not <b>approve</b> your own.'}]});
            };
            window.queue = function (fn) { answers.push(fn); };
            """;
    private static final String STATUS_STEPS = """
            var approve = document.getElementById('pm-status-approved');
            var lozenge = document.getElementById('pm-status-lozenge');
            var result = document.querySelector('.pm-status-result');
            probe.steps([function (out) {
              out.lozengeBefore = lozenge.textContent;
              out.approvedHiddenBefore = document.getElementById('pm-approved-by').hidden;
              queue(conflictAnswer);
              approve.click();
              out.disabledWhileRunning = approve.disabled;
              out.busy = approve.getAttribute('aria-busy');
              release();
            }, function (out) {
              out.conflict = result.textContent;
              out.enabledAfterConflict = !approve.disabled;
              out.revisionAfterConflict = document.getElementById('pm-panel').getAttribute('data-revision');
              out.lozengeAfterConflict = lozenge.textContent;
              queue(fieldAnswer);
              approve.click();
              release();
            }, function (out) {
              out.fieldError = result.textContent;
              out.bold = document.querySelectorAll('#pm-lifecycle b').length;
              queue(approveAnswer);
              approve.click();
              release();
            }, function (out) {
              var posts = probe.sent('POST');
              out.posts = posts.length;
              out.url = posts[2].url;
              out.body = posts[2].body;
              out.gets = probe.sent('GET').filter(function (c) { return c.url.indexOf('/rest/postmortems/') >= 0; }).length;
              out.lozengeAfter = lozenge.textContent;
              out.lozengeClass = lozenge.className;
              out.status = document.getElementById('pm-lifecycle').getAttribute('data-status');
              out.approvedBy = document.getElementById('pm-approved-by').textContent;
              out.approvedShown = !document.getElementById('pm-approved-by').hidden;
              out.bold2 = document.querySelectorAll('#pm-lifecycle b').length;
              out.revision = document.getElementById('pm-panel').getAttribute('data-revision');
              out.steps = Array.prototype.map.call(document.querySelectorAll('.pm-status-step'),
                function (b) { return b.id + '=' + b.textContent; }).join(',');
              out.result = result.textContent;
            }], 200);
            """;

    @Test
    public void reviewStep_shouldPostTheHeldRevisionAndFollowTheAnswerOrSayWhatStoppedIt() throws Exception {
        BrowserProbe browser = BrowserProbe.in(OUT);
        boolean aui = copyAui();
        BrowserProbe.Result probe = browser.run("panel-status-probe", page(), STATUS_STUB, scripts(), STATUS_STEPS);
        assertEquals("In review", probe.value("lozengeBefore"));
        assertEquals("true", probe.value("approvedHiddenBefore"));
        assertEquals("true", probe.value("disabledWhileRunning"));
        assertEquals("true", probe.value("busy"));
        assertTrue(probe.value("conflict"), probe.value("conflict").startsWith(
                "Someone else saved this post-mortem since you opened it."));
        assertEquals("true", probe.value("enabledAfterConflict"));
        assertEquals("7", probe.value("revisionAfterConflict"));
        assertEquals("In review", probe.value("lozengeAfterConflict"));
        assertEquals("field errors are text", "You may not <b>approve</b> your own.", probe.value("fieldError"));
        assertEquals("0", probe.value("bold"));

        assertEquals("3", probe.value("posts"));
        assertTrue(probe.value("url"), probe.value("url").endsWith("/rest/postmortems/1.0/issue/PM-1/status"));
        JsonNode body = new ObjectMapper().readTree(probe.value("body"));
        assertEquals("APPROVED", body.get("status").asText());
        assertEquals("the revision the page holds", 7, body.get("revision").asLong());
        assertEquals("nothing fetched at click time", "0", probe.value("gets"));
        assertEquals("Approved", probe.value("lozengeAfter"));
        assertEquals("aui-lozenge aui-lozenge-current pm-status-lozenge", probe.value("lozengeClass"));
        assertEquals("APPROVED", probe.value("status"));
        assertEquals("in the viewer's zone (New York)", "Approved by Ada <b>Lovelace</b> on 2026-03-15 10:05",
                probe.value("approvedBy"));
        assertEquals("true", probe.value("approvedShown"));
        assertEquals("0", probe.value("bold2"));
        assertEquals("8", probe.value("revision"));
        assertEquals("the answer's next steps replace the buttons, no reload", "pm-status-in_review=Send to review",
                probe.value("steps"));
        assertEquals("Status changed.", probe.value("result"));

        if (aui) {
            Path shown = OUT.resolve("panel-status.html");
            Files.writeString(shown, page());
            Path shot = OUT.resolve("panel-status.png");
            Files.deleteIfExists(shot);
            browser.chromium().screenshot(shown, shot, 1000, 700, OUT.resolve("chromium-shot-status.log"));
            assertTrue("screenshot written", Files.size(shot) > 1000);
        }
    }
}
