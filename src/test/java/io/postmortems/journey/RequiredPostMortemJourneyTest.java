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

        // the assignee sees the comment on the incident's page, follows its link to the incident's action, and the
        // post-mortem gets the review date too
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(incident.key).waitVisible("#rig-comments .rig-comment");
            assertEquals(1, editor.count("#rig-comments .rig-comment"));
            String seen = editor.text("#rig-comments .rig-comment");
            assertEquals("Eddie Editor, this incident is SEV1 and requires a post-mortem. Please create it with the"
                    + " incident's action Create post-mortem. The review meeting is due on " + due + ".", seen);
            String link = "#rig-comments .rig-comment a[href]";
            assertEquals("Create post-mortem", editor.text(link));
            assertEquals(rig.issueUrl(incident.key), editor.attribute(link, "href"));
            editor.scrollTo("#rig-comments").screenshot("required-ask-comment");
            editor.script("document.body.setAttribute('data-before-link', 'yes');");
            editor.click(link).waitUntil("the link loads the incident's page", () -> !editor.has(
                    "body[data-before-link]") && editor.currentUrl().endsWith("/browse/" + incident.key)
                    && editor.has("#postmortems-create-from-incident"));
            editor.click("#postmortems-create-from-incident");
            editor.waitUntil("the post-mortem opens", () -> !editor.currentUrl().endsWith("/browse/" + incident.key)
                    && editor.has("#pm-panel"));
            assertEquals(due.toString(), editor.value("meeting.reviewDate"));
            editor.assertNoConsoleErrors();
        }
        assertEquals(1, postMortemsOf(rig, incident).size());
    }

    @Test
    public void severityFromACustomField_shouldRequireAndCreateExactlyOnePostMortemOfTheMappedSeverity()
            throws Exception {
        JourneyRig rig = RIG.rig();
        rig.addCustomField("customfield_10100"); // a text field "Impact" on the rig's incidents
        configure(rig, "CREATE");
        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-severityField").isBlank());
            admin.setValueCss("#pm-admin-severityField", "customfield_10100");
            admin.setValueCss("#pm-admin-severityMapping", "Outage: SEV1\nDegraded: SEV2");
            admin.scrollTo("#pm-admin-severityField").screenshot("required-settings-custom-field");
            admin.click("#pm-admin-save").waitUntil("saved", () -> admin.countVisible(".pm-admin-saved") == 1);
        }
        RequiredPostMortemSettings saved = rig.settings.load().requiredPostMortems();
        assertEquals("customfield_10100", saved.severityField());
        assertEquals(Map.of("Outage", "SEV1", "Degraded", "SEV2"), saved.severityMapping());

        // the priority no longer counts: Highest with a degraded impact (SEV2) requires none
        JiraState.Issue degraded = incident(rig, "Reports slow", "Highest");
        degraded.fields.put("customfield_10100", "Degraded");
        rig.transition(degraded.key, JiraState.DONE, "admin");
        assertEquals("SEV2 is not required", List.of(), postMortemsOf(rig, degraded));

        JiraState.Issue outage = incident(rig, "Mobile app cannot log in", "Low");
        outage.fields.put("customfield_10100", "outage"); // mapped ignoring case
        rig.transition(outage.key, JiraState.DONE, "admin");
        rig.doubles.fireIssueEvent(outage, com.atlassian.jira.event.type.EventType.ISSUE_RESOLVED_ID, "admin");
        List<JiraState.Issue> postMortems = postMortemsOf(rig, outage);
        assertEquals("exactly one post-mortem, also after a second resolve event", 1, postMortems.size());
        PostMortem doc = rig.store.load(postMortems.get(0).id).orElseThrow().document();
        assertEquals("the severity mapped from the field's value", "SEV1", doc.getSeverity());
        assertEquals(RequiredPostMortems.addWorkingDays(
                outage.resolvedAt.atZone(ZoneId.systemDefault()).toLocalDate(), 5), doc.getMeeting().getReviewDate());
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(postMortems.get(0).key).waitVisible("#pm-panel");
            assertEquals("the panel shows the mapped severity", "SEV1", editor.value("severity"));
            editor.scrollTo("[data-field=\"severity\"]").screenshot("required-custom-field-severity");
            editor.assertNoConsoleErrors();
        }
    }

    @Test
    public void reportsPage_shouldShowAdministratorsTheCoverageOfRequiredPostMortems() throws Exception {
        JourneyRig rig = RIG.rig();
        configure(rig, "CREATE");
        JiraState.Issue covered = incident(rig, "Login down", "Highest");
        rig.transition(covered.key, JiraState.DONE, "admin");
        JiraState.Issue postMortem = postMortemsOf(rig, covered).get(0);
        // reviewed and approved at once: 0.0 days from resolution to approval (approved by another than the author)
        var admin = rig.doubles.user(rig.jira.user("admin").orElseThrow());
        long revision = rig.store.load(postMortem.id).orElseThrow().revision();
        revision = rig.postMortems.changeStatus(admin, postMortem.key, io.postmortems.core.model.Status.IN_REVIEW,
                revision).revision();
        rig.postMortems.changeStatus(admin, postMortem.key, io.postmortems.core.model.Status.APPROVED, revision);
        rig.doubles.login(null);
        configure(rig, "ASK");
        JiraState.Issue uncovered = incident(rig, "Search down", "Highest");
        rig.transition(uncovered.key, JiraState.DONE, "admin");

        // what the page must count: every required incident of the rig, and those of them with a post-mortem
        List<JiraState.Issue> required = rig.jira.issuesByKey().values().stream()
                .filter(i -> i.properties.containsKey("postmortemRequired")).toList();
        long with = required.stream().filter(i -> !postMortemsOf(rig, i).isEmpty()).count();
        assertTrue("both kinds are there", with >= 1 && with < required.size());
        String month = java.time.YearMonth.now(ZoneId.of("UTC")).toString(); // the admin's zone
        try (Browser browser = Browser.open(rig).as("admin")) {
            browser.go(rig.reportsUrl(null)).waitVisible("#pm-report-coverage");
            assertEquals(List.of(month + " " + required.size() + " " + with + " " + (required.size() - with),
                            "All months " + required.size() + " " + with + " " + (required.size() - with),
                            "Median days from the incident's resolution to the post-mortem's approval 0.0 days"
                                    + " (over 1 approved)"),
                    browser.script("return Array.from(document.querySelectorAll('#pm-report-coverage tbody tr'))"
                            + ".map(r => Array.from(r.cells).map(c => c.textContent.trim()).join(' '));"));
            browser.scrollTo("#pm-report-coverage").screenshot("required-coverage");

            // a project's page counts that project's required incidents alone, found by the index search
            String project = covered.project.key;
            long inProject = required.stream().filter(i -> i.project.key.equals(project)).count();
            browser.go(rig.reportsUrl(project)).waitVisible("#pm-report-coverage");
            assertTrue("the incidents' project has them", inProject >= 2);
            assertTrue(browser.script("return Array.from(document.querySelectorAll('#pm-report-coverage tbody tr'))"
                    + ".map(r => Array.from(r.cells).map(c => c.textContent.trim()).join(' '));").toString()
                    .contains("All months " + inProject + " "));
            browser.assertNoConsoleErrors();
        }
        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.go(rig.reportsUrl(null)).waitVisible("#pm-reports");
            assertEquals("not shown to users who are not Jira administrators", 0,
                    viewer.count("#pm-report-coverage"));
        }
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
