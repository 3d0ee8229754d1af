package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * "Import from Markdown" in the panel: the author imports a bundled Markdown example into a new post-mortem through
 * the same import as the CLI and sees title, times, timeline, countermeasures and the review filled, with what could
 * not be mapped listed and kept under Notes; a second import into the now-filled post-mortem replaces nothing until
 * the author confirms; a viewer without Edit is not offered the import.
 */
public class ImportJourneyTest {
    private static final Path EXAMPLES = Path.of("examples", "import").toAbsolutePath();

    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    private static boolean shown(Browser browser, String css) {
        try {
            return Boolean.TRUE.equals(browser.script(
                    "var e = document.querySelector(arguments[0]); return !!e && !e.hidden", css));
        } catch (RuntimeException reloading) {
            return false;
        }
    }

    private static void importFile(Browser author, String example) {
        author.click("#pm-import");
        author.waitVisible("#pm-import-file").sendKeys(EXAMPLES.resolve(example + ".md").toString());
        author.click("#pm-form-import button[type=submit]");
    }

    @Test
    public void anAuthor_shouldImportAMarkdownExampleAndConfirmBeforeASecondImportReplacesIt() throws Exception {
        JourneyRig rig = RIG.rig();
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Queue backlog");

        try (Browser author = Browser.open(rig).as("editor")) {
            author.issue(issue.key).waitVisible("#pm-panel");
            author.click("#pm-import");
            author.waitVisible("#pm-form-import");
            author.scrollTo("#pm-form-import").screenshot("import-form");

            // hostile Markdown: a NUL is refused beside the field, and nothing is stored
            Path hostile = Files.createDirectories(Path.of("target", "journeys").toAbsolutePath())
                    .resolve("import-hostile.md");
            Files.writeString(hostile, "# Outage\u0000\n\n<script>alert(1)</script>\n");
            author.expectHttpStatus(400);
            author.waitVisible("#pm-import-file").sendKeys(hostile.toString());
            author.click("#pm-form-import button[type=submit]");
            author.waitForText("#pm-form-import [data-error-for=markdown]", "NUL character");
            assertTrue("nothing stored", rig.store.load(issue.id).isEmpty());
            author.scrollTo("#pm-form-import").screenshot("import-hostile");
            author.click("#pm-form-import .pm-cancel");

            importFile(author, "table-layout-queue-backlog");

            author.waitUntil("the page reloads with the import's result", () -> shown(author, "#pm-import-result"));
            assertEquals("Order queue backlog, 12 May 2026", author.value("title"));
            assertEquals("SEV3", author.value("severity"));
            // times as the editor (Europe/Berlin) reads them; the Markdown's zone is Europe/Berlin too
            assertEquals("2026-05-12T08:10", author.value("times.started"));
            assertEquals("2026-05-12T09:30", author.value("times.resolved"));
            assertEquals(List.of("Fulfilment consumers stop acknowledging messages", "Queue depth alert fires",
                            "Consumers restarted; backlog starts draining", "Backlog empty"),
                    author.texts("table.pm-timeline tbody tr td:nth-child(3)"));
            assertEquals("Pin the prefetch setting explicitly", author.value("countermeasures[0].summary"));
            assertEquals("Health check that fails when a consumer takes no work",
                    author.value("countermeasures[1].summary"));
            // what maps nowhere: listed after the import and kept under Notes (OPS-4821 is no issue in this Jira)
            assertEquals(List.of("Room", "Open questions", "Related incidents"), author.texts("#pm-notes dt"));
            List<String> unmapped = author.texts("#pm-import-result .pm-import-unmapped li");
            assertEquals(unmapped.toString(), 3, unmapped.size());
            assertTrue(unmapped.get(0), unmapped.get(0).startsWith("Room: "));
            assertTrue(author.text("#pm-import-result"), author.text("#pm-import-result")
                    .contains("3 part(s) could not be mapped to a section and are kept under Notes"));
            assertFalse("the review ran on the imported document", author.findings().isEmpty());
            author.scrollTo("#pm-import-result").screenshot("import-result");
            author.scrollTo("#pm-notes").screenshot("import-notes");
            author.scrollTo("#pm-findings").screenshot("import-review");

            PostMortem stored = rig.store.load(issue.id).orElseThrow().document();
            long revision = rig.store.load(issue.id).orElseThrow().revision();
            assertEquals(List.of("Room", "Open questions", "Related incidents"),
                    stored.getNotes().stream().map(Note::getHeading).toList());
            String before = new PostMortemCodec().writeJson(stored);

            // a second import into the now-filled post-mortem: refused until confirmed, nothing replaced meanwhile
            author.expectHttpStatus(409); // the refusal that asks for the confirmation
            importFile(author, "sre-style-cache-stampede");
            author.waitUntil("the confirmation is asked for", () -> shown(author, ".pm-import-confirm"));
            assertTrue(author.text(".pm-import-confirm-text"), author.text(".pm-import-confirm-text")
                    .startsWith(issue.key + " already has content."));
            assertEquals(revision, rig.store.load(issue.id).orElseThrow().revision());
            assertEquals(before, new PostMortemCodec().writeJson(rig.store.load(issue.id).orElseThrow().document()));
            author.scrollTo("#pm-form-import").screenshot("import-confirm");

            author.click("label[for=pm-import-replace]"); // AUI draws the box over the input: people click the label
            assertEquals(Boolean.TRUE, author.script("return document.getElementById('pm-import-replace').checked"));
            author.click("#pm-form-import button[type=submit]");
            author.waitUntil("the confirmed import replaces the content",
                    () -> shown(author, "#pm-import-result") && author.value("title").startsWith("Postmortem:"));
            assertEquals("Postmortem: Catalogue cache stampede after a config push", author.value("title"));
            assertEquals(revision + 1, rig.store.load(issue.id).orElseThrow().revision());
            author.assertNoConsoleErrors();
        }

        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.issue(issue.key).waitVisible("#pm-panel");
            assertFalse("no import for a viewer without Edit", viewer.has("#pm-import"));
            assertFalse(viewer.has("#pm-form-import"));
            assertTrue("the viewer still reads the notes", viewer.has("#pm-notes"));
            viewer.scrollTo("#pm-panel").screenshot("import-viewer");
        }
    }
}
