package io.postmortems.core.incident;

import io.postmortems.core.incident.RequiredPostMortems.Decision;
import io.postmortems.core.incident.RequiredPostMortems.OnResolve;
import io.postmortems.core.incident.RequiredPostMortems.Policy;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class RequiredPostMortemsTest {
    private static final Set<String> IDS = Set.of("SEV1", "SEV2", "SEV3", "SEV4");
    private static final Policy POLICY = new Policy(Map.of("Highest", "SEV1", "High", "SEV2"), Set.of("SEV1"),
            OnResolve.CREATE, Map.of("SEV1", 5, "SEV2", 10));
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    public void addWorkingDays_shouldSkipSaturdaysAndSundays() {
        assertEquals(LocalDate.of(2026, 11, 9), RequiredPostMortems.addWorkingDays(MONDAY, 5));
        assertEquals("Friday + 1 is Monday", LocalDate.of(2026, 11, 9),
                RequiredPostMortems.addWorkingDays(LocalDate.of(2026, 11, 6), 1));
        assertEquals("Saturday + 1 is Monday", LocalDate.of(2026, 11, 9),
                RequiredPostMortems.addWorkingDays(LocalDate.of(2026, 11, 7), 1));
        assertEquals("Thursday + 10 spans two weekends", LocalDate.of(2026, 11, 19),
                RequiredPostMortems.addWorkingDays(LocalDate.of(2026, 11, 5), 10));
        assertEquals(MONDAY, RequiredPostMortems.addWorkingDays(MONDAY, 0));
    }

    @Test(expected = IllegalArgumentException.class)
    public void addWorkingDays_shouldRefuseNegativeDays() {
        RequiredPostMortems.addWorkingDays(MONDAY, -1);
    }

    @Test
    public void severityOf_shouldMapIgnoringCaseAndBlanksAndAcceptSeverityIds() {
        assertEquals(Optional.of("SEV1"), RequiredPostMortems.severityOf("  highest ", POLICY.severityMapping(), IDS));
        assertEquals("a field that already holds an id", Optional.of("SEV3"),
                RequiredPostMortems.severityOf("sev3", POLICY.severityMapping(), IDS));
        assertEquals(Optional.empty(), RequiredPostMortems.severityOf("Medium", POLICY.severityMapping(), IDS));
        assertEquals(Optional.empty(), RequiredPostMortems.severityOf(null, POLICY.severityMapping(), IDS));
    }

    @Test
    public void decide_shouldRequireMappedSeverityAndCountTheReviewInWorkingDays() {
        Decision sev1 = RequiredPostMortems.decide("Highest", POLICY, IDS, MONDAY);
        assertEquals("SEV1", sev1.severity());
        assertTrue(sev1.required());
        assertEquals(OnResolve.CREATE, sev1.action());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 9)), sev1.reviewDue());

        Decision sev2 = RequiredPostMortems.decide("High", POLICY, IDS, MONDAY);
        assertFalse("SEV2 is not required here", sev2.required());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), sev2.reviewDue());

        Decision unmapped = RequiredPostMortems.decide("Lowest", POLICY, IDS, MONDAY);
        assertNull(unmapped.severity());
        assertFalse(unmapped.required());
        assertEquals(Optional.empty(), unmapped.reviewDue());
    }

    @Test
    public void decide_shouldRequireNothingWithDefaultsAndHaveNoDueDateWithoutDays() {
        Policy none = new Policy(null, null, null, null);
        assertFalse(RequiredPostMortems.decide("SEV1", none, IDS, MONDAY).required());
        assertEquals(OnResolve.CREATE, none.onResolve());
        assertEquals(Optional.empty(), RequiredPostMortems.decide("SEV1", none, IDS, MONDAY).reviewDue());
    }
}
