package io.postmortems.journey;

import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigHttp;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Who sees what: a browse-only user gets the panel read-only, a user without browse permission and an anonymous
 * visitor get no panel at all (Jira's "issue does not exist" page), and the REST API answers them as the app defines.
 */
public class PermissionsJourneyTest {
    private static final String NO_EDIT_CONTROLS = "#pm-panel button, #pm-panel form, #pm-panel input, "
            + "#pm-panel textarea, #pm-panel select, #rig-workflow";
    private static JourneyRig rig;
    private static String key;
    private static String summary;

    @BeforeClass
    public static void startRig() throws Exception {
        Browser.assumeChromium();
        rig = JourneyRig.start().withStandardUsers();
        var issue = rig.loadExample(Path.of("examples", "sev2-berlin-dst-batch-failure.json"));
        key = issue.key;
        summary = issue.summary;
    }

    @AfterClass
    public static void stopRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    public void browseOnlyUser_shouldSeeAReadOnlyPanel() throws Exception {
        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.issue(key).waitVisible("#pm-panel");
            assertFalse("the panel shows the write-up", viewer.texts("#pm-panel .pm-sections dt").isEmpty());
            assertEquals("no buttons, forms or inputs for a browse-only user", 0, viewer.count(NO_EDIT_CONTROLS));
            viewer.screenshot("permissions-viewer-read-only");
        }
        assertEquals(200, RigHttp.as("viewer").get(rig.restUrl("/issue/" + key + "/document")).statusCode());
        assertEquals(403, RigHttp.as("viewer").put(rig.restUrl("/issue/" + key + "/document"),
                "{\"revision\":1,\"document\":{\"title\":\"x\"}}").statusCode());
        assertEquals(403, RigHttp.as("viewer").post(rig.restUrl("/issue/" + key + "/publish"), "").statusCode());
    }

    @Test
    public void userWithoutBrowse_shouldGetNoPanelAndNotFound() throws Exception {
        try (Browser outsider = Browser.open(rig).as("outsider")) {
            outsider.issue(key).waitVisible("#issue-not-found");
            assertFalse("no panel for a user who may not see the issue", outsider.has("#pm-panel"));
            assertFalse("nothing of the post-mortem leaks", outsider.pageSource().contains(summary));
        }
        assertEquals(404, RigHttp.as("outsider").get(rig.restUrl("/issue/" + key + "/document")).statusCode());
        assertEquals(404, RigHttp.as("outsider").put(rig.restUrl("/issue/" + key + "/document"),
                "{\"revision\":1,\"document\":{\"title\":\"x\"}}").statusCode());
    }

    @Test
    public void anonymousVisitor_shouldGetNoPanelAndRestRefusals() throws Exception {
        try (Browser anonymous = Browser.open(rig).as(null)) {
            anonymous.issue(key).waitVisible("#issue-not-found");
            assertFalse(anonymous.has("#pm-panel"));
            assertFalse(anonymous.pageSource().contains(summary));
            assertTrue(anonymous.text("#rig-user").contains("Anonymous"));
        }
        assertEquals("reads are open to anonymous callers, who cannot see the issue", 404,
                RigHttp.anonymous().get(rig.restUrl("/issue/" + key + "/document")).statusCode());
        assertEquals("changes need a signed-in user", 401, RigHttp.anonymous().put(
                rig.restUrl("/issue/" + key + "/document"), "{\"revision\":1,\"document\":{}}").statusCode());
        assertEquals(401, RigHttp.anonymous().post(rig.restUrl("/issue/" + key + "/publish"), "").statusCode());
        assertEquals(401, RigHttp.anonymous().get(rig.restUrl("/settings")).statusCode());
    }

    @Test
    public void editor_shouldGetEditControls() throws Exception {
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(key).waitVisible("#pm-panel");
            assertTrue("the same page has edit controls for an editor", editor.count(NO_EDIT_CONTROLS) > 0);
        }
    }
}
