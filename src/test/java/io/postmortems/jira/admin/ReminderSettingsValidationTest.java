package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.ReminderSettings;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The reminder settings' checks in {@link SettingsValidation}. */
public class ReminderSettingsValidationTest {
    private final UserManager users = mock(UserManager.class);
    private SettingsValidation validation;

    @Before
    public void setUp() {
        ApplicationUser lead = mock(ApplicationUser.class);
        when(lead.isActive()).thenReturn(true);
        ApplicationUser gone = mock(ApplicationUser.class);
        when(gone.isActive()).thenReturn(false);
        when(users.getUserByName("lead")).thenReturn(lead);
        when(users.getUserByName("gone")).thenReturn(gone);
        validation = new SettingsValidation(mock(ApplicationLinkService.class), mock(CountermeasureTargets.class),
                users);
    }

    private List<String> problems(ReminderSettings reminders) {
        AppSettings settings = SettingsValidationTest.valid().toBuilder().reminders(reminders).build();
        com.atlassian.jira.util.I18nHelper i18n = BundleI18nHelper.create();
        return validation.validate(settings).stream().map(e -> e.field() + ": " + e.render(i18n)).toList();
    }

    @Test
    public void validate_shouldAcceptTheDefaultsAndAKnownActiveLead() {
        assertEquals(List.of(), problems(ReminderSettings.defaults()));
        assertEquals(List.of(), problems(new ReminderSettings(true, 0, 0, 1, "lead")));
        assertEquals(List.of(), problems(new ReminderSettings(false, 23, 60, 365, null)));
    }

    @Test
    public void validate_shouldNameEachNumberOutsideItsRange() {
        assertEquals(List.of("reminders.hour: Must be between 0 and 23, not 24.",
                        "reminders.soonDueDays: Must be between 0 and 60, not -1.",
                        "reminders.escalationDays: Must be between 1 and 365, not 0."),
                problems(new ReminderSettings(true, 24, -1, 0, null)));
    }

    @Test
    public void validate_shouldRefuseAnUnknownOrInactiveLead() {
        assertEquals(List.of("reminders.leadUser: There is no Jira user named nobody."),
                problems(new ReminderSettings(true, 9, 3, 7, " nobody ")));
        assertEquals(List.of("reminders.leadUser: The Jira user gone is inactive."),
                problems(new ReminderSettings(true, 9, 3, 7, "gone")));
    }

    @Test
    public void settings_shouldReadMissingReminderValuesAsDefaults() {
        AppSettings old = SettingsValidationTest.change(AppSettings.defaults(), s -> s.remove("reminders"));
        assertEquals(ReminderSettings.defaults(), old.reminders());
        AppSettings partial = SettingsValidationTest.change(AppSettings.defaults(),
                s -> s.putObject("reminders").put("hour", 7));
        assertEquals(new ReminderSettings(true, 7, 3, 7, null), partial.reminders());
    }
}
