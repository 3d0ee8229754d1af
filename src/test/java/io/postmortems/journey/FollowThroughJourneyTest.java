package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Follow-through (issue #12 item 5): a countermeasure whose ticket is resolved in Jira falls due for its effectiveness
 * check after the configured period; the author records "not effective" with a reason in the panel, adds the
 * follow-up in one step (pre-filled, linked, ticketable the usual way), and the published page shows the outcome; a
 * revisit recorded in the panel shows on the page too. A countermeasure without a ticket is marked done by its author
 * in the panel's editor (with a ticket there is no such choice), and its check falls due the same way.
 */
public class FollowThroughJourneyTest {
    private static final String SEEDED = """
            {"title": "Checkout errors after a config push", "severity": "SEV2",
             "times": {"started": "2026-10-01T10:00:00Z", "detected": "2026-10-01T10:05:00Z",
                       "resolved": "2026-10-01T11:00:00Z"},
             "summary": "A config push disabled the payment provider's fallback."}""";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    /** A post-mortem with one countermeasure whose sub-task exists in Jira. */
    private static JiraState.Issue[] postMortemWithTicket(String summary) throws Exception {
        JourneyRig rig = RIG.rig();
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout errors");
        JiraState.Issue ticket = rig.jira.addIssue(JourneyRig.PROJECT, "Sub-task", summary, issue.id);
        ticket.assigneeKey = rig.jira.user("editor").orElseThrow().key;
        ticket.fields.put("priority", "High");
        rig.jira.link(issue.id, ticket.id, "jira_subtask_link");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        Countermeasure cm = new Countermeasure("c1", summary, "editor", null);
        cm.setPriority(Priority.HIGH);
        cm.setIssueKey(ticket.key);
        seeded.setCountermeasures(new java.util.ArrayList<>(List.of(cm)));
        rig.store.save(issue.id, seeded, 0);
        return new JiraState.Issue[]{issue, ticket};
    }

    @Test
    public void aResolvedCountermeasureFoundNotEffective_shouldOfferAFollowUpAndShowOnThePage() throws Exception {
        JourneyRig rig = RIG.rig();
        rig.settings.save(rig.settings.load().toBuilder().errorsBlockPublishing(false).build());
        JiraState.Issue[] made = postMortemWithTicket("Keep the payment fallback on by default");
        JiraState.Issue issue = made[0];
        rig.transition(made[1].key, JiraState.DONE, "editor");

        try (Browser editor = Browser.open(rig).as("editor")) {
            // done today: the check falls due in 30 days (the default), so it is shown as coming, without a form
            editor.issue(issue.key).waitVisible("#pm-followthrough");
            assertFalse("with a ticket, Jira's workflow owns the status: no choice in the editor",
                    editor.has("[data-field=\"countermeasures[0].status\"]"));
            assertEquals("Effectiveness check on " + LocalDate.now().plusDays(30),
                    editor.text("#pm-ft-checks .pm-ft-later"));
            assertFalse(editor.has("#pm-ft-checks .pm-ft-due"));

            // a month later the panel shows the check due
            rig.clock.advanceDays(31);
            editor.issue(issue.key).waitVisible("#pm-ft-checks .pm-ft-due");
            assertEquals("1 due", editor.text("#pm-ft-due-count"));
            editor.scrollTo("#pm-followthrough").screenshot("follow-through-check-due");

            // the reason is required: the form says so (a 400) and nothing is recorded
            editor.expectHttpStatus(400).click("#pm-ft-checks input[value='NOT_EFFECTIVE']")
                    .click("#pm-ft-checks .pm-ft-effectiveness-form button[type='submit']")
                    .waitForText("#pm-ft-checks .pm-form-errors", "reason is required");
            assertNull(rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(0)
                    .getEffectiveness());

            editor.fillCss("#pm-ft-checks textarea[name='reason']", "The fallback was switched off again in a later push.")
                    .click("#pm-ft-checks .pm-ft-effectiveness-form button[type='submit']")
                    .waitVisible("#pm-ft-checks .pm-ft-outcome");
            assertEquals("Not effective", editor.text("#pm-ft-checks .pm-ft-outcome"));
            Countermeasure checked = rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(0);
            assertEquals(EffectivenessOutcome.NOT_EFFECTIVE, checked.getEffectiveness().getOutcome());
            assertEquals(rig.jira.user("editor").orElseThrow().key, checked.getEffectiveness().getCheckedByKey());
            assertEquals("Eddie Editor", checked.getEffectiveness().getCheckedByName());

            // one step: the follow-up appears among the countermeasures, pre-filled, linked, ready for its ticket
            editor.click("#pm-ft-checks .pm-ft-follow-up").waitUntil("the follow-up in the editor",
                    () -> editor.count("#pm-cm-list .pm-cm") == 2);
            assertEquals("Keep the payment fallback on by default", editor.value("countermeasures[1].summary"));
            assertEquals("the owner picker shows the display name of the follow-up's owner", "Eddie Editor",
                    editor.value("countermeasures[1].owner"));
            assertEquals("HIGH", editor.value("countermeasures[1].priority"));
            assertEquals("SEV2: due in four weeks from (the rig's) today",
                    LocalDate.now().plusDays(31).plusWeeks(4).toString(), editor.value("countermeasures[1].dueDate"));
            assertTrue("its ticket is made the usual way", editor.has("#pm-create-tickets:not([hidden])"));
            assertFalse("no second follow-up is offered", editor.has("#pm-ft-checks .pm-ft-follow-up"));
            Countermeasure followUp = rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(1);
            assertEquals("c1", followUp.getFollowUpOf());
            assertNull(followUp.getIssueKey());
            editor.scrollTo("#pm-followthrough").screenshot("follow-through-not-effective");

            // published: the page has the effectiveness section
            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, rig.publishDue());
            String body = page(rig, issue.key).body();
            assertTrue(body, body.contains("<h3>Effectiveness of the countermeasures</h3>"));
            assertTrue(body, body.contains("Not effective"));
            assertTrue(body, body.contains("The fallback was switched off again in a later push."));
            assertTrue(body, body.contains("by Eddie Editor on " + LocalDate.now().plusDays(31)));

            // a revisit recorded in the panel shows on the page
            editor.issue(issue.key).waitVisible("#pm-ft-revisit-form");
            editor.fillCss("#pm-ft-revisit-form select[name='stillAccurate']", "true")
                    .fillCss("#pm-ft-revisit-form select[name='countermeasuresHolding']", "false")
                    .fillCss("#pm-ft-revisit-form select[name='recurred']", "false")
                    .fillCss("#pm-ft-revisit-form textarea[name='notes']", "Fallback guarded by a config test now.")
                    .click("#pm-ft-revisit-form button[type='submit']").waitVisible("#pm-ft-revisits");
            // the panel shows when it was recorded in the viewer's zone (Eddie: Europe/Berlin), not in UTC
            LocalDate recordedInBerlin = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(31);
            assertEquals(List.of("by Eddie Editor on " + recordedInBerlin, "Yes", "No", "No",
                    "Fallback guarded by a config test now."), editor.texts("#pm-ft-revisits tbody td"));
            assertTrue("the next revisit counts from this one",
                    editor.text("#pm-followthrough .pm-ft-revisit-due").contains(
                            LocalDate.now().plusDays(31 + 90).toString()));
            editor.scrollTo("#pm-followthrough").screenshot("follow-through-revisit");
            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, rig.publishDue());
            String again = page(rig, issue.key).body();
            assertTrue(again, again.contains("<h3>Revisits</h3>"));
            assertTrue(again, again.contains("Fallback guarded by a config test now."));
            editor.assertNoConsoleErrors();
        }
    }

    @Test
    public void aCountermeasureMarkedDoneWithoutATicket_shouldFallDueForItsCheckAndWarnInTheReview() throws Exception {
        JourneyRig rig = RIG.rig();
        rig.settings.save(rig.settings.load().toBuilder()
                .followThrough(new io.postmortems.jira.settings.FollowThroughSettings(0, 90)).build());
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Batch stalls");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        Countermeasure cm = new Countermeasure("r1", "Write the batch runbook", "editor",
                LocalDate.now().plusDays(10));
        seeded.setCountermeasures(new java.util.ArrayList<>(List.of(cm)));
        rig.store.save(issue.id, seeded, 0);

        try (Browser editor = Browser.open(rig).as("editor")) {
            // no ticket: the author records its status in the editor (the status is the document's own)
            editor.issue(issue.key).waitVisible("#pm-cm-list");
            assertEquals("No ticket yet", editor.text("#pm-cm-list .pm-cm .pm-cm-status"));
            assertEquals("OPEN", editor.value("countermeasures[0].status"));
            assertEquals(List.of("Open", "In progress", "Done", "Won't do"),
                    editor.texts("[data-field=\"countermeasures[0].status\"] option"));
            assertFalse("nothing is due before it is done", editor.has("#pm-ft-checks .pm-ft-due"));
            editor.fill("countermeasures[0].status", "DONE");
            editor.scrollTo("[data-field=\"countermeasures[0].status\"]").screenshot("countermeasure-marked-done");
            editor.click("#pm-save").waitForText(".pm-save-status", "Saved.");
            LocalDate doneOn = LocalDate.now(java.time.ZoneOffset.UTC);
            Countermeasure saved = rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(0);
            assertEquals(io.postmortems.core.model.CountermeasureStatus.DONE, saved.getStatus());
            assertEquals(doneOn, saved.getDoneOn());

            // an effectiveness period of 0 days: the check is due at once, in the panel and in the review
            editor.issue(issue.key).waitVisible("#pm-ft-checks .pm-ft-due");
            assertEquals("the choice stays after a reload", "DONE", editor.value("countermeasures[0].status"));
            assertTrue(editor.text("#pm-ft-checks"), editor.text("#pm-ft-checks").contains("Write the batch runbook"));
            assertTrue(editor.findings().toString(), editor.findings().stream().anyMatch(f -> f.startsWith(
                    "The effectiveness check of countermeasure \"Write the batch runbook\" has been due since "
                            + doneOn)));
            editor.scrollTo("#pm-followthrough").screenshot("follow-through-done-without-ticket");

            // marked open again, it has no done day and no check is due
            editor.fill("countermeasures[0].status", "OPEN").click("#pm-save")
                    .waitForText(".pm-save-status", "Saved.");
            assertNull(rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(0).getDoneOn());
            editor.issue(issue.key).waitVisible("#pm-cm-list");
            assertFalse(editor.has("#pm-ft-checks .pm-ft-due"));
            editor.assertNoConsoleErrors();
        } finally {
            rig.settings.save(rig.settings.load().toBuilder()
                    .followThrough(io.postmortems.jira.settings.FollowThroughSettings.defaults()).build());
        }
    }

    private static PageView page(JourneyRig rig, String issueKey) {
        List<PageView> pages = rig.confluence.currentPages().stream().filter(p -> p.title().contains(issueKey))
                .toList();
        assertEquals(1, pages.size());
        return pages.get(0);
    }
}
