package io.postmortems.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Changes made on a countermeasure ticket in Jira come back to the post-mortem through Jira's issue events: the
 * stored document, its JQL properties and the panel all say what the ticket says, without anyone opening the panel
 * first; and an edit in the panel that reaches the ticket is not echoed back as a second save.
 */
public class CountermeasureSyncJourneyTest {
    private static final String SEEDED = """
            {"title": "Checkout errors after a config push", "severity": "SEV2",
             "times": {"started": "2026-10-01T10:00:00Z", "detected": "2026-10-01T10:05:00Z",
                       "resolved": "2026-10-01T11:00:00Z"},
             "summary": "A config push disabled the payment provider's fallback."}""";
    private static final String PICKER = "d/MMM/yy";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    /** A post-mortem with one countermeasure whose sub-task exists in Jira and agrees with the document. */
    private static JiraState.Issue[] postMortemWithTicket(String summary) throws Exception {
        JourneyRig rig = RIG.rig();
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout errors");
        JiraState.Issue ticket = rig.jira.addIssue(JourneyRig.PROJECT, "Sub-task", summary, issue.id);
        ticket.assigneeKey = rig.jira.user("editor").orElseThrow().key;
        ticket.fields.put("duedate", picker(LocalDate.of(2026, 11, 2)));
        ticket.fields.put("priority", "Medium");
        rig.jira.link(issue.id, ticket.id, "jira_subtask_link");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        Countermeasure cm = new Countermeasure("c1", summary, "editor", LocalDate.of(2026, 11, 2));
        cm.setIssueKey(ticket.key);
        seeded.setCountermeasures(List.of(cm));
        rig.store.save(issue.id, seeded, 0);
        return new JiraState.Issue[]{issue, ticket};
    }

    @Test
    public void aTicketResolvedInJira_shouldShowAsDoneEverywhere() throws Exception {
        JiraState.Issue[] made = postMortemWithTicket("Keep the payment fallback on by default");
        JiraState.Issue issue = made[0];
        JiraState.Issue ticket = made[1];

        RIG.rig().transition(ticket.key, JiraState.DONE, "editor");

        // before anyone opens the post-mortem: the document and both JQL properties already say done
        StoredPostMortem stored = RIG.rig().store.load(issue.id).orElseThrow();
        assertEquals(CountermeasureStatus.DONE, stored.document().getCountermeasures().get(0).getStatus());
        assertEquals(LocalDate.now(), stored.document().getCountermeasures().get(0).getDoneOn());
        JsonNode property = new ObjectMapper().readTree(issue.properties.get("postmortem"));
        assertEquals(property.toString(), 1, property.path("countermeasuresDone").asInt());
        assertEquals(property.toString(), 0, property.path("countermeasuresOpen").asInt());
        JsonNode ticketProperty = new ObjectMapper().readTree(ticket.properties.get("countermeasure"));
        assertTrue("the ticket's own property says done: " + ticketProperty, ticketProperty.path("done").asBoolean());

        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-cm-list");
            assertEquals("Done", editor.texts("#pm-cm-list .pm-cm-status").get(0));
            editor.scrollTo("#pm-cm-list").screenshot("countermeasure-sync-resolved");
        }
        assertEquals("opening the panel found nothing left to write", stored.revision(),
                RIG.rig().store.load(issue.id).orElseThrow().revision());
    }

    @Test
    public void assigneeAndDueDateChangedOnTheTicket_shouldShowInThePanel() throws Exception {
        JiraState.Issue[] made = postMortemWithTicket("Alert on fallback switched off");
        JiraState.Issue issue = made[0];
        JiraState.Issue ticket = made[1];
        String adminKey = RIG.rig().jira.user("admin").orElseThrow().key;

        RIG.rig().editTicket(ticket.key, "admin", t -> {
            t.assigneeKey = adminKey;
            t.fields.put("duedate", picker(LocalDate.of(2026, 12, 15)));
        });

        Countermeasure cm = RIG.rig().store.load(issue.id).orElseThrow().document().getCountermeasures().get(0);
        assertEquals("admin", cm.getOwner());
        assertEquals(LocalDate.of(2026, 12, 15), cm.getDueDate());
        JsonNode ticketProperty = new ObjectMapper().readTree(ticket.properties.get("countermeasure"));
        assertEquals(ticketProperty.toString(), "2026-12-15", ticketProperty.path("dueDate").asText());

        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-cm-list");
            assertEquals("the owner picker shows the new assignee's display name",
                    RIG.rig().jira.user("admin").orElseThrow().displayName, editor.value("countermeasures[0].owner"));
            assertEquals("2026-12-15", editor.value("countermeasures[0].dueDate"));
            editor.scrollTo("#pm-cm-list").screenshot("countermeasure-sync-assignee-due");

            // the other direction: an edit in the panel reaches the ticket, and its event is not echoed back
            long before = RIG.rig().store.load(issue.id).orElseThrow().revision();
            editor.fill("countermeasures[0].summary", "Alert when the payment fallback is switched off");
            editor.click("#pm-save").waitForText(".pm-save-status", "Saved.");
            assertEquals("Alert when the payment fallback is switched off", ticket.summary);
            assertEquals("the save is the only write: the ticket's event found nothing new", before + 1,
                    RIG.rig().store.load(issue.id).orElseThrow().revision());
        }
    }

    private static String picker(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern(PICKER, java.util.Locale.ENGLISH));
    }
}
