package io.postmortems.journey;

import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Related incidents are Jira issue links: the author finds an incident with Jira's issue picker by words of its
 * summary, the save links the post-mortem to it ("Relates"), an issue the author cannot see is refused beside the
 * input (and never suggested), and a key taken out of the list takes its link with it.
 */
public class RelatedIncidentsJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void relatedIncidents_shouldBeIssueLinksToIssuesTheAuthorCanSee() throws Exception {
        JiraState jira = RIG.rig().jira;
        JiraState.Issue postMortem = jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Payment retries stalled");
        JiraState.Issue incident = jira.addIssue("OPS", "Task", "Payment retries stalled in the batch window");
        JiraState.Issue other = jira.addIssue("OPS", "Task", "Payment gateway certificate expired");
        JiraState.Issue hidden = jira.addIssue("OPS", "Task", "Payment fraud investigation");
        hidden.securityLevelId = jira.securityLevel("admin");
        JiraState.IssueLink toIncident = new JiraState.IssueLink(postMortem.id, incident.id, "Relates");
        JiraState.IssueLink toOther = new JiraState.IssueLink(postMortem.id, other.id, "Relates");

        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(postMortem.key).waitVisible("#pm-panel");

            // the picker suggests what the author may browse, never the hidden issue nor the post-mortem itself
            editor.fill("relatedIncidents", "payment").waitUntil("suggestions for 'payment'",
                    () -> editor.suggestions("relatedIncidents").size() == 2);
            List<String> offered = editor.suggestions("relatedIncidents");
            assertTrue(offered.toString(), offered.stream().anyMatch(t -> t.startsWith(incident.key)));
            assertFalse("a hidden issue is not suggested: " + offered,
                    offered.stream().anyMatch(t -> t.startsWith(hidden.key)));
            editor.scrollTo("[data-field=\"relatedIncidents\"]").screenshot("related-incidents-picker");
            editor.pick("relatedIncidents", "batch window", incident.key)
                    .click("#pm-save").waitForText(".pm-save-status", "Saved.");
            assertEquals(incident.key + ", ", editor.value("relatedIncidents"));
            assertTrue("the save linked the incident: " + jira.links(), jira.links().contains(toIncident));

            // a key the author cannot browse is refused with a message beside the input; nothing is linked
            editor.expectHttpStatus(400).fill("relatedIncidents", incident.key + ", " + hidden.key)
                    .click("#pm-save").waitForText("#pm-field-overview .pm-error", "There is no issue " + hidden.key);
            editor.scrollTo("[data-field=\"relatedIncidents\"]").screenshot("related-incidents-refused");
            assertEquals(List.of(incident.key), RIG.rig().store.load(postMortem.id).orElseThrow().document()
                    .getRelatedIncidents());
            assertFalse(jira.links().contains(new JiraState.IssueLink(postMortem.id, hidden.id, "Relates")));

            // the incident replaced by another: its link goes, the new one comes
            editor.fill("relatedIncidents", "").pick("relatedIncidents", "certificate", other.key)
                    .click("#pm-save").waitForText(".pm-save-status", "Saved.");
            assertFalse("the removed key's link is gone: " + jira.links(), jira.links().contains(toIncident));
            assertTrue("the added key is linked: " + jira.links(), jira.links().contains(toOther));
        }
    }
}
