package io.postmortems.journey;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The reports page shows only what the viewer may browse: three post-mortems in project PM (which the viewer may
 * browse) and one in project SECRET (which only the editor and the administrator may browse). The viewer's figures
 * are those of the three; the editor's include the fourth. Each chart is an SVG image followed by its table.
 */
public class ReportsJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @BeforeClass
    public static void postMortems() throws Exception {
        JourneyRig rig = RIG.rig();
        if (rig.jira.projectByKey("SECRET").isEmpty()) {
            rig.jira.addProject("SECRET", "Secret project");
            rig.jira.grant("SECRET", "admin", true);
            rig.jira.grant("SECRET", "editor", true);
        }
        // PM, March 2026: SEV1 detected after 10 minutes, SEV2 after 30; April: SEV2 after 20
        save(JourneyRig.PROJECT, doc("SEV1", "2026-03-10T12:00Z", 10, 60, "checkout", "change",
                cm(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-15"))));
        save(JourneyRig.PROJECT, doc("SEV2", "2026-03-20T12:00Z", 30, 120, "search", "capacity",
                cm(LocalDate.parse("2026-04-01"), null)));
        save(JourneyRig.PROJECT, doc("SEV2", "2026-04-05T12:00Z", 20, 90, "checkout", "change"));
        // SECRET, March 2026: detected after 10 hours, on a service nobody else has
        save("SECRET", doc("SEV1", "2026-03-15T12:00Z", 600, 900, "vault", "hardware"));
    }

    @Test
    public void viewer_shouldSeeChartsAndTablesOfOnlyThePostMortemsTheyMayBrowse() throws Exception {
        try (Browser viewer = Browser.open(RIG.rig()).as("viewer")) {
            viewer.go(RIG.rig().reportsUrl(null)).waitVisible("#pm-reports");
            assertEquals("3 post-mortems", viewer.text("#pm-reports-count"));
            assertEquals(List.of("2026-03 2", "2026-04 1"), rows(viewer, "#pm-report-month"));
            // March: TTD 10m and 30m -> nearest-rank median 10m, p90 30m
            assertTrue(rows(viewer, "#pm-report-trend").get(0),
                    rows(viewer, "#pm-report-trend").get(0).startsWith("2026-03 2 10m / 30m"));
            assertEquals(List.of("SEV1", "SEV2"), firstCells(viewer, "#pm-report-severity"));
            assertEquals(List.of("checkout", "search"), firstCells(viewer, "#pm-report-service"));
            assertEquals(List.of("capacity", "change"), firstCells(viewer, "#pm-report-cause"));
            assertFalse("nothing of the SECRET project shows", viewer.pageSource().contains("vault"));
            List<String> health = rows(viewer, "#pm-report-health");
            assertTrue(health.toString(), health.contains("Open 1"));
            assertTrue(health.toString(), health.contains("Overdue 1"));
            assertTrue(health.toString(), health.contains("Done on time (% of done) 100 %"));
            assertTrue(health.toString(), health.contains("Median days from incident to done 5"));
            assertEquals("every figures section (six, then effectiveness and target breaches) has an SVG chart with a"
                    + " title", 8, viewer.count(".pm-report-section svg[role='img'] title"));
            assertEquals("and a table after it", 8, viewer.count(".pm-report-section figure + .pm-report-scroll > table"));
            viewer.screenshot("reports-viewer");
            viewer.assertNoConsoleErrors();
        }
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.go(RIG.rig().reportsUrl(null)).waitVisible("#pm-reports");
            assertEquals("March has SECRET's post-mortem too", "2026-03 3", rows(editor, "#pm-report-month").get(0));
            assertTrue(firstCells(editor, "#pm-report-service").contains("vault"));
        }
    }

    @Test
    public void causeCategoryChosenInThePanel_shouldAppearOnTheReportsPage() throws Exception {
        // in a project of its own (the editor's), so the other journeys' figures stay as they are
        if (RIG.rig().jira.projectByKey("CAUSE").isEmpty()) {
            RIG.rig().jira.addProject("CAUSE", "Cause project");
            RIG.rig().jira.grant("CAUSE", "editor", true);
        }
        PostMortem doc = doc("SEV3", "2026-05-02T08:00Z", 15, 45, "mail", null);
        JiraState.Issue issue = save("CAUSE", doc);
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-panel");
            List<String> offered = editor.texts("[data-field=\"causeCategory\"] option");
            assertTrue("the administered default list is offered: " + offered,
                    offered.contains("dependency") && offered.contains("code defect"));
            editor.fill("causeCategory", "dependency");
            editor.click("#pm-save").waitForText(".pm-save-status", "Saved.");
            editor.screenshot("reports-cause-category-panel");
        }
        assertEquals("dependency", RIG.rig().store.load(issue.id).orElseThrow().document().getCauseCategory());
        assertTrue("the indexed property holds it",
                RIG.rig().jira.issue(issue.key).orElseThrow().properties.get("postmortem")
                        .contains("\"causeCategory\":\"dependency\""));
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.go(RIG.rig().reportsUrl("CAUSE")).waitVisible("#pm-report-cause");
            assertEquals(List.of("dependency 1 15m / 15m 5m / 5m 22m / 22m 45m / 45m"),
                    rows(editor, "#pm-report-cause"));
        }
    }

    @Test
    public void administrator_shouldKeepTheCauseCategoriesWhichThePanelOffers() throws Exception {
        try {
            adminSavesCauseCategoriesAndThePanelOffersThem();
        } finally {
            RIG.rig().settings.save(RIG.rig().settings.load().toBuilder()
                    .causeCategories(io.postmortems.core.model.CauseCategories.DEFAULTS).build());
        }
    }

    private void adminSavesCauseCategoriesAndThePanelOffersThem() throws Exception {
        try (Browser admin = Browser.open(RIG.rig()).as("admin")) {
            admin.go(RIG.rig().adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-causeCategories").isBlank());
            assertEquals(String.join("\n", io.postmortems.core.model.CauseCategories.DEFAULTS),
                    admin.valueCss("#pm-admin-causeCategories"));
            admin.fillCss("#pm-admin-causeCategories", "change\nvendor\nChange");
            admin.expectHttpStatus(400).click("#pm-admin-save").waitForText("[data-error-for=\"causeCategories\"]", "listed twice");
            admin.fillCss("#pm-admin-causeCategories", "change\nvendor");
            admin.click("#pm-admin-save").waitUntil("saved", () -> admin.countVisible(".pm-admin-saved") == 1);
            admin.screenshot("reports-cause-categories-admin");
        }
        JiraState.Issue issue = save(JourneyRig.PROJECT, doc("SEV4", "2026-06-01T08:00Z", 5, 10, "x", null));
        // out of the viewer's figures again, whatever happens below
        RIG.rig().jira.issue(issue.key).orElseThrow().properties.remove("postmortem");
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-panel");
            assertEquals(List.of("Choose a cause category", "change", "vendor"),
                    editor.texts("[data-field=\"causeCategory\"] option"));
        }
    }

    @Test
    public void projectPage_shouldShowOneProjectAndRefuseAProjectTheViewerMayNotBrowse() throws Exception {
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.go(RIG.rig().reportsUrl("SECRET")).waitVisible("#pm-reports");
            assertEquals("1 post-mortems", editor.text("#pm-reports-count"));
            assertTrue(editor.text(".pm-reports-scope").contains("Project SECRET"));
        }
        try (Browser viewer = Browser.open(RIG.rig()).as("viewer")) {
            viewer.go(RIG.rig().reportsUrl("SECRET")).waitVisible("#pm-reports");
            assertEquals("the viewer may not browse SECRET: no figures", 0, viewer.count(".pm-report-section"));
            assertFalse(viewer.pageSource().contains("vault"));
            viewer.go(RIG.rig().reportsUrl("NOPE")).waitVisible("#pm-reports-error");
            assertTrue(viewer.text("#pm-reports-error").contains("no project with this key"));
        }
    }

    /** Each body row of the section's table as its cells' texts joined by one space. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(Browser b, String section) {
        return (List<String>) b.script("return Array.from(document.querySelectorAll(arguments[0])).map(r => "
                + "Array.from(r.cells).map(c => c.textContent.trim()).join(' '));", section + " tbody tr");
    }

    private static List<String> firstCells(Browser b, String section) {
        return b.texts(section + " tbody tr th");
    }

    private static Countermeasure cm(LocalDate due, LocalDate doneOn) {
        Countermeasure cm = new Countermeasure("cm-" + due, "Fix it", "editor", due);
        cm.setStatus(doneOn == null ? CountermeasureStatus.OPEN : CountermeasureStatus.DONE);
        cm.setDoneOn(doneOn);
        return cm;
    }

    private static PostMortem doc(String severity, String started, int detectMinutes, int resolveMinutes,
                                  String service, String cause, Countermeasure... cms) {
        PostMortem d = new PostMortem();
        d.setTitle(severity + " " + service + " " + started);
        d.setSeverity(severity);
        d.setCauseCategory(cause);
        OffsetDateTime s = OffsetDateTime.parse(started);
        d.getTimes().setStarted(s);
        d.getTimes().setDetected(s.plusMinutes(detectMinutes));
        d.getTimes().setAcknowledged(s.plusMinutes(detectMinutes + 5));
        d.getTimes().setMitigated(s.plusMinutes(resolveMinutes / 2));
        d.getTimes().setResolved(s.plusMinutes(resolveMinutes));
        d.setServices(List.of(service));
        d.setCountermeasures(List.of(cms));
        return d;
    }

    private static JiraState.Issue save(String project, PostMortem doc) throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(project, "Post-mortem", doc.getTitle());
        doc.setIssueKey(issue.key);
        RIG.rig().doubles.login(null);
        RIG.rig().store.save(issue.id, doc, 0);
        return issue;
    }
}
