package io.postmortems.journey;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Start from the incident (#13): on an incident with components, watchers, three status changes and two comments, the
 * editor clicks "Create post-mortem"; a Post-mortem issue linked to the incident ("is post-mortem of") opens with
 * title, times, services and participants filled in and a draft timeline of five entries; the author accepts three
 * and drops two, and the timeline holds exactly those three; the action on the incident then opens the same
 * post-mortem. The action shows only in the projects and issue types the administrator chose, and only to users who
 * may edit the incident.
 */
public class IncidentJourneyTest {
    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void incident_shouldStartOnePostMortemWhoseDraftTimelineTheAuthorSorts() throws Exception {
        var rig = RIG.rig();
        JiraState.Issue incident = incident(rig.jira);
        JiraState.Issue task = rig.jira.addIssue("OPS", "Task", "Rotate the on-call calendar");

        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(incident.key).waitVisible("#summary-val");
            assertEquals("offered nowhere until the administrator chooses", 0,
                    editor.count("#postmortems-create-from-incident"));
        }
        // the administrator chooses the incident project and type on the settings page
        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-severityLevels").isBlank());
            admin.setValueCss("#pm-admin-incidentProjects", "ops team\nOPS");
            admin.expectHttpStatus(400).click("#pm-admin-save").waitForText(
                    "#pm-admin-form [data-error-for=incidentProjects]",
                    "ops team is not a project key");
            admin.setValueCss("#pm-admin-incidentProjects", "OPS").setValueCss("#pm-admin-incidentIssueTypes",
                    "Incident");
            admin.scrollTo("#pm-admin-incidentProjects").screenshot("incident-settings");
            admin.click("#pm-admin-save").waitUntil("saved", () -> admin.countVisible(".pm-admin-saved") == 1);
        }
        AppSettings saved = rig.settings.load();
        assertEquals(List.of("OPS"), saved.incidentProjects());
        assertEquals(List.of("Incident"), saved.incidentIssueTypes());

        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.issue(incident.key).waitVisible("#summary-val");
            assertEquals("a user who may not edit the incident is not offered the action", 0,
                    viewer.count("#postmortems-create-from-incident"));
        }
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(task.key).waitVisible("#summary-val");
            assertEquals("a Task is not an incident type here", 0, editor.count("#postmortems-create-from-incident"));

            editor.issue(incident.key).waitVisible("#postmortems-create-from-incident");
            editor.screenshot("incident-action");
            editor.click("#postmortems-create-from-incident");
            editor.waitUntil("the post-mortem opens", () -> !editor.currentUrl().endsWith("/browse/" + incident.key)
                    && editor.has("#pm-drafts"));
            String postMortemKey = editor.text("#key-val");
            JiraState.Issue postMortem = rig.jira.issue(postMortemKey).orElseThrow();
            assertEquals("Post-mortem", postMortem.type);
            assertEquals(incident.summary, postMortem.summary);
            assertTrue("linked: the post-mortem is post-mortem of the incident", rig.jira.links().contains(
                    new JiraState.IssueLink(postMortem.id, incident.id, "Post-mortem")));

            PostMortem doc = rig.store.load(postMortem.id).orElseThrow().document();
            assertEquals(incident.summary, doc.getTitle());
            assertEquals(OffsetDateTime.parse("2026-11-02T09:00:00Z"), doc.getTimes().getStarted());
            assertEquals("first status change", OffsetDateTime.parse("2026-11-02T09:10:00Z"),
                    doc.getTimes().getAcknowledged());
            assertEquals("status named Mitigated", OffsetDateTime.parse("2026-11-02T10:00:00Z"),
                    doc.getTimes().getMitigated());
            assertEquals("resolution date", OffsetDateTime.parse("2026-11-02T11:00:00Z"),
                    doc.getTimes().getResolved());
            assertEquals(List.of("checkout", "payments"), doc.getServices());
            assertEquals(List.of("Eddie Editor", "Ada Admin", "Vera Viewer"), doc.getMeeting().getParticipants());
            assertTrue("nothing reaches the timeline before it is accepted", doc.getTimeline().isEmpty());
            assertEquals(5, editor.count("#pm-drafts .pm-draft"));
            assertEquals("the drafts are not in the timeline table", 0, editor.count(".pm-timeline tbody tr"));
            editor.scrollTo("#pm-drafts").screenshot("incident-draft-timeline");

            // the author keeps the status changes to In Progress and Mitigated and the rollback comment
            accept(editor, "to In Progress");
            drop(editor, "Paged the on-call");
            accept(editor, "rolled back");
            drop(editor, "to Done");
            accept(editor, "to Mitigated");
            assertFalse("no drafts left", editor.has("#pm-drafts"));
            assertEquals(3, editor.count(".pm-timeline tbody tr"));
            editor.scrollTo(".pm-timeline").screenshot("incident-timeline-accepted");

            PostMortem sorted = rig.store.load(postMortem.id).orElseThrow().document();
            assertEquals(List.of("Status changed from To Do to In Progress", "Vera Viewer: We rolled back the deploy.",
                            "Status changed from In Progress to Mitigated"),
                    sorted.getTimeline().stream().map(TimelineEvent::getText).toList());
            assertTrue(sorted.getDraftTimeline().isEmpty());

            // the action on the incident now opens the same post-mortem
            editor.issue(incident.key).click("#postmortems-create-from-incident");
            editor.waitUntil("the post-mortem opens again", () -> editor.currentUrl().endsWith("/browse/"
                    + postMortemKey) && editor.has("#pm-panel"));
            long postMortems = rig.jira.issuesByKey().values().stream().filter(i -> "Post-mortem".equals(i.type)
                    && i.key.startsWith("OPS-")).count();
            assertEquals("still one post-mortem", 1, postMortems);
            editor.assertNoConsoleErrors();
        }
    }

    private static void accept(Browser editor, String text) {
        act(editor, text, ".pm-draft-accept");
    }

    private static void drop(Browser editor, String text) {
        act(editor, text, ".pm-draft-drop");
    }

    /** Clicks the button of the draft whose text contains {@code text}, then waits for the reloaded page. */
    private static void act(Browser editor, String text, String button) {
        int before = editor.count("#pm-drafts .pm-draft");
        Object clicked = editor.script("var rows = document.querySelectorAll('#pm-drafts .pm-draft');"
                + "for (var i = 0; i < rows.length; i++) { if (rows[i].querySelector('.pm-draft-text').textContent"
                + ".indexOf(arguments[0]) >= 0) { rows[i].querySelector(arguments[1]).click(); return true; } }"
                + "return false;", text, button);
        assertEquals("a draft reads '" + text + "'", Boolean.TRUE, clicked);
        editor.waitUntil("one draft fewer after '" + text + "'", () -> editor.count("#pm-drafts .pm-draft") == before - 1);
        editor.waitVisible("#pm-panel");
    }

    /** OPS-n "Checkout down": 3 status changes, 2 comments, 2 components, assignee, reporter and a watcher. */
    private static JiraState.Issue incident(JiraState jira) {
        JiraState.Issue incident = jira.addIssue("OPS", "Incident", "Checkout down for EU customers");
        incident.created = CREATED;
        incident.assigneeKey = jira.user("editor").orElseThrow().key;
        incident.reporterKey = jira.user("admin").orElseThrow().key;
        incident.watcherKeys.add(jira.user("viewer").orElseThrow().key);
        incident.watcherKeys.add(jira.user("editor").orElseThrow().key);
        incident.components.addAll(List.of("checkout", "payments"));
        incident.statusChanges.add(new JiraState.StatusChange(Instant.parse("2026-11-02T09:10:00Z"), "To Do",
                "In Progress"));
        incident.statusChanges.add(new JiraState.StatusChange(Instant.parse("2026-11-02T10:00:00Z"), "In Progress",
                "Mitigated"));
        incident.statusChanges.add(new JiraState.StatusChange(Instant.parse("2026-11-02T11:00:00Z"), "Mitigated",
                "Done"));
        incident.timedComments.add(new JiraState.Comment(Instant.parse("2026-11-02T09:05:00Z"), null,
                "Paged the on-call engineer."));
        incident.timedComments.add(new JiraState.Comment(Instant.parse("2026-11-02T09:40:00Z"),
                jira.user("viewer").orElseThrow().key, "We rolled back the deploy."));
        incident.status = JiraState.DONE;
        incident.resolvedAt = Instant.parse("2026-11-02T11:00:00Z");
        return incident;
    }
}
