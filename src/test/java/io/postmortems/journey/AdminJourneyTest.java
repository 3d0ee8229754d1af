package io.postmortems.journey;

import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * The administrator changes the severity scheme and the default due periods on the admin page; editors' panels
 * follow: the severity select offers the new levels, and a new countermeasure is due when the new period says.
 */
public class AdminJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();


    @Test
    public void adminChanges_shouldReachTheSeveritySelectAndTheDueDatePrefill() throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Login latency spike");
        try (Browser admin = Browser.open(RIG.rig()).as("admin"); Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-panel");
            assertEquals("the default scheme first", List.of("", "SEV1", "SEV2", "SEV3", "SEV4"),
                    severityOptions(editor));

            // a three-level scheme, its required sections and due periods
            openSettings(admin);
            admin.setValueCss("#pm-admin-severityLevels", "P1 | Outage | Customers cannot use the product\n"
                            + "P2 | Degraded | A feature is slow or partly unavailable\n"
                            + "P3 | Minor | Little customer impact")
                    .setValueCss("#pm-admin-requiredSections", "P1: SUMMARY, IMPACT, ROOT_CAUSE\n"
                            + "P2: SUMMARY, IMPACT\nP3: SUMMARY")
                    .setValueCss("#pm-admin-defaultDueWeeks", "P1: 1\nP2: 3\nP3: 6");
            save(admin);
            admin.screenshot("admin-new-scheme");

            editor.issue(issue.key).waitVisible("#pm-panel");
            assertEquals("the panel offers the new levels", List.of("", "P1", "P2", "P3"), severityOptions(editor));
            LocalDate today = LocalDate.parse(editor.attribute("#pm-panel", "data-today"));
            editor.fill("severity", "P2").click("#pm-cm-add");
            assertEquals("P2 countermeasures are due in three weeks", today.plusWeeks(3).toString(),
                    editor.value("countermeasures[0].dueDate"));
            editor.fill("countermeasures[0].summary", "Cache the session lookups").fill("countermeasures[0].owner",
                    "editor").click("#pm-save").waitForText(".pm-save-status", "Saved.");
            editor.scrollTo("#pm-cm-list").screenshot("admin-editor-prefill");

            // the due period changes; the next new countermeasure follows it
            openSettings(admin);
            admin.setValueCss("#pm-admin-defaultDueWeeks", "P1: 1\nP2: 5\nP3: 6");
            save(admin);
            editor.issue(issue.key).waitVisible("#pm-panel");
            assertEquals("the saved severity is selected", "P2", editor.value("severity"));
            editor.click("#pm-cm-add");
            assertEquals("P2 countermeasures are now due in five weeks", today.plusWeeks(5).toString(),
                    editor.value("countermeasures[1].dueDate"));
            assertEquals("the saved countermeasure keeps its date", today.plusWeeks(3).toString(),
                    editor.value("countermeasures[0].dueDate"));
        }
    }

    private static void openSettings(Browser admin) {
        admin.go(RIG.rig().adminUrl()).waitUntil("the settings loaded into the form",
                () -> !admin.valueCss("#pm-admin-severityLevels").isBlank());
    }

    private static void save(Browser admin) {
        admin.click("#pm-admin-save").waitUntil("an answer to the save", () -> admin.countVisible(
                ".pm-admin-saved") == 1 || admin.countVisible("#pm-admin-form .pm-form-errors") == 1
                || !admin.texts("#pm-admin-form [data-error-for]").stream().allMatch(String::isEmpty));
        assertEquals("the settings are saved; errors: " + admin.text("#pm-admin-form .pm-form-errors")
                + admin.texts("#pm-admin-form [data-error-for]"), 1, admin.countVisible(".pm-admin-saved"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> severityOptions(Browser editor) {
        return (List<String>) editor.script("return Array.from(document.querySelectorAll("
                + "'[data-field=\"severity\"] option')).map(function (o) { return o.value; })");
    }
}
