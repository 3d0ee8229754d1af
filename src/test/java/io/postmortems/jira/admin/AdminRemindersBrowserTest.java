package io.postmortems.jira.admin;

import io.postmortems.testing.BrowserProbe;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * The reminders part of the settings page in headless Chromium against a stubbed REST API: the fields are filled
 * from the stored reminders, the PUT carries them as one nested object (a number that is no whole number is sent as
 * typed, so the server names the field), a server error for {@code reminders.leadUser} lands in the reminders group,
 * and the mail state is shown when mail cannot go out. Skipped where Chromium is not installed.
 */
public class AdminRemindersBrowserTest {
    private static final String STUB = """
            probe.fetch(function (method, url) {
              if (url.indexOf('/reminders/status') >= 0) {
                return probe.json(200, {mail: 'NO_SMTP_SERVER', mailEnabled: false,
                  message: 'No outgoing mail server is configured in Jira, so reminders are left as <i>comments</i>.'});
              }
              if (url.indexOf('/admin/mirror-failures') >= 0) {
                return probe.json(200, {failures: []});
              }
              if (method === 'GET') {
                return probe.json(200, {confluenceMode: 'APPLICATION_LINK', layout: 'YEAR', severityLevels: [],
                  requiredSections: {}, defaultDueWeeks: {SEV1: 4}, extraBlameTerms: {}, extraCounterfactuals: {},
                  reminders: {enabled: false, hour: 7, soonDueDays: 2, escalationDays: 10, leadUser: 'lea'}});
              }
              return probe.json(400, {errors: [{field: 'reminders.leadUser', message: 'There is no Jira user named x.'}]});
            });
            """;
    private static final String STEPS = """
            var form = document.getElementById('pm-admin-form'), el = form.elements;
            probe.steps([function (out) {
              out.enabled = el.remindersEnabled.checked;
              out.hour = el.remindersHour.value;
              out.soon = el.remindersSoonDueDays.value;
              out.escalation = el.remindersEscalationDays.value;
              out.lead = el.remindersLeadUser.value;
              var mail = document.getElementById('pm-admin-reminder-mail');
              out.mailShown = !mail.hidden;
              out.mailText = mail.textContent;
              out.italic = mail.querySelectorAll('i').length;
              el.remindersEnabled.checked = true;
              el.remindersHour.value = '6';
              el.remindersSoonDueDays.value = '';
              el.remindersLeadUser.value = ' x ';
              form.requestSubmit();
            }, function (out) {
              var body = JSON.parse(probe.sent('PUT')[0].body);
              out.put = JSON.stringify(body.reminders);
              out.leadError = form.querySelector('[data-error-for="reminders"]').textContent;
            }], 200);
            """;

    @Test
    public void settingsPage_shouldLoadAndSaveTheReminderSettingsAndShowTheMailState() throws Exception {
        BrowserProbe.Result probe = SettingsPageFixture.probe("admin-reminders-probe", SettingsPageFixture.html(),
                STUB, STEPS);

        assertEquals("false", probe.value("enabled"));
        assertEquals("7", probe.value("hour"));
        assertEquals("2", probe.value("soon"));
        assertEquals("10", probe.value("escalation"));
        assertEquals("lea", probe.value("lead"));
        assertEquals("true", probe.value("mailShown"));
        assertEquals("No outgoing mail server is configured in Jira, so reminders are left as <i>comments</i>.",
                probe.value("mailText"));
        assertEquals("0", probe.value("italic"));
        assertEquals("{\"enabled\":true,\"hour\":6,\"soonDueDays\":null,\"escalationDays\":10,\"leadUser\":\"x\"}",
                probe.value("put"));
        assertEquals("There is no Jira user named x.", probe.value("leadError"));
    }
}
