package io.postmortems.jira.service;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import io.postmortems.core.incident.RequiredPostMortems;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.RequiredPostMortemSettings;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The incident's severity value from Jira's priority or a custom field, and its resolution day in Jira's zone. */
public class IncidentSeverityTest {
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final CustomField severityField = mock(CustomField.class);
    private final MutableIssue incident = mock(MutableIssue.class);
    private final IncidentSeverity severity = new IncidentSeverity(fields, ZoneId.of("Europe/Berlin"));

    private static AppSettings settings(String field) {
        return AppSettings.builder().requiredPostMortems(new RequiredPostMortemSettings(field,
                Map.of("Critical", "SEV1", "Highest", "SEV1"), List.of("SEV1"), null, Map.of("SEV1", 5))).build();
    }

    @Test
    public void decide_shouldReadThePriorityAndCountFromTheResolutionDayInJirasZone() {
        Priority highest = mock(Priority.class);
        when(highest.getName()).thenReturn("Highest");
        when(incident.getPriority()).thenReturn(highest);
        // Friday 23:30 UTC is Saturday in Berlin: five working days from Saturday end on the next Friday
        when(incident.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-11-06T23:30:00Z")));
        RequiredPostMortems.Decision d = severity.decide(incident, settings(null));
        assertEquals("SEV1", d.severity());
        assertTrue(d.required());
        assertEquals(LocalDate.of(2026, 11, 7), severity.resolvedOn(incident));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 13)), d.reviewDue());
    }

    @Test
    public void value_shouldReadACustomFieldAsTextOrItsFirstOption() {
        when(fields.getCustomFieldObject("customfield_10010")).thenReturn(severityField);
        RequiredPostMortemSettings r = settings("customfield_10010").requiredPostMortems();
        when(incident.getCustomFieldValue(severityField)).thenReturn("Critical");
        assertEquals("Critical", severity.value(incident, r));
        when(incident.getCustomFieldValue(severityField)).thenReturn(List.of("SEV2", "SEV3"));
        assertEquals("a multi-select: its first option", "SEV2", severity.value(incident, r));
        when(incident.getCustomFieldValue(severityField)).thenReturn(null);
        assertNull(severity.value(incident, r));
        assertFalse("no value: not required", severity.decide(incident, settings("customfield_10010")).required());
    }

    @Test
    public void value_shouldBeNullForAnUnknownField() {
        assertNull(severity.value(incident, settings("customfield_99").requiredPostMortems()));
    }
}
