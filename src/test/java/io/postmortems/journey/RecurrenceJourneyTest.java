package io.postmortems.journey;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Recurrence: the panel of a post-mortem lists the earlier post-mortems sharing a service with it, within the
 * administered window, that the viewer may browse, each with its open and overdue countermeasures and how its
 * effectiveness checks came out; the published page links them. Four post-mortems on "checkout": this one, one 60
 * days earlier (PM, one overdue countermeasure, one found effective), one 800 days earlier (outside the default
 * 365 days) and one 30 days earlier in project SECRET, which the viewer may not browse but the editor may.
 */
public class RecurrenceJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void panel_shouldListTheVisibleEarlierPostMortemInTheWindowAndThePageLinkIt() throws Exception {
        JourneyRig rig = RIG.rig();
        if (rig.jira.projectByKey("SECRET").isEmpty()) {
            rig.jira.addProject("SECRET", "Secret project");
            rig.jira.grant("SECRET", "admin", true);
            rig.jira.grant("SECRET", "editor", true);
        }
        rig.settings.save(rig.settings.load().toBuilder().errorsBlockPublishing(false).build());
        OffsetDateTime start = LocalDate.now(ZoneOffset.UTC).minusDays(10).atTime(9, 0).atOffset(ZoneOffset.UTC);
        LocalDate earlierDay = start.minusDays(60).toLocalDate();

        PostMortem earlierDoc = doc("Checkout timeouts after a deploy", start.minusDays(60), "checkout", "search");
        Countermeasure overdue = new Countermeasure("e1", "Add a canary stage", "editor", earlierDay.plusDays(10));
        Countermeasure checked = new Countermeasure("e2", "Alert on checkout latency", "editor", earlierDay.plusDays(5));
        checked.setStatus(CountermeasureStatus.DONE);
        checked.setDoneOn(earlierDay.plusDays(4));
        checked.setEffectiveness(new EffectivenessCheck(EffectivenessOutcome.EFFECTIVE, "Paged within a minute",
                "editor", "Eddie Editor", start.minusDays(20)));
        earlierDoc.setCountermeasures(List.of(overdue, checked));
        JiraState.Issue earlier = save(JourneyRig.PROJECT, earlierDoc);
        JiraState.Issue tooOld = save(JourneyRig.PROJECT, doc("Checkout down for an hour", start.minusDays(800),
                "checkout"));
        JiraState.Issue secret = save("SECRET", doc("Checkout card vault unreachable", start.minusDays(30),
                "checkout"));
        JiraState.Issue unrelated = save(JourneyRig.PROJECT, doc("Mail queue stuck", start.minusDays(5), "mail"));
        JiraState.Issue current = save(JourneyRig.PROJECT, doc("Checkout errors again", start, "checkout"));

        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.issue(current.key).waitVisible("#pm-recurrence");
            assertEquals("exactly the visible one in the window", List.of(earlier.key),
                    viewer.texts("#pm-recurrence .pm-recurrence-key"));
            assertEquals("Checkout timeouts after a deploy", viewer.text("#pm-recurrence .pm-recurrence-title"));
            assertEquals("Shares: service checkout", viewer.text("#pm-recurrence .pm-recurrence-shared"));
            assertEquals("Open countermeasures: 1", viewer.text("#pm-recurrence .pm-recurrence-open"));
            assertEquals("1 overdue", viewer.text("#pm-recurrence .pm-recurrence-overdue"));
            assertEquals("Effectiveness: 1 effective, 0 not effective, 0 not verifiable",
                    viewer.text("#pm-recurrence .pm-recurrence-outcomes"));
            assertTrue(viewer.attribute("#pm-recurrence .pm-recurrence-key", "href").endsWith("/browse/" + earlier.key));
            String source = viewer.pageSource();
            assertFalse("nothing of SECRET shows to the viewer", source.contains(secret.key)
                    || source.contains("card vault"));
            assertFalse("outside the window", source.contains(tooOld.key));
            assertFalse("nothing shared", source.contains(unrelated.key));
            viewer.scrollTo("#pm-recurrence").screenshot("recurrence-panel-viewer");
            viewer.assertNoConsoleErrors();

