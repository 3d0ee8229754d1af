package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.DueDateTargets;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The ideas parking lot: ideas show apart from the countermeasures; the same idea raised in two post-mortems shows
 * "Raised in 2 post-mortems" with the other one linked in the panel of each; "Make countermeasure" turns an idea into
 * a countermeasure in one click, due by the severity's target, and the idea leaves the ideas.
 */
public class IdeasJourneyTest {
    private static final String SEEDED = """
            {"title": "Checkout errors after a config push", "severity": "SEV2",
             "times": {"started": "2026-10-01T10:00:00Z", "detected": "2026-10-01T10:05:00Z",
                       "resolved": "2026-10-01T11:00:00Z"},
             "summary": "A config push disabled the payment provider's fallback."}""";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    private static JiraState.Issue postMortem(String title, List<String> ideas) throws Exception {
        JourneyRig rig = RIG.rig();
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", title);
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        seeded.setTitle(title);
        seeded.setIdeas(ideas);
        rig.store.save(issue.id, seeded, 0);
        return issue;
    }

    @Test
    public void anIdeaRaisedInTwoPostMortems_shouldShowACountOf2AndBecomeACountermeasureInOneClick() throws Exception {
        JiraState.Issue first = postMortem("Checkout errors", List.of("Add a canary stage for config pushes",
                "Page the payments team directly"));
        JiraState.Issue second = postMortem("Login errors", List.of("add a canary stage for config-pushes."));

        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(second.key).waitVisible("#pm-ideas");
            assertEquals("2", editor.attribute("#pm-idea-0 .pm-idea-raised", "data-count"));
            assertTrue(editor.text("#pm-idea-0 .pm-idea-raised"), editor.text("#pm-idea-0 .pm-idea-raised")
                    .contains("Raised in 2 post-mortems:"));
            assertEquals(first.key, editor.text("#pm-idea-0 .pm-idea-raised a"));

            editor.issue(first.key).waitVisible("#pm-ideas");
            assertEquals("2", editor.attribute("#pm-idea-0 .pm-idea-raised", "data-count"));
            assertEquals(second.key, editor.text("#pm-idea-0 .pm-idea-raised a"));
            assertFalse("an idea raised once shows no count", editor.has("#pm-idea-1 .pm-idea-raised"));
            assertEquals("ideas are not countermeasures", 0, editor.count("#pm-cm-list .pm-cm"));
            editor.scrollTo("#pm-ideas").screenshot("ideas-raised-twice");

            editor.click("#pm-idea-0 .pm-idea-promote");
            editor.waitUntil("the idea is a countermeasure", () -> editor.has("#pm-cm-list .pm-cm"));
            editor.waitVisible("#pm-ideas");
            assertEquals("Add a canary stage for config pushes", editor.value("countermeasures[0].summary"));
            PostMortem stored = RIG.rig().store.load(first.id).orElseThrow().document();
            // the panel counts from the viewer's today (Eddie: Europe/Berlin), which is not UTC's near midnight
            LocalDate due = DueDateTargets.suggestedDueDate(stored, ReviewConfig.defaults(),
                    LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
            assertEquals(due.toString(), editor.value("countermeasures[0].dueDate"));
            assertEquals(List.of("Page the payments team directly"), editor.texts("#pm-ideas .pm-idea-text"));
            editor.scrollTo("#pm-cm-list").screenshot("ideas-made-countermeasure");
            editor.assertNoConsoleErrors();

            Countermeasure cm = stored.getCountermeasures().get(0);
            assertEquals("Add a canary stage for config pushes", cm.getSummary());
            assertEquals(due, cm.getDueDate());
            assertEquals(List.of("Page the payments team directly"), stored.getIdeas());
        }
    }

    @Test
    public void theCountOfAnIdeaRaisedTwice_shouldShowNextToItOnThePublishedPage() throws Exception {
        JourneyRig rig = RIG.rig();
        rig.settings.save(rig.settings.load().toBuilder().errorsBlockPublishing(false).build());
        postMortem("Disk full", List.of("Rotate certificates, automatically!", "Alert on <script>x</script>"));
        JiraState.Issue published = postMortem("Expired certificate", List.of(
                "rotate certificates automatically", "Alert on <script>x</script>", "Write a runbook"));

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(published.key).waitVisible("#pm-ideas");
            assertEquals("2", editor.attribute("#pm-idea-0 .pm-idea-raised", "data-count"));
            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, rig.publishDue());
            editor.issue(published.key).waitForText("#pm-panel", "Published");
            editor.scrollTo("#pm-ideas").screenshot("ideas-published-with-count");
        }
        String body = rig.confluence.currentPages().stream().filter(p -> p.title().contains(published.key))
                .findFirst().orElseThrow().body();
        assertTrue(body, body.contains("<li>rotate certificates automatically <em>(raised in 2 post-mortems)</em>"
                + "</li>"));
        assertTrue("hostile text stays text, with its count: " + body, body.contains(
                "<li>Alert on &lt;script&gt;x&lt;/script&gt; <em>(raised in 2 post-mortems)</em></li>"));
        assertTrue("an idea raised once has no count: " + body, body.contains("<li>Write a runbook</li>"));
        assertFalse(body, body.contains("<script>"));
    }
}
