package io.postmortems.journey;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * An author writes a whole post-mortem in the panel of a new, empty Post-mortem issue: the findings say where to
 * start, each save redraws them, a finding leads to its input, and at the end no error is left. The stored document
 * holds what was typed, times with the author's offset (Europe/Berlin, +01:00 in November).
 */
public class AuthorJourneyTest {
    private static final ZoneOffset BERLIN_NOVEMBER = ZoneOffset.ofHours(1);
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();


    @Test
    public void author_shouldWriteAWholePostMortemInThePanelUntilNoErrorIsLeft() throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout outage on 20 November");
        JiraState.Issue incident = RIG.rig().jira.addIssue("OPS", "Task", "Checkout errors in the EU region");
        try (Browser author = Browser.open(RIG.rig()).as("editor")) {
            author.issue(issue.key).waitVisible("#pm-panel");
            List<String> start = author.findings();
            assertTrue("an empty post-mortem says where to start: " + start,
                    start.stream().anyMatch(f -> f.startsWith("Choose a severity")));
            assertTrue("the severities come from the configured scheme: " + start,
                    start.stream().anyMatch(f -> f.contains("SEV1, SEV2, SEV3, SEV4")));
            assertTrue("without a severity the findings name the level whose sections apply, not '?': " + start,
                    start.stream().anyMatch(f -> f.contains("(required for SEV4)"))
                            && start.stream().noneMatch(f -> f.contains("required for ?")));
            author.screenshot("author-empty");

            // 1. severity, key times (typed in the author's zone), meeting, impact, summary
            author.fill("severity", "SEV2");
            Map<String, String> times = Map.of("times.started", "2026-11-20T09:15",
                    "times.detected", "2026-11-20T09:27", "times.acknowledged", "2026-11-20T09:31",
                    "times.mitigated", "2026-11-20T10:05", "times.resolved", "2026-11-20T11:40");
            times.forEach(author::setValue);
            author.setValue("meeting.reviewDate", "2026-11-24")
                    .fill("meeting.facilitatedBy", "Ada Admin")
                    .fill("meeting.participants", "Eddie Editor\nVera Viewer\nAda Admin")
                    .fill("impact.whoAffected", "Shoppers in the EU region")
                    .fill("impact.whatAffected", "Checkout and order confirmation e-mails")
                    .fill("impact.businessImpact", "About 1,800 orders were delayed by up to two hours")
                    .fill("impact.customerFacing", "true")
                    .fill("summary", "A configuration change to the payment gateway pool left checkout without"
                            + " healthy connections for two hours.");
            List<String> afterFirst = save(author, start);
            assertFalse("the severity finding is gone: " + afterFirst,
                    afterFirst.stream().anyMatch(f -> f.startsWith("Choose a severity")));
            assertTrue("the required sections now name SEV2: " + afterFirst,
                    afterFirst.stream().anyMatch(f -> f.contains("required for SEV2")));
            assertEquals("the typed time is shown in the author's zone after the save", "2026-11-20T09:15",
                    author.value("times.started"));

            // a finding leads to its input
            author.click("#pm-findings a.pm-finding-link[data-path=\"rootCause.description\"]");
            assertEquals("rootCause.description",
                    author.script("return document.activeElement.getAttribute('data-field')"));

            // 2. the analysis
            author.fill("investigationPaths", "Checked the gateway dashboards\nCompared the pool configuration")
                    .fill("rootCause.description", "The pool size was set to zero by a template default.")
                    .fill("rootCause.fiveWhys", "Checkout failed because no gateway connection was free\n"
                            + "No connection was free because the pool size was zero\n"
                            + "The pool size was zero because the template default applied\n"
                            + "The default applied because the override key was renamed\n"
                            + "The rename was not covered by a configuration test")
                    .fill("contributingFactors", "The alert threshold was set for total outages only")
                    .fill("resolution", "The pool size was restored and the gateway nodes restarted.")
                    .fill("wentWell", "The on-call engineer found the configuration diff quickly")
                    .fill("wentWrong", "Detection took twelve minutes")
                    .fill("gotLucky", "The change went out outside the peak shopping hours")
                    .fill("lessonsLearned", "Configuration defaults need tests like code does")
                    .fill("services", "checkout, payment-gateway")
                    .fill("tags", "configuration, payments")
                    .pick("relatedIncidents", "checkout errors", incident.key)
                    .fill("ideas", "Show the effective pool size on the dashboard");
            List<String> afterSecond = save(author, afterFirst);

            // 3. the timeline, through the event form
            addEvent(author, "2026-11-20T09:15", "ACTION", "The configuration change was deployed");
            addEvent(author, "2026-11-20T09:27", "OBSERVATION", "The checkout error-rate alert fired");
            assertEquals(2, author.count(".pm-timeline tbody tr"));
            assertTrue("events show in the author's zone: " + author.text(".pm-timeline"),
                    author.text(".pm-timeline").contains("2026-11-20 09:27"));

            // 4. a countermeasure with owner and due date
            author.click("#pm-cm-add");
            author.fill("countermeasures[0].summary", "Add a configuration test for the gateway pool size")
                    .pick("countermeasures[0].owner", "Eddie", "Eddie Editor")
                    .setValue("countermeasures[0].dueDate", "2026-12-18")
                    .fill("countermeasures[0].priority", "HIGH");
            save(author, afterSecond);
            author.waitUntil("no error findings", () -> author.count("#pm-findings .aui-lozenge-error") == 0);
            assertEquals("no error findings are left: " + author.findings(), 0,
                    author.count("#pm-findings .aui-lozenge-error"));
            assertTrue("the publish form no longer says errors block publishing",
                    author.countVisible(".pm-publish-blocked") == 0);
            author.screenshot("author-done");
            author.scrollTo("#pm-findings").screenshot("author-done-findings");
        }