            // the earlier one itself has nothing earlier: no block at all
            viewer.issue(earlier.key).waitVisible("#pm-panel");
            assertFalse(viewer.has("#pm-recurrence"));
        }

        try (Browser editor = Browser.open(rig).as("editor")) {
            // the editor may browse SECRET: it shows for them, the stronger-or-more-recent first
            editor.issue(current.key).waitVisible("#pm-recurrence");
            assertEquals(List.of(secret.key, earlier.key), editor.texts("#pm-recurrence .pm-recurrence-key"));

            editor.click("#pm-panel button[data-form='pm-form-publish']")
                    .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
            assertEquals(1, rig.publishDue());
            // the panel takes the published revision and stops asking for it: no request is left in flight when
            // this browser shows the page below (one answered after that would be a console error)
            editor.waitForText("#pm-panel .pm-result", "Published.");
            String body = page(rig, current.key).body();
            assertTrue(body, body.contains("<h2>Related earlier post-mortems</h2>"));
            assertTrue(body, body.contains("<a href=\"" + rig.baseUrl() + "/browse/" + earlier.key + "\">"
                    + earlier.key + "</a> (" + earlierDay + "): shares service checkout"));
            assertFalse("titles stay in Jira", body.contains("Checkout timeouts after a deploy"));
            assertFalse(body, body.contains(tooOld.key));

            // how the page reads: its storage body as the CLI's preview shows it, in the editor's browser
            PageView published = page(rig, current.key);
            String html = new io.postmortems.publishing.preview.StoragePreview().pageHtml(
                    new io.postmortems.publishing.render.RenderedPage(published.title(), published.body(), List.of()),
                    null);
            editor.script("document.open(); document.write(arguments[0]); document.close();", html);
            assertEquals(List.of(secret.key, earlier.key), editor.texts("main a[href*='/browse/']").stream()
                    .filter(t -> t.equals(secret.key) || t.equals(earlier.key)).toList());
            editor.scrollTo("main ul:last-of-type").screenshot("recurrence-page");
        }
    }

    @Test
    public void administrator_shouldSetTheWindowAndASmallerOneLeavesTheEarlierOut() throws Exception {
        JourneyRig rig = RIG.rig();
        OffsetDateTime start = LocalDate.now(ZoneOffset.UTC).minusDays(3).atTime(9, 0).atOffset(ZoneOffset.UTC);
        JiraState.Issue earlier = save(JourneyRig.PROJECT, doc("Search index lag", start.minusDays(45), "indexer"));
        JiraState.Issue current = save(JourneyRig.PROJECT, doc("Search index lag again", start, "indexer"));
        try {
            try (Browser admin = Browser.open(rig).as("admin")) {
                admin.go(rig.adminUrl()).waitUntil("the settings loaded into the form",
                        () -> "365".equals(admin.valueCss("#pm-admin-recurrenceDays")));
                admin.fillCss("#pm-admin-recurrenceDays", "0");
                admin.expectHttpStatus(400).click("#pm-admin-save")
                        .waitForText("[data-error-for=\"recurrenceDays\"]", "between 1 and 3650, not 0");
                admin.scrollTo("#pm-admin-recurrenceDays").screenshot("recurrence-admin-window");
                admin.fillCss("#pm-admin-recurrenceDays", "30");
                admin.click("#pm-admin-save").waitUntil("saved", () -> admin.countVisible(".pm-admin-saved") == 1);
            }
            assertEquals(Integer.valueOf(30), rig.settings.load().recurrenceDays());
            try (Browser viewer = Browser.open(rig).as("viewer")) {
                viewer.issue(current.key).waitVisible("#pm-panel");
                assertFalse("45 days earlier is outside 30 days", viewer.has("#pm-recurrence"));
            }
        } finally {
            rig.settings.save(rig.settings.load().toBuilder().recurrenceDays(null).build());
        }
        try (Browser viewer = Browser.open(rig).as("viewer")) {
            viewer.issue(current.key).waitVisible("#pm-recurrence");
            assertEquals(List.of(earlier.key), viewer.texts("#pm-recurrence .pm-recurrence-key"));
        }
    }

    private static PostMortem doc(String title, OffsetDateTime started, String... services) {
        PostMortem d = new PostMortem();
        d.setTitle(title);
        d.setSeverity("SEV2");
        d.getTimes().setStarted(started);
        d.getTimes().setDetected(started.plusMinutes(5));
        d.getTimes().setResolved(started.plusMinutes(60));
        d.setSummary("What happened to " + title + ".");
        d.setServices(List.of(services));
        return d;
    }

    private static JiraState.Issue save(String project, PostMortem doc) throws Exception {
        JiraState.Issue issue = RIG.rig().jira.addIssue(project, "Post-mortem", doc.getTitle());
        doc.setIssueKey(issue.key);
        RIG.rig().doubles.login(null);
        RIG.rig().store.save(issue.id, doc, 0);
        return issue;
    }

    private static PageView page(JourneyRig rig, String issueKey) {
        List<PageView> pages = rig.confluence.currentPages().stream().filter(p -> p.title().contains(issueKey))
                .toList();
        assertEquals(1, pages.size());
        return pages.get(0);
    }
}
