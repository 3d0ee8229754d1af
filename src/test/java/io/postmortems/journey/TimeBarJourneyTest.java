package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The incident time bar follows the key times while the author edits them: changing "mitigated" moves its mark and
 * rewrites its legend entry without a save or a reload (the server draws the bar for the edited times, in the
 * author's zone, Europe/Berlin), and the durations line beside it shows the new time to mitigate from the same answer
 * (the server's durations, not the script's arithmetic); times without a resolution hide the bar. After saving, a reader in another zone sees the
 * same bar with the times in theirs. Screenshots: target/journeys/timebar-before.png, timebar-after.png,
 * timebar-reader.png.
 */
public class TimeBarJourneyTest {
    private static final String SEEDED = """
            {"title": "Checkout outage", "severity": "SEV2",
             "times": {"started": "2026-11-20T09:15:00+01:00", "detected": "2026-11-20T09:27:00+01:00",
                       "mitigated": "2026-11-20T10:05:00+01:00", "resolved": "2026-11-20T11:40:00+01:00"}}""";
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    /** The drawing as shown, lines kept. */
    private static String bar(Browser browser) {
        return (String) browser.script("return document.querySelector('#pm-timebar pre').textContent");
    }

    private static int column(String bar, char mark) {
        return bar.lines().findFirst().orElse("").indexOf(mark);
    }

    @Test
    public void timeBar_shouldFollowTheEditedTimesWithoutAReload() throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout outage");
        PostMortem seeded = new PostMortemCodec().readJson(SEEDED).get();
        seeded.setIssueKey(issue.key);
        RIG.rig().store.save(issue.id, seeded, 0);

        try (Browser author = Browser.open(RIG.rig()).as("editor")) {
            author.issue(issue.key).waitVisible("#pm-form-document #pm-timebar");
            String before = bar(author);
            assertTrue(before, before.startsWith("Incident") && before.contains("User impact"));
            assertTrue(author.texts("#pm-timebar .pm-timebar-legend li").toString(),
                    author.texts("#pm-timebar .pm-timebar-legend li").contains("M Mitigated 2026-11-20 10:05 (+50m)"));
            assertTrue(author.texts("#pm-durations .pm-duration").toString(),
                    author.texts("#pm-durations .pm-duration").contains("Time to mitigate: 50m"));
            author.script("window.pmNotReloaded = true;");
            author.scrollTo("#pm-timebar").screenshot("timebar-before");

            author.setValue("times.mitigated", "2026-11-20T11:00");
            author.waitUntil("the legend to show the new mitigation", () -> author
                    .texts("#pm-timebar .pm-timebar-legend li").contains("M Mitigated 2026-11-20 11:00 (+1h 45m)"));
            author.waitUntil("the durations line to show the new time to mitigate", () -> author
                    .texts("#pm-durations .pm-duration").contains("Time to mitigate: 1h 45m"));
            assertTrue("user impact ends at the new mitigation too: " + author.texts("#pm-durations .pm-duration"),
                    author.texts("#pm-durations .pm-duration").contains("User impact: 1h 45m"));
            assertTrue("unchanged durations stay: " + author.texts("#pm-durations .pm-duration"),
                    author.texts("#pm-durations .pm-duration").contains("Time to detect: 12m"));
            String after = bar(author);
            assertNotEquals(before, after);
            assertTrue("the mark moved right: " + before + "\n" + after, column(after, 'M') > column(before, 'M'));
            assertEquals("the other marks stay", column(before, 'D'), column(after, 'D'));
            assertEquals("no reload", Boolean.TRUE, author.script("return window.pmNotReloaded === true;"));
            assertEquals("nothing saved yet", "2026-11-20T10:05+01:00", RIG.rig().store.load(issue.id).orElseThrow()
                    .document().getTimes().getMitigated().toString());
            author.scrollTo("#pm-durations").screenshot("timebar-after");

            // without a resolution there is no bar; with it back, the bar returns
            author.setValue("times.resolved", "");
            author.waitUntil("the bar to hide", () -> !author.has("#pm-timebar:not([hidden])"));
            author.setValue("times.resolved", "2026-11-20T11:40");
            author.waitUntil("the bar to return", () -> author.has("#pm-timebar:not([hidden])")
                    && bar(author).equals(after));

            author.click("#pm-save").waitForText(".pm-save-status", "Saved.");
            assertEquals("the bar drawn while editing is the saved one", after, bar(author));
            assertTrue("the durations shown while editing are the saved ones: "
                    + author.texts("#pm-durations .pm-duration"),
                    author.texts("#pm-durations .pm-duration").contains("Time to mitigate: 1h 45m"));
            author.assertNoConsoleErrors();
        }

        try (Browser reader = Browser.open(RIG.rig()).as("viewer")) {
            reader.issue(issue.key).waitVisible("#pm-timebar");
            List<String> legend = reader.texts("#pm-timebar .pm-timebar-legend li");
            assertTrue("the reader's zone (New York): " + legend,
                    legend.contains("M Mitigated 2026-11-20 05:00 (+1h 45m)"));
            assertFalse(reader.has("#pm-form-document"));
            reader.scrollTo("#pm-timebar").screenshot("timebar-reader");
        }
    }
}