        PostMortem doc = RIG.rig().store.load(issue.id).orElseThrow().document();
        assertEquals("SEV2", doc.getSeverity());
        assertEquals(OffsetDateTime.of(LocalDateTime.parse("2026-11-20T09:15"), BERLIN_NOVEMBER),
                doc.getTimes().getStarted());
        assertEquals("the offset the author's zone has", BERLIN_NOVEMBER, doc.getTimes().getResolved().getOffset());
        assertEquals(LocalDateTime.parse("2026-11-20T11:40"), doc.getTimes().getResolved().toLocalDateTime());
        assertEquals(LocalDate.parse("2026-11-24"), doc.getMeeting().getReviewDate());
        assertEquals(List.of("Eddie Editor", "Vera Viewer", "Ada Admin"), doc.getMeeting().getParticipants());
        assertEquals("Shoppers in the EU region", doc.getImpact().getWhoAffected());
        assertEquals(5, doc.getRootCause().getFiveWhys().size());
        assertEquals(List.of("checkout", "payment-gateway"), doc.getServices());
        assertEquals(List.of("configuration", "payments"), doc.getTags());
        assertEquals(List.of(incident.key), doc.getRelatedIncidents());
        assertTrue("the related incident is a Jira issue link", RIG.rig().jira.links().contains(
                new JiraState.IssueLink(issue.id, incident.id, "Relates")));
        assertEquals(List.of("Show the effective pool size on the dashboard"), doc.getIdeas());
        assertEquals(2, doc.getTimeline().size());
        assertEquals(BERLIN_NOVEMBER, doc.getTimeline().get(0).getAt().getOffset());
        Countermeasure cm = doc.getCountermeasures().get(0);
        assertEquals("editor", cm.getOwner());
        assertEquals(LocalDate.parse("2026-12-18"), cm.getDueDate());
    }

    /** Saves the write-up and returns the findings it answered with, which differ from those before. */
    private static List<String> save(Browser author, List<String> before) {
        author.click("#pm-save").waitForText(".pm-save-status", "Saved.");
        author.waitUntil("the findings to be redrawn", () -> !author.findings().equals(before));
        List<String> after = author.findings();
        assertNotEquals("the save redrew the findings", before, after);
        return after;
    }

    private static void addEvent(Browser author, String at, String kind, String text) {
        int rows = author.count(".pm-timeline tbody tr");
        author.click("#pm-add-event").setValueCss("#pm-event-at", at).fillCss("#pm-event-kind", kind)
                .fillCss("#pm-event-text", text).click("#pm-form-event button[type=submit]");
        author.waitUntil("the event in the timeline", () -> author.count(".pm-timeline tbody tr") == rows + 1);
    }
}
