package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * A countermeasure whose ticket was deleted in Jira: the panel says so and offers "Create missing tickets", which makes
 * a new ticket and records its key; the deleted key stays in the document for history.
 */
public class DeletedTicketJourneyTest {
    private static final String SEEDED = """
            {"title": "Checkout errors after a config push", "severity": "SEV2",
             "times": {"started": "2026-10-01T10:00:00Z", "detected": "2026-10-01T10:05:00Z",
                       "resolved": "2026-10-01T11:00:00Z"},
             "summary": "A config push disabled the payment provider's fallback."}""";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void aDeletedTicket_shouldShowAsDeletedAndBeCreatedAgain() throws Exception {
        JourneyRig rig = RIG.rig();
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout errors");
        JiraState.Issue ticket = rig.jira.addIssue(JourneyRig.PROJECT, "Sub-task", "Keep the fallback on", issue.id);
        rig.jira.link(issue.id, ticket.id, "jira_subtask_link");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        Countermeasure cm = new Countermeasure("c1", "Keep the fallback on", "editor", LocalDate.of(2026, 11, 2));
        cm.setIssueKey(ticket.key);
        seeded.setCountermeasures(List.of(cm));
        rig.store.save(issue.id, seeded, 0);

        rig.deleteTicket(ticket.key, "admin");

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-cm-list");
            String status = editor.texts("#pm-cm-list .pm-cm-status").get(0);
            assertTrue(status, status.startsWith("Ticket " + ticket.key + " was deleted"));
            assertEquals("no link to the deleted ticket", 0, editor.count("#pm-cm-list .pm-cm-ticket"));
            editor.waitVisible("#pm-create-tickets");
            editor.scrollTo("#pm-cm-list").screenshot("deleted-ticket");

            editor.click("#pm-create-tickets");
            editor.waitUntil("the new ticket on the reloaded page", () -> editor.count("#pm-cm-list .pm-cm-ticket") == 1);
            String newKey = editor.text("#pm-cm-list .pm-cm-ticket");
            assertNotEquals(ticket.key, newKey);
            assertTrue("the new ticket exists in Jira", rig.jira.issue(newKey).isPresent());
            Countermeasure stored = rig.store.load(issue.id).orElseThrow().document().getCountermeasures().get(0);
            assertEquals(newKey, stored.getIssueKey());
            assertEquals("the deleted key is kept for history", ticket.key, stored.getDeletedIssueKey());
            editor.assertNoConsoleErrors();
        }
    }
}
