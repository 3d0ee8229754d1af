package io.postmortems.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigHttp;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A complete post-mortem is transitioned to Done in Jira, the outbox worker publishes it into the fake Confluence
 * tree, the panel shows the page, and an edit followed by "Publish now" gives the same page exactly one new version.
 */
public class PublishJourneyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JourneyRig rig;
    private static JiraState.Issue issue;

    @BeforeClass
    public static void startRig() throws Exception {
        Browser.assumeChromium();
        rig = JourneyRig.start().withStandardUsers();
        issue = rig.loadExample(Path.of("examples", "sev1-payment-gateway-outage.json"));
    }

    @AfterClass
    public static void stopRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    public void doneTransition_shouldPublishAndAnEditShouldAddExactlyOneVersion() throws Exception {
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-panel");
            editor.click("#rig-transition-done").waitForText("#status-val", "Done");
            assertEquals(JiraState.DONE, issue.status);

            assertEquals("the transition queued one publish, worked by the outbox", 1, rig.publishDue());
            List<PageView> pages = rig.confluence.currentPages().stream()
                    .filter(p -> p.title().contains(issue.key)).toList();
            assertEquals("one page for the post-mortem: " + rig.publishRequests.statusOf(issue.id), 1, pages.size());
            PageView page = pages.get(0);
            assertEquals(JourneyRig.SPACE, page.space());
            assertEquals(1, page.version());
            assertTrue("the page sits in the post-mortem tree under the root page",
                    rig.confluence.pathOf(page.id()).size() > 1);

            editor.issue(issue.key).waitForText("#pm-panel", "Published");
            String href = editor.attribute("#pm-panel a[href*='" + page.id() + "'], #pm-panel a[href*='confluence']",
                    "href");
            assertTrue("the panel links the page: " + href, href.contains("/confluence/"));
            assertTrue("Jira's issue has its Wiki Page remote link",
                    editor.texts("#rig-remote-links li").size() == 1);
            editor.scrollTo("#pm-panel .pm-actions").screenshot("publish-published-panel");

            // one field edited through the REST API, as the editor
            RigHttp http = RigHttp.as("editor");
            HttpResponse<String> read = http.get(rig.restUrl("/issue/" + issue.key + "/document"));
            assertEquals(200, read.statusCode());
            JsonNode body = JSON.readTree(read.body());
            ObjectNode doc = (ObjectNode) body.get("document");
            doc.put("summary", doc.get("summary").asText() + " Customers were refunded the same day.");
            ObjectNode put = JSON.createObjectNode().put("revision", body.get("revision").asLong());
            put.set("document", doc);
            HttpResponse<String> saved = http.put(rig.restUrl("/issue/" + issue.key + "/document"), put.toString());
            assertEquals(saved.body(), 200, saved.statusCode());

            // "Publish now" in the panel
            editor.issue(issue.key).click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, rig.publishDue());
            // without a reload the panel takes the revision the publishing wrote: the next save is no conflict
            editor.waitForText("#pm-panel .pm-result", "Published.");
            editor.waitForText("#pm-status-lozenge", "Published");
            editor.fill("lessonsLearned", "Gateway pool sizes need an alert of their own")
                    .click("#pm-save").waitForText(".pm-save-status", "Saved.");
            assertEquals(List.of("Gateway pool sizes need an alert of their own"),
                    rig.store.load(issue.id).orElseThrow().document().getLessonsLearned());
            PageView after = rig.confluence.page(page.id()).orElseThrow();
            assertEquals("the same page got exactly one new version", 2, after.version());
            assertTrue(after.body().contains("Customers were refunded the same day."));
            assertTrue("the page names its Jira issue", after.body().contains(issue.key));
            assertEquals("no second page", 1, rig.confluence.currentPages().stream()
                    .filter(p -> p.title().contains(issue.key)).count());
            assertEquals("nothing more is due", 0, rig.publishDue());
            editor.issue(issue.key).waitForText("#pm-panel", "Published");
            assertTrue(editor.text("#pm-panel").contains("version 2"));
        }
    }
}
