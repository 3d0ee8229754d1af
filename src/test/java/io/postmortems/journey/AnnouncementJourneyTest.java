package io.postmortems.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigMail;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import org.junit.ClassRule;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The announcement e-mail (issue #13 item 4): the administrator sets an address and a group on the admin page (an
 * unknown group is refused there); without mail in Jira the admin page says so and a first publish still comments and
 * queues nothing; with mail, a first publish queues exactly one plain-text mail per address (the address and each
 * group member) with the page link, title, severity and summary, and a re-publish queues none.
 */
public class AnnouncementJourneyTest {
    private static final String HOSTILE_TITLE = "Card payments <b>declined</b>\r\nBcc: everyone@example.com";

    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void aFirstPublish_shouldMailTheAddressAndTheGroupOnceAndARepublishNothing() throws Exception {
        JourneyRig rig = RIG.rig();
        rig.jira.addGroup("sre-leads", "editor", "viewer");
        rig.settings.save(rig.settings.load().toBuilder().errorsBlockPublishing(false).build());

        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitForText("#pm-admin-announcement-mail", "no announcement e-mail is sent");
            admin.waitUntil("the settings are loaded", () -> admin.has("#pm-admin-save:enabled"));
            admin.fillCss("#pm-admin-announcementEmail", "incidents@example.com")
                    .fillCss("#pm-admin-announcementGroup", "sre-lead")
                    .expectHttpStatus(400).click("#pm-admin-save")
                    .waitForText("[data-error-for='workflow']", "There is no Jira group named sre-lead.");
            admin.scrollTo("#pm-admin-announcementGroup").screenshot("announcement-admin-unknown-group");
            admin.fillCss("#pm-admin-announcementGroup", "sre-leads").click("#pm-admin-save")
                    .waitUntil("saved", () -> "sre-leads".equals(rig.settings.load().workflow().announcementGroup()));
            assertEquals("incidents@example.com", rig.settings.load().workflow().announcementEmail());
            admin.scrollTo("#pm-admin-announcementGroup").screenshot("announcement-admin-mail-off");
        }

        try (AutoCloseable capture = rig.mail.capture()) {
            // no mail in Jira: the first publish comments as before and queues nothing
            JiraState.Issue quiet = rig.loadExample(Path.of("examples", "sev2-berlin-dst-batch-failure.json"));
            publishByDone(rig, quiet);
            assertEquals(List.of(), rig.mail.queued());
            assertEquals("the announcement comment is made", 1, quiet.comments.size());

            // mail configured: the first publish mails the address and each group member once
            rig.mail.smtpConfigured(true);
            JiraState.Issue issue = rig.loadExample(hostileExample());
            publishByDone(rig, issue);
            PageView page = pageOf(rig, issue);
            List<RigMail.Mail> mails = rig.mail.queued();
            assertEquals(mails.toString(), List.of("incidents@example.com", "editor@example.test",
                    "viewer@example.test"), mails.stream().map(RigMail.Mail::to).toList());
            RigMail.Mail mail = mails.get(0);
            assertEquals("[Post-mortems] Published: " + issue.key
                    + " Card payments <b>declined</b> Bcc: everyone@example.com", mail.subject());
            assertFalse("one header line", mail.subject().contains("\n") || mail.subject().contains("\r"));
            assertEquals("text/plain", mail.mimeType());
            assertTrue(mail.body(), mail.body().startsWith("The post-mortem " + issue.key + " (Card payments <b>"
                    + "declined</b> Bcc: everyone@example.com) is published: "));
            assertTrue("the page link: " + mail.body(), mail.body().contains("pageId=" + page.id())
                    || mail.body().contains(page.id()));
            assertTrue(mail.body(), mail.body().contains("\nSeverity: SEV1\n"));
            assertTrue(mail.body(), mail.body().contains("\nSummary: A scheduled rotation of the gateway's client"));
            assertEquals("every recipient gets the same text", 1,
                    mails.stream().map(RigMail.Mail::body).distinct().count());

            // a re-publish after an edit announces nothing
            try (Browser editor = Browser.open(rig).as("editor")) {
                editor.issue(issue.key).waitVisible("#pm-panel");
                editor.fill("lessonsLearned", "Certificate bundles are checked before rotation")
                        .click("#pm-save").waitForText(".pm-save-status", "Saved.");
                editor.click("#pm-panel button[data-form='pm-form-publish']")
                        .click("#pm-form-publish button[type='submit']").waitForText("#pm-panel .pm-result", "ueued");
                assertEquals(1, rig.publishDue());
                assertEquals("the same page", page.id(), pageOf(rig, issue).id());
                editor.issue(issue.key).waitForText("#pm-panel", "Published");
                editor.scrollTo("#pm-panel .pm-actions").screenshot("announcement-republished");
            }
            assertEquals("no mail on a re-publish", 3, rig.mail.queued().size());
        }

        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitForText("#pm-admin-announcement-mail", "Announcement e-mails go out");
            admin.scrollTo("#pm-admin-announcementGroup").screenshot("announcement-admin-mail-on");
        }
    }

    /** The editor moves the post-mortem to Done in Jira; the outbox worker publishes it. */
    private static void publishByDone(JourneyRig rig, JiraState.Issue issue) throws Exception {
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-panel");
            editor.click("#rig-transition-done").waitForText("#status-val", "Done");
        }
        assertEquals(1, rig.publishDue());
        assertEquals(1, rig.confluence.currentPages().stream().filter(p -> p.title().contains(issue.key)).count());
    }

    private static PageView pageOf(JourneyRig rig, JiraState.Issue issue) {
        return rig.confluence.currentPages().stream().filter(p -> p.title().contains(issue.key)).findFirst()
                .orElseThrow();
    }

    /** The SEV1 example with a title that tries markup and a second mail header. */
    private static Path hostileExample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(Files.readString(Path.of("examples",
                "sev1-payment-gateway-outage.json")));
        doc.put("title", HOSTILE_TITLE);
        Path file = Files.createTempFile("announcement-", ".json");
        Files.writeString(file, json.writeValueAsString(doc));
        return file;
    }
}
