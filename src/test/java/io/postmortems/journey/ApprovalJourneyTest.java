package io.postmortems.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigHttp;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Review and approval in the panel, with the default settings (no approver group: editors approve; the only author
 * may not approve): the editor writes and sends the post-mortem to review, cannot approve it himself, a second editor
 * approves it, everyone sees "Approved by" beside the status lozenge, and the Done transition publishes a page that
 * names the approver, marks the post-mortem Published and announces the page in a comment on the issue.
 */
public class ApprovalJourneyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JourneyRig rig;
    private static JiraState.Issue issue;

    @BeforeClass
    public static void startRig() throws Exception {
        Browser.assumeChromium();
        rig = JourneyRig.start().withStandardUsers();
        issue = rig.loadExample(Path.of("examples", "sev1-payment-gateway-outage.json"));
        // the example is stored as published long ago: start this one as a fresh draft, never approved
        StoredPostMortem stored = rig.store.load(issue.id).orElseThrow();
        PostMortem draft = stored.document();
        draft.setStatus(Status.DRAFT);
        draft.setApproval(null);
        rig.store.save(issue.id, draft, stored.revision());
    }

    @AfterClass
    public static void stopRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    public void review_shouldGoFromDraftThroughApprovalByASecondEditorToAnAnnouncedPage() throws Exception {
        // the editor writes: one saved change makes him the only author
        RigHttp http = RigHttp.as("editor");
        JsonNode body = JSON.readTree(http.get(rig.restUrl("/issue/" + issue.key + "/document")).body());
        ObjectNode doc = (ObjectNode) body.get("document");
        doc.put("summary", doc.get("summary").asText() + " Reviewed with the payments team.");
        ObjectNode put = JSON.createObjectNode().put("revision", body.get("revision").asLong());
        put.set("document", doc);
        HttpResponse<String> saved = http.put(rig.restUrl("/issue/" + issue.key + "/document"), put.toString());
        assertEquals(saved.body(), 200, saved.statusCode());

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).waitForText("#pm-status-lozenge", "Draft");
            assertFalse("no approval yet", editor.has("#pm-approved-by:not([hidden])"));
            assertFalse("a draft cannot be approved", editor.has("#pm-status-approved"));
            editor.click("#pm-status-in_review").waitForText("#pm-status-lozenge", "In review");
            editor.waitForText(".pm-status-result", "Status changed");
            // the next steps follow without a reload: back to draft, and no approval by the only author
            editor.waitVisible("#pm-status-draft");
            assertFalse("the only author may not approve (no reload)", editor.has("#pm-status-approved"));
            editor.scrollTo("#pm-lifecycle").screenshot("approval-in-review-no-reload");

            editor.issue(issue.key).waitForText("#pm-status-lozenge", "In review");
            assertTrue("the editor may take it back to draft", editor.has("#pm-status-draft"));
            assertFalse("the only author may not approve his own write-up", editor.has("#pm-status-approved"));
            editor.assertNoConsoleErrors();
        }

        try (Browser approver = Browser.open(rig).as("admin")) {
            approver.issue(issue.key).waitForText("#pm-status-lozenge", "In review");
            approver.click("#pm-status-approved").waitForText("#pm-status-lozenge", "Approved");
            approver.waitForText("#pm-approved-by", "Approved by Ada Admin on ");
            approver.issue(issue.key).waitForText("#pm-approved-by", "Approved by Ada Admin on ");
            assertTrue("the approval can be withdrawn", approver.has("#pm-status-in_review"));
            approver.scrollTo("#pm-lifecycle").screenshot("approval-approved-panel");
            approver.assertNoConsoleErrors();
        }

        try (Browser reader = Browser.open(rig).as("viewer")) {
            reader.issue(issue.key).waitForText("#pm-status-lozenge", "Approved");
            assertTrue(reader.text("#pm-approved-by").startsWith("Approved by Ada Admin on "));
            assertEquals("readers get no steps", 0, reader.count(".pm-status-step"));
        }

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).click("#rig-transition-done").waitForText("#status-val", "Done");
            assertEquals(1, rig.publishDue());
            List<PageView> pages = rig.confluence.currentPages().stream()
                    .filter(p -> p.title().contains(issue.key)).toList();
            assertEquals(1, pages.size());
            assertTrue("the page names the approver: " + pages.get(0).body(),
                    pages.get(0).body().contains("Ada Admin"));
            assertTrue(pages.get(0).body().contains("Approved by"));
            assertEquals(Status.PUBLISHED, rig.store.load(issue.id).orElseThrow().document().getStatus());
            assertEquals("one comment announces the page: " + issue.comments, 1, issue.comments.stream()
                    .filter(c -> c.contains("is published") && c.contains("confluence")).count());

            editor.issue(issue.key).waitForText("#pm-status-lozenge", "Published");
            assertTrue(editor.text("#pm-approved-by").startsWith("Approved by Ada Admin on "));
            editor.scrollTo("#pm-lifecycle").screenshot("approval-published-panel");
        }
    }
}
