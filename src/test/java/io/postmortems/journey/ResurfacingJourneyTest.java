package io.postmortems.journey;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.jira.review.ReviewConfigs;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Resurfacing and the rest of countermeasure health on the reports page, with the rig's clock fixed at 15 November
 * 2026: "a year ago this month" (November 2025 in the viewer's calendar), the revisits due (90 days after first
 * publishing), the outcomes of the effectiveness checks (due 30 days after done) and the due dates beyond the
 * severity's target. The viewer (America/New_York) may browse PM but not HIDDEN; the editor (Europe/Berlin) both.
 */
public class ResurfacingJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    private static String checkout;
    private static String lateNight;
    private static String recent;
    private static String vault;

    @BeforeClass
    public static void postMortems() throws Exception {
        JourneyRig rig = RIG.rig();
        rig.clock.fixAt(Instant.parse("2026-11-15T12:00:00Z"));
        rig.jira.addProject("HIDDEN", "Hidden project");
        rig.jira.grant("HIDDEN", "admin", true);
        rig.jira.grant("HIDDEN", "editor", true);
        // November 2025, published 1 July 2026: its revisit fell due on 29 September 2026
        PostMortem a = doc("SEV1", "Checkout down", "2025-11-10T09:00Z", "2026-07-01T10:00Z");
        a.setCountermeasures(List.of(
                done("cm-1", "2026-01-10", EffectivenessOutcome.EFFECTIVE),
                done("cm-2", "2026-01-12", EffectivenessOutcome.NOT_EFFECTIVE),
                // done on 1 September, not checked: the check was due on 1 October
                done("cm-3", "2026-09-01", null),
                // due a year after the incident: far beyond any severity's target
                open("cm-4", "2026-11-10")));
        checkout = save(JourneyRig.PROJECT, a).key;
        // 1 December 2025 02:00 UTC is 30 November in New York (and 1 December in Berlin)
        lateNight = save(JourneyRig.PROJECT, doc("SEV2", "Batch <late> night", "2025-12-01T02:00Z", null)).key;
        // published on 1 October 2026: its revisit falls due on 30 December, not yet
        recent = save(JourneyRig.PROJECT, doc("SEV3", "Recent", "2026-09-20T09:00Z", "2026-10-01T10:00Z")).key;
        PostMortem hidden = doc("SEV1", "Vault sealed", "2025-11-12T09:00Z", "2026-06-01T10:00Z");
        hidden.setCountermeasures(List.of(done("cm-9", "2026-01-05", EffectivenessOutcome.NOT_VERIFIABLE)));
        vault = save("HIDDEN", hidden).key;
        // PAY (browsable by the viewer): nothing from a year ago, nothing published
        save("PAY", doc("SEV4", "Quiet", "2026-10-02T09:00Z", null));
    }

    @Test
    public void viewer_shouldSeeOnlyWhatTheyMayBrowseResurfaced() throws Exception {
        try (Browser viewer = Browser.open(RIG.rig()).as("viewer")) {
            viewer.go(RIG.rig().reportsUrl(null)).waitVisible("#pm-report-year-ago");
            assertEquals("A year ago this month (2025-11)", viewer.text("#pm-report-year-ago-title"));
            assertEquals(List.of("2025-11-10 " + checkout + " SEV1 Checkout down",
                    "2025-11-30 " + lateNight + " SEV2 Batch <late> night"), rows(viewer, "#pm-report-year-ago"));
            assertEquals(RIG.rig().issueUrl(checkout),
                    viewer.attribute("#pm-report-year-ago tbody tr:first-child a", "href"));
            assertEquals(List.of("2026-09-29 " + checkout + " SEV1 Checkout down"), rows(viewer, "#pm-report-revisits"));
            assertFalse("nothing of HIDDEN shows", viewer.pageSource().contains(vault)
                    || viewer.pageSource().contains("Vault sealed"));
            assertFalse("the recent one is not due yet", viewer.text("#pm-report-revisits").contains(recent));
            viewer.screenshot("resurfacing-viewer");

            assertEquals(List.of("Effective 1", "Not effective 1", "Not verifiable 0", "Check overdue 1",
                    "Check not due 0"), rows(viewer, "#pm-report-effectiveness"));
            int sev1Weeks = ReviewConfigs.from(RIG.rig().settings.load()).dueWeeksFor("SEV1");
            assertEquals(List.of("SEV1 " + sev1Weeks + " 4 1", "SEV2 " + weeks("SEV2") + " 0 0",
                    "SEV3 " + weeks("SEV3") + " 0 0", "SEV4 " + weeks("SEV4") + " 0 0"),
                    rows(viewer, "#pm-report-targets"));
            assertTrue(viewer.has("#pm-report-effectiveness figure svg[role='img'] title"));
            assertTrue(viewer.has("#pm-report-targets figure + .pm-report-scroll > table"));
            viewer.scrollTo("#pm-report-effectiveness");
            viewer.screenshot("resurfacing-viewer-effectiveness");
            viewer.assertNoConsoleErrors();
        }
    }

    @Test
    public void editor_shouldSeeTheHiddenProjectToo_inTheirOwnCalendar() throws Exception {
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.go(RIG.rig().reportsUrl(null)).waitVisible("#pm-report-year-ago");
            assertEquals("in Berlin the late-night incident started on 1 December",
                    List.of("2025-11-10 " + checkout + " SEV1 Checkout down",
                            "2025-11-12 " + vault + " SEV1 Vault sealed"), rows(editor, "#pm-report-year-ago"));
            assertEquals(List.of("2026-08-30 " + vault + " SEV1 Vault sealed",
                    "2026-09-29 " + checkout + " SEV1 Checkout down"), rows(editor, "#pm-report-revisits"));
            assertTrue(rows(editor, "#pm-report-effectiveness").contains("Not verifiable 1"));
        }
        try (Browser editor = Browser.open(RIG.rig()).as("editor")) {
            editor.go(RIG.rig().reportsUrl("HIDDEN")).waitVisible("#pm-report-revisits");
            assertEquals("a project's page resurfaces that project alone",
                    List.of("2025-11-12 " + vault + " SEV1 Vault sealed"), rows(editor, "#pm-report-year-ago"));
        }
    }

    @Test
    public void viewerOfAProjectWithNothingToResurface_shouldBeToldSo() throws Exception {
        JourneyRig rig = RIG.rig();
        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.go(rig.reportsUrl("PAY")).waitVisible("#pm-report-year-ago");
            assertEquals("No post-mortem you can browse started in 2025-11.",
                    viewer.text("#pm-report-year-ago .pm-report-none"));
            assertEquals("No published post-mortem you can browse is due for a revisit.",
                    viewer.text("#pm-report-revisits .pm-report-none"));
            viewer.screenshot("resurfacing-viewer-nothing");
        }
    }

    private static int weeks(String severity) {
        return ReviewConfigs.from(RIG.rig().settings.load()).dueWeeksFor(severity);
    }

    /** Each body row of the section's table as its cells' texts joined by one space. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(Browser b, String section) {
        return (List<String>) b.script("return Array.from(document.querySelectorAll(arguments[0])).map(r => "
                + "Array.from(r.cells).map(c => c.textContent.trim()).join(' '));", section + " tbody tr");
    }

    private static PostMortem doc(String severity, String title, String started, String firstPublished) {
        PostMortem d = new PostMortem();
        d.setTitle(title);
        d.setSeverity(severity);
        OffsetDateTime s = OffsetDateTime.parse(started);
        d.getTimes().setStarted(s);
        d.getTimes().setDetected(s.plusMinutes(10));
        d.getTimes().setResolved(s.plusMinutes(60));
        d.setServices(List.of("svc"));
        if (firstPublished != null) {
            PublishedPage page = new PublishedPage();
            page.setUrl(RIG.rig().baseUrl() + "/wiki/" + title.hashCode());
            page.setFirstPublishedAt(OffsetDateTime.parse(firstPublished));
            page.setPublishedAt(OffsetDateTime.parse(firstPublished));
            d.setPage(page);
        }
        return d;
    }

    private static Countermeasure done(String id, String doneOn, EffectivenessOutcome outcome) {
        // due within every severity's target (counted as a breach otherwise, done or not)
        Countermeasure cm = new Countermeasure(id, "Fix " + id, "editor", LocalDate.parse("2025-11-20"));
        cm.setStatus(CountermeasureStatus.DONE);
        cm.setDoneOn(LocalDate.parse(doneOn));
        if (outcome != null) {
            cm.setEffectiveness(new EffectivenessCheck(outcome, "Checked in the journey", "editor", "Eddie Editor",
                    OffsetDateTime.parse(doneOn + "T12:00Z").plusDays(30)));
        }
        return cm;
    }

    private static Countermeasure open(String id, String due) {
        return new Countermeasure(id, "Fix " + id, "editor", LocalDate.parse(due));
    }

    private static JiraState.Issue save(String project, PostMortem doc) throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(project, "Post-mortem", doc.getTitle());
        doc.setIssueKey(issue.key);
        RIG.rig().doubles.login(null);
        RIG.rig().store.save(issue.id, doc, 0);
        return issue;
    }
}
