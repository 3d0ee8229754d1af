package io.postmortems.journey;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.reminders.ReminderJob;
import io.postmortems.jira.settings.ReminderSettings;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigMail;
import io.postmortems.journey.rig.RigPerClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Reminders and escalation (issue #12 item 4) on the real layers: the real reminder job on two "nodes" (two job
 * instances over the rig's one Active Objects database; one of them recreated to model a restart), the rig's clock
 * moved day by day, Jira's mail queue as an in-memory list. One overdue countermeasure yields exactly one digest a day
 * for its owner and, once it is {@value #ESCALATION_DAYS} days overdue, exactly one escalation each to the
 * post-mortem's owner and the configured lead, never again for the same due date. The admin page says whether mail
 * goes out; without mail the reminder is a comment on the ticket, shown on the ticket's page.
 */
public class ReminderJourneyTest {
    private static final int ESCALATION_DAYS = 3;
    private static final String DIGEST = "[Post-mortems] Your countermeasures: 1 overdue";
    private static final String ESCALATION = "[Post-mortems] Escalation: 1 countermeasure overdue";
    private static final String EDITOR = "editor@example.test";
    private static final String OWNER = "admin@example.test";
    private static final String LEAD = "lead@example.test";

    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();

    @Test
    public void anOverdueCountermeasure_shouldBeRemindedOnceADayAndEscalatedOnceAcrossTwoNodesAndARestart()
            throws Exception {
        JourneyRig rig = RIG.rig();
        rig.jira.addUser("lead", "Lee Lead", "Europe/Berlin");
        rig.settings.save(rig.settings.load().toBuilder()
                .reminders(new ReminderSettings(true, 0, 0, ESCALATION_DAYS, "lead")).build());
        LocalDate today = LocalDate.now(rig.clock.withZone(JourneyRig.JIRA_ZONE));
        JiraState.Issue[] made = postMortemWithOverdueTicket(rig, today.minusDays(1));
        JiraState.Issue issue = made[0];
        JiraState.Issue ticket = made[1];
        rig.mail.smtpConfigured(true);

        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitForText("#pm-admin-reminder-mail", "mail queue");
            assertTrue(admin.attribute("#pm-admin-reminder-mail", "class").contains("aui-message-info"));
            admin.scrollTo("#pm-admin-reminder-mail").screenshot("reminders-admin-mail-on");
        }
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(issue.key).waitVisible("#pm-cm-list .aui-lozenge-error");
            assertEquals("Overdue", editor.text("#pm-cm-list .aui-lozenge-error"));
            editor.scrollTo("#pm-cm-list").screenshot("reminders-panel-overdue");
        }

        List<RigMail.Mail> before = rig.mail.queued();
        try (AutoCloseable capture = rig.mail.capture()) {
            ReminderJob nodeA = rig.reminderNode();
            ReminderJob nodeB = rig.reminderNode();

            // day 1 (1 day overdue): each node runs; one digest for the owner, nothing escalated yet
            assertTrue(nodeA.runNow().ran());
            assertTrue(nodeB.runNow().ran());
            assertDay(rig, before, 1, 0);

            // day 2: node B runs first; node A is restarted (a new job, ledger and finder) and runs after it
            rig.clock.advanceDays(1);
            nodeB.runNow();
            nodeA = rig.reminderNode();
            nodeA.runNow();
            nodeA.runNow();
            assertDay(rig, before, 2, 0);

            // day 3 (3 days overdue): the escalation, once to the post-mortem's owner and once to the lead
            rig.clock.advanceDays(1);
            nodeA.runNow();
            nodeB.runNow();
            assertDay(rig, before, 3, 1);
            RigMail.Mail escalation = rig.mail.queuedTo(LEAD).get(0);
            assertTrue(escalation.body(), escalation.body().contains(ticket.key));
            assertEquals("text/plain", escalation.mimeType());

            // day 4: another digest, the escalation is not repeated (same due date), on either node
            rig.clock.advanceDays(1);
            nodeB.runNow();
            nodeA.runNow();
            assertDay(rig, before, 4, 1);

            // mail switched off in Jira: the admin page says so; the next day's reminder becomes one comment on the
            // ticket and no mail is queued
            rig.mail.smtpConfigured(false);
            rig.clock.advanceDays(1);
            nodeA.runNow();
            rig.reminderNode().runNow();
            nodeB.runNow();
            assertDay(rig, before, 4, 1);
            assertEquals(1, ticket.timedComments.size());
        }

        try (Browser admin = Browser.open(rig).as("admin")) {
            admin.go(rig.adminUrl()).waitForText("#pm-admin-reminder-mail", "No outgoing mail server");
            assertTrue(admin.attribute("#pm-admin-reminder-mail", "class").contains("aui-message-warning"));
            admin.scrollTo("#pm-admin-reminder-mail").screenshot("reminders-admin-mail-off");
        }
        try (Browser editor = Browser.open(rig).as("editor")) {
            editor.issue(ticket.key).waitVisible("#rig-comments .rig-comment");
            assertEquals(1, editor.count("#rig-comments .rig-comment"));
            String comment = editor.text("#rig-comments .rig-comment");
            assertTrue(comment, comment.startsWith("Reminder for Eddie Editor: this countermeasure is 5 days overdue"));
            assertTrue(comment, comment.contains("Mail is not available in this Jira"));
            editor.screenshot("reminders-ticket-comment");
        }
    }

    /** After {@code days} days: that many digests to the owner, {@code escalations} each to owner and lead. */
    private static void assertDay(JourneyRig rig, List<RigMail.Mail> before, int days, int escalations) {
        List<RigMail.Mail> sent = new ArrayList<>(rig.mail.queued());
        sent.removeAll(before);
        assertEquals(sent.toString(), days, count(sent, EDITOR, DIGEST));
        assertEquals(sent.toString(), escalations, count(sent, OWNER, ESCALATION));
        assertEquals(sent.toString(), escalations, count(sent, LEAD, ESCALATION));
        assertEquals("nothing else was mailed: " + sent, days + 2 * escalations, sent.size());
    }

    private static long count(List<RigMail.Mail> mails, String to, String subject) {
        return mails.stream().filter(m -> to.equals(m.to()) && subject.equals(m.subject())).count();
    }

    /** A post-mortem owned by admin (its assignee) with one countermeasure of editor's, its ticket open and due. */
    private static JiraState.Issue[] postMortemWithOverdueTicket(JourneyRig rig, LocalDate due) throws Exception {
        JiraState.Issue issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout errors");
        issue.assigneeKey = rig.jira.user("admin").orElseThrow().key;
        JiraState.Issue ticket = rig.jira.addIssue(JourneyRig.PROJECT, "Sub-task", "Alert on fallback off", issue.id);
        ticket.assigneeKey = rig.jira.user("editor").orElseThrow().key;
        rig.jira.link(issue.id, ticket.id, "jira_subtask_link");
        PostMortem doc = new PostMortemCodec().readJson("""
                {"title": "Checkout errors after a config push", "severity": "SEV2",
                 "summary": "A config push disabled the payment provider's fallback."}""").get();
        doc.setIssueKey(issue.key);
        Countermeasure cm = new Countermeasure("c1", "Alert on fallback off", "editor", due);
        cm.setIssueKey(ticket.key);
        doc.setCountermeasures(new ArrayList<>(List.of(cm)));
        rig.store.save(issue.id, doc, 0);
        return new JiraState.Issue[]{issue, ticket};
    }
}
