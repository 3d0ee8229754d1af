package io.postmortems.journey;

import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.WebResources;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** An editor opens a bundled example and sees the panel with its review, as Jira would show it. */
public class SmokeJourneyTest {
    private static JourneyRig rig;
    private static String key;

    @BeforeClass
    public static void startRig() throws Exception {
        Browser.assumeChromium();
        rig = JourneyRig.start().withStandardUsers();
        key = rig.loadExample(Path.of("examples", "draft-incomplete-with-blame.json")).key;
    }

    @AfterClass
    public static void stopRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    public void editor_shouldSeeThePanelWithFindingsOfAnExample() throws Exception {
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(key).waitVisible("#pm-panel");
            assertEquals(key, editor.attribute("#pm-panel", "data-issue-key"));
            List<String> findings = editor.findings();
            assertFalse("the incomplete example has findings", findings.isEmpty());
            assertTrue("a blame finding is shown: " + findings,
                    findings.stream().anyMatch(f -> f.toLowerCase().contains("blame")));
            assertTrue("the editor gets edit controls", editor.countVisible("#pm-panel .pm-actions button") > 0);
            // AUI comes from node_modules (.ci/prepare); CI installs it, a fresh clone may not have it yet
            if (Files.isDirectory(WebResources.auiDir()) || "true".equals(System.getenv("CI"))) {
                assertEquals("AUI is loaded and knows Jira's context path", JourneyRig.CONTEXT_PATH, editor.script(
                        "return typeof AJS === 'undefined' ? 'no AJS' : String(AJS.contextPath())"));
            }
            Path png = editor.screenshot("smoke-editor-panel");
            assertTrue(Files.size(png) > 10_000);
            editor.issue(rig.loadExample(Path.of("examples", "sev1-payment-gateway-outage.json")).key)
                    .waitVisible("#pm-cm-list");
            // the editor edits countermeasures in place; each row shows its ticket's live status
            assertTrue("ticket statuses come from Jira's search: " + editor.text("#pm-cm-list"),
                    editor.texts("#pm-cm-list .pm-cm-status").contains("Done"));
            editor.scrollTo("#pm-cm-list").screenshot("smoke-editor-countermeasures");
        }
    }
}
