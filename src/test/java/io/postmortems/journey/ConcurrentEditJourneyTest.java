package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Two editors open the same post-mortem. A saves first; every later change B sends (sections, a timeline event, a
 * countermeasure edit) is refused with the conflict message, B's typed text stays in B's inputs, and nothing of A's
 * save is overwritten.
 */
public class ConcurrentEditJourneyTest {
    private static final String SEEDED = """
            {"title": "Queue backlog after a broker upgrade", "severity": "SEV3",
             "summary": "Messages queued for forty minutes after the broker upgrade.",
             "countermeasures": [{"summary": "Rehearse broker upgrades on staging", "owner": "editor",
                                  "dueDate": "2026-12-20", "priority": "MEDIUM", "kind": "PREVENT"}]}""";
    private static final String CONFLICT = "Someone else saved this post-mortem since you opened it.";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();


    @Test
    public void laterSave_shouldBeRefusedKeepingTheTypedTextAndTheFirstSave() throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Queue backlog");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        long seededRevision = RIG.rig().store.save(issue.id, seeded, 0).revision();

        try (Browser a = Browser.open(RIG.rig()).as("editor"); Browser b = Browser.open(RIG.rig()).as("admin")) {
            a.issue(issue.key).waitVisible("#pm-panel");
            b.issue(issue.key).waitVisible("#pm-panel");

            a.fill("summary", "Messages queued for forty minutes because the upgraded broker lost its flow limits.");
            a.click("#pm-save").waitForText(".pm-save-status", "Saved.");

            // B's sections; the 409s B's page receives are what this journey provokes
            b.expectHttpStatus(409);
            String bRootCause = "The upgrade reset the flow-control settings to their defaults.";
            b.fill("rootCause.description", bRootCause).fill("summary", "B's own summary");
            b.click("#pm-save").waitForText("#pm-form-document .pm-form-errors", CONFLICT);
            assertEquals("B's text stays in B's input", bRootCause, b.value("rootCause.description"));
            assertEquals("B's own summary", b.value("summary"));
            b.screenshot("concurrent-b-refused");

            // B's countermeasure edit
            b.fill("countermeasures[0].summary", "Rehearse every broker upgrade on staging first");
            b.click("#pm-save").waitForText("#pm-form-document .pm-form-errors", CONFLICT);
            assertEquals("Rehearse every broker upgrade on staging first", b.value("countermeasures[0].summary"));

            // B's timeline event
            b.click("#pm-add-event").setValueCss("#pm-event-at", "2026-11-02T14:05")
                    .fillCss("#pm-event-text", "The broker upgrade started").click("#pm-form-event button[type=submit]");
            b.waitForText("#pm-form-event .pm-form-errors", CONFLICT);
            assertEquals("The broker upgrade started", b.valueCss("#pm-event-text"));
            assertEquals("no event was added to B's table", 0, b.count(".pm-timeline tbody tr"));
            b.scrollTo("#pm-form-event").screenshot("concurrent-b-event-refused");
        }

        PostMortem stored = RIG.rig().store.load(issue.id).orElseThrow().document();
        assertEquals("A's save is kept",
                "Messages queued for forty minutes because the upgraded broker lost its flow limits.",
                stored.getSummary());
        assertTrue("nothing of B's was saved", stored.getRootCause().getDescription() == null
                || stored.getRootCause().getDescription().isBlank());
        assertEquals("Rehearse broker upgrades on staging", stored.getCountermeasures().get(0).getSummary());
        assertTrue(stored.getTimeline().isEmpty());
        assertEquals("only A's save came after the seed", seededRevision + 1,
                RIG.rig().store.load(issue.id).orElseThrow().revision());
    }
}
