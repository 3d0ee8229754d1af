package io.postmortems.journey;

import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.ClassRule;
import org.junit.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The administrator names an external space; the author writes the external summary in the panel, the review flags a
 * ticket key in it, the author rewrites it, and publishing puts a page of the summary alone into the external space
 * (beside the post-mortem's own page in its space), without any internal field. Emptied later, the summary is
 * stored as absent and the panel tells that the external page keeps its last published text.
 */
public class ExternalSummaryJourneyTest {
    private static final String EXTERNAL_SPACE = "SEC";

    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void externalSummary_shouldBeReviewedAndPublishedAloneInTheExternalSpace() throws Exception {
        JiraState.Issue issue = RIG.rig().loadExample(Path.of("examples", "sev1-payment-gateway-outage.json"));
        // errors hold back publishing here, so the step below shows which errors hold back which page
        RIG.rig().settings.save(RIG.rig().settings.load().toBuilder().errorsBlockPublishing(true).build());
        try (Browser admin = Browser.open(RIG.rig()).as("admin"); Browser editor = Browser.open(RIG.rig()).as("editor")) {
            // the administrator names the external space
            admin.go(RIG.rig().adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-severityLevels").isBlank());
            admin.setValueCss("#pm-admin-externalSpaceKey", EXTERNAL_SPACE)
                    .setValueCss("#pm-admin-externalRootTitle", "Incident reports");
            admin.click("#pm-admin-save").waitUntil("an answer to the save", () -> admin.countVisible(
                    ".pm-admin-saved") == 1 || !admin.texts("#pm-admin-form [data-error-for]").stream()
                    .allMatch(String::isEmpty));
            assertEquals("saved; errors: " + admin.texts("#pm-admin-form [data-error-for]"), 1,
                    admin.countVisible(".pm-admin-saved"));
            assertEquals(EXTERNAL_SPACE, RIG.rig().settings.load().externalSpace().spaceKey());
            admin.scrollTo("#pm-admin-externalSpaceKey").screenshot("external-admin-space");

            // the author writes the external summary, naming a ticket by mistake
            editor.issue(issue.key).waitVisible("#pm-panel");
            editor.fill("externalSummary.whatHappened", "Card payments failed for 47 minutes; see PAY-881.")
                    .fill("externalSummary.impact", "About one in three card payments in Europe could not be"
                            + " completed; no money was taken twice.")
                    .fill("externalSummary.whatWeChanged", "Certificates are now checked end to end before they"
                            + " go live, and we are alerted within a minute when payments start to fail.")
                    .click("#pm-save").waitForText(".pm-save-status", "Saved.");
            editor.issue(issue.key).waitVisible("#pm-panel");
            List<String> findings = editor.findings();
            assertTrue("the ticket key is flagged: " + findings, findings.stream().anyMatch(f ->
                    f.contains("names the ticket \"PAY-881\"")));
            assertTrue("the finding leads to its input", editor.texts("#pm-findings a.pm-finding-link[href="
                    + "'#pm-field-externalSummary-whatHappened']").stream().anyMatch(f -> f.contains("PAY-881")));
            editor.scrollTo("#pm-findings").screenshot("external-finding-ticket-key");

            // the summary's error holds back only the summary's page: the post-mortem's own page goes out now
            editor.click("#pm-panel button[data-form='pm-form-publish']");
            assertEquals("the publish form says nothing blocks the page", 1,
                    editor.countVisible("#pm-form-publish .pm-publish-ready"));
            editor.click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, RIG.rig().publishDue());
            assertEquals("the post-mortem's page: " + RIG.rig().publishRequests.statusOf(issue.id), 1,
                    RIG.rig().confluence.currentPages().stream().filter(p -> p.title().contains(issue.key)).count());
            assertEquals("no external page while the summary names a ticket", 0, RIG.rig().confluence
                    .currentPages().stream().filter(p -> p.space().equals(EXTERNAL_SPACE)).count());
            editor.issue(issue.key).waitForText("#pm-panel", "Published");

            // rewritten in plain words, the finding is gone
            editor.fill("externalSummary.whatHappened", "Card payments failed for 47 minutes after a security"
                    + " certificate was renewed incompletely.").click("#pm-save")
                    .waitForText(".pm-save-status", "Saved.");
            editor.issue(issue.key).waitVisible("#pm-panel");
            assertTrue(editor.findings().toString(), editor.findings().stream()
                    .noneMatch(f -> f.contains("external summary")));
            editor.scrollTo("#pm-field-externalSummary-whatHappened").screenshot("external-summary-clean");

            // published: the post-mortem's page in its space, the summary's page in the external space
            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, RIG.rig().publishDue());
            assertEquals("published: " + RIG.rig().publishRequests.statusOf(issue.id), 1,
                    RIG.rig().confluence.currentPages().stream().filter(p -> p.title().contains(issue.key)).count());
            List<PageView> external = RIG.rig().confluence.currentPages().stream()
                    .filter(p -> p.space().equals(EXTERNAL_SPACE) && p.body().contains("What happened")).toList();
            assertEquals("one external page", 1, external.size());
            PageView page = external.get(0);
            assertTrue(page.title(), page.title().matches("\\d{4}-\\d{2}-\\d{2} Card payments declined after"
                    + " certificate rotation on the payment gateway"));
            assertTrue(page.body(), page.body().contains("security certificate was renewed incompletely"));
            PostMortem stored = RIG.rig().store.load(issue.id).orElseThrow().document();
            assertEquals(page.id(), stored.getExternalPage().getPageId());
            String everything = page.toString() + RIG.rig().confluence.pathOf(page.id());
            for (String internal : internalTexts(stored)) {
                assertFalse("internal text on the external page: " + internal, everything.contains(internal));
            }

            // published again unchanged: the same external page, no second one
            editor.issue(issue.key).waitVisible("#pm-panel");
            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, RIG.rig().publishDue());
            assertEquals(1, RIG.rig().confluence.currentPages().stream()
                    .filter(p -> p.space().equals(EXTERNAL_SPACE) && p.body().contains("What happened")).count());
            editor.issue(issue.key).waitForText("#pm-panel", "Published");
            assertTrue("the panel links the external page",
                    editor.attribute("#pm-external-page a", "href").contains(page.id()));
            editor.scrollTo("#pm-external-page").screenshot("external-published-panel");
            editor.assertNoConsoleErrors();

            // what a reader of the external space sees: the page's storage format as the CLI preview shows it
            String html = new io.postmortems.publishing.preview.StoragePreview().pageHtml(
                    new io.postmortems.publishing.render.RenderedPage(page.title(), page.body(), List.of()), null);
            editor.script("window.location.href = 'about:blank';");
            editor.waitUntil("a blank page", () -> "about:blank".equals(editor.currentUrl()));
            editor.script("document.open(); document.write(arguments[0]); document.close();", html);
            editor.waitVisible("h2");
            editor.screenshot("external-page-in-confluence");

            // the author empties the summary: stored as absent; publishing no longer writes the external page, which
            // keeps its text (the app deletes nothing), and the panel says so beside the link
            editor.issue(issue.key).waitVisible("#pm-panel");
            editor.fill("externalSummary.whatHappened", "").fill("externalSummary.impact", "")
                    .fill("externalSummary.whatWeChanged", "").click("#pm-save")
                    .waitForText(".pm-save-status", "Saved.");
            assertNull("an emptied summary is no summary",
                    RIG.rig().store.load(issue.id).orElseThrow().document().getExternalSummary());
            editor.issue(issue.key).waitVisible("#pm-external-page-notice");
            String notice = editor.text("#pm-external-page-notice");
            assertTrue(notice, notice.contains("still shows the last published summary")
                    && notice.contains("was removed") && notice.contains("Remove or update it in Confluence"));
            assertTrue("the link stays", editor.attribute("#pm-external-page a", "href").contains(page.id()));
            assertTrue("the external page is left as published", RIG.rig().confluence.currentPages().stream()
                    .anyMatch(p -> p.id().equals(page.id()) && p.body().contains("renewed incompletely")));
            assertTrue("no finding for a summary that is gone", editor.findings().stream()
                    .noneMatch(f -> f.contains("external summary")));
            editor.scrollTo("#pm-external-page").screenshot("external-summary-removed-notice");
            editor.assertNoConsoleErrors();
        }
    }

    /** Texts of the post-mortem that must stay inside: keys, people, services, its analysis. */
    private static List<String> internalTexts(PostMortem d) {
        List<String> texts = new java.util.ArrayList<>(List.of(d.getIssueKey(), d.getSummary().substring(0, 30),
                d.getRootCause().getDescription().substring(0, 30), d.getMeeting().getFacilitatedBy()));
        texts.addAll(d.getMeeting().getParticipants());
        texts.addAll(d.getServices());
        d.getTimeline().forEach(e -> texts.add(e.getText().length() > 30 ? e.getText().substring(0, 30)
                : e.getText()));
        d.getCountermeasures().forEach(c -> {
            texts.add(c.getOwner());
            if (c.getIssueKey() != null) {
                texts.add(c.getIssueKey());
            }
        });
        return texts;
    }
}
