package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/** The administered recurrence window. */
public class SettingsValidationRecurrenceTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<String> errors(Integer days) {
        AppSettings settings = SettingsValidationTest.valid().toBuilder().recurrenceDays(days).build();
        return validation.validate(settings).stream()
                .map(e -> e.field() + ": " + e.render(BundleI18nHelper.create())).toList();
    }

    @Test
    public void validate_shouldAcceptOneDayToTenYearsAndReadMissingAsTheDefault() {
        assertEquals(List.of(), errors(1));
        assertEquals(List.of(), errors(Recurrence.MAX_WINDOW_DAYS));
        assertEquals(Integer.valueOf(365), AppSettings.defaults().toBuilder().recurrenceDays(null).build()
                .recurrenceDays());
    }

    @Test
    public void validate_shouldNameAWindowOutOfRange() {
        assertEquals(List.of("recurrenceDays: Must be a whole number of days between 1 and 3650, not 0."), errors(0));
        assertEquals(List.of("recurrenceDays: Must be a whole number of days between 1 and 3650, not 3651."),
                errors(3651));
    }
}
