package io.postmortems.journey;

import io.postmortems.core.incident.RequiredPostMortems;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.RequiredPostMortemSettings;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Required by severity (#13 item 2): the administrator maps priority Highest onto SEV1, requires a post-mortem for
 * SEV1 and chooses to create it automatically with the review meeting due 5 working days after the resolution. An
 * incident resolved in Jira then has exactly one post-mortem linked to it, also after a second resolve event, with
 * that review date in its panel. In ASK mode the assignee gets exactly one comment asking for it instead.
 */
public class RequiredPostMortemJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void resolvedSev1Incident_shouldGetExactlyOnePostMortemWithTheReviewDueInFiveWorkingDays() throws Exception {
        JourneyRig rig = RIG.rig();
        configure(rig, "CREATE");
        AppSettings saved = rig.settings.load();
        assertEquals(List.of("SEV1"), saved.requiredPostMortems().requiredSeverities());
        assertEquals("SEV1", saved.requiredPostMortems().severityMapping().get("Highest"));
        assertEquals(RequiredPostMortems.OnResolve.CREATE, saved.requiredPostMortems().onResolve());
        assertEquals(Map.of("SEV1", 5, "SEV2", 10), saved.requiredPostMortems().reviewDueDays());

        JiraState.Issue minor = incident(rig, "Search slow for some users", "Medium");
        rig.transition(minor.key, JiraState.DONE, "admin");
        assertEquals("a Medium (SEV3) incident requires none", List.of(), postMortemsOf(rig, minor));

        JiraState.Issue incident = incident(rig, "Checkout down for everyone", "Highest");
        rig.transition(incident.key, JiraState.DONE, "admin");
        // a second resolve event (Jira fires one per transition into a resolved status; a reopen and resolve again)
        rig.doubles.fireIssueEvent(incident, com.atlassian.jira.event.type.EventType.ISSUE_RESOLVED_ID, "admin");

        List<JiraState.Issue> postMortems = postMortemsOf(rig, incident);
        assertEquals("exactly one post-mortem, linked to the incident", 1, postMortems.size());
        JiraState.Issue postMortem = postMortems.get(0);
        assertEquals("created as the incident's assignee, who may edit it", incident.summary, postMortem.summary);
        PostMortem doc = rig.store.load(postMortem.id).orElseThrow().document();
        LocalDate resolvedOn = incident.resolvedAt.atZone(ZoneId.systemDefault()).toLocalDate();
        LocalDate due = RequiredPostMortems.addWorkingDays(resolvedOn, 5);
        assertEquals(due, doc.getMeeting().getReviewDate());
        assertEquals("the mapped severity", "SEV1", doc.getSeverity());
        assertEquals("no comment in CREATE mode", List.of(), incident.comments);

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(postMortem.key).waitVisible("#pm-panel");
            assertEquals("the panel shows the review date", due.toString(), editor.value("meeting.reviewDate"));
            editor.scrollTo("[data-field=\"meeting.reviewDate\"]").screenshot("required-postmortem-review-date");
            editor.assertNoConsoleErrors();
        }
    }

    @Test
    public void resolvedSev1Incident_shouldAskTheAssigneeOnceInAskMode() throws Exception {
        JourneyRig rig = RIG.rig();
        configure(rig, "ASK");
        assertEquals(RequiredPostMortems.OnResolve.ASK, rig.settings.load().requiredPostMortems().onResolve());

        JiraState.Issue incident = incident(rig, "Payments failing in EU", "Highest");
        rig.transition(incident.key, JiraState.DONE, "admin");
        rig.doubles.fireIssueEvent(incident, com.atlassian.jira.event.type.EventType.ISSUE_RESOLVED_ID, "admin");

        assertEquals("no post-mortem yet: the assignee is asked", List.of(), postMortemsOf(rig, incident));
        assertEquals("exactly one comment, also after a second resolve event", 1, incident.comments.size());
        String comment = incident.comments.get(0);
        LocalDate due = RequiredPostMortems.addWorkingDays(
                incident.resolvedAt.atZone(ZoneId.systemDefault()).toLocalDate(), 5);
        assertTrue(comment, comment.startsWith("[~editor], this incident is SEV1 and requires a post-mortem."));
        assertTrue(comment, comment.contains("[Create post-mortem|" + rig.issueUrl(incident.key) + "]"));
        assertTrue(comment, comment.endsWith("The review meeting is due on " + due + "."));

        // the assignee follows the link and uses the incident's action: the post-mortem gets the review date too
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(incident.key).waitVisible("#postmortems-create-from-incident");
            editor.click("#postmortems-create-from-incident");
            editor.waitUntil("the post-mortem opens", () -> !editor.currentUrl().endsWith("/browse/" + incident.key)
                    && editor.has("#pm-panel"));
            assertEquals(due.toString(), editor.value("meeting.reviewDate"));
            editor.assertNoConsoleErrors();
        }
        assertEquals(1, postMortemsOf(rig, incident).size());
    }

    /** The administrator's choices on the settings page: OPS incidents, Highest is SEV1, SEV1 required. */
    private static void configure(JourneyRig rig, String onResolve) throws Exception {
        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-severityLevels").isBlank());
            admin.setValueCss("#pm-admin-incidentProjects", "OPS").setValueCss("#pm-admin-incidentIssueTypes",
                    "Incident");
            admin.setValueCss("#pm-admin-severityField", RequiredPostMortemSettings.PRIORITY);
            admin.setValueCss("#pm-admin-requiredSeverities", "SEV9");
            admin.expectHttpStatus(400).click("#pm-admin-save").waitForText(
                    "#pm-admin-form [data-error-for=requiredPostMortems]", "SEV9 is not the id of a severity level");
            admin.setValueCss("#pm-admin-severityMapping", "Highest: SEV1\nHigh: SEV2\nMedium: SEV3");
            admin.setValueCss("#pm-admin-requiredSeverities", "SEV1");
            admin.setValueCss("#pm-admin-onResolve", onResolve);
            admin.setValueCss("#pm-admin-reviewDueDays", "SEV1: 5\nSEV2: 10");
            admin.scrollTo("#pm-admin-severityField").screenshot("required-settings-" + onResolve.toLowerCase());
            admin.click("#pm-admin-save").waitUntil("saved", () -> admin.countVisible(".pm-admin-saved") == 1);
        }
    }

    /** An OPS incident of the priority, assigned to the editor, reported by the admin, not resolved yet. */
    private static JiraState.Issue incident(JourneyRig rig, String summary, String priority) {
        JiraState.Issue incident = rig.jira.addIssue("OPS", "Incident", summary);
        incident.fields.put("priority", priority);
        incident.assigneeKey = rig.jira.user("editor").orElseThrow().key;
        incident.reporterKey = rig.jira.user("admin").orElseThrow().key;
        return incident;
    }

    /** The Post-mortem issues linked to the incident ("is post-mortem of"). */
    private static List<JiraState.Issue> postMortemsOf(JourneyRig rig, JiraState.Issue incident) {
        return rig.jira.links().stream().filter(l -> l.destinationId() == incident.id
                        && "Post-mortem".equals(l.type()))
                .map(l -> rig.jira.issue(l.sourceId()).orElseThrow())
                .filter(i -> "Post-mortem".equals(i.type)).toList();
    }
}
