package io.postmortems.core.metrics;

import io.postmortems.core.model.IncidentTimes;
import org.junit.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class IncidentBarTest {
    private static final Map<IncidentBar.Kind, String> ENGLISH = Map.of(
            IncidentBar.Kind.STARTED, "Started", IncidentBar.Kind.FIRST_USER_IMPACT, "First user impact",
            IncidentBar.Kind.DETECTED, "Detected", IncidentBar.Kind.ACKNOWLEDGED, "Acknowledged",
            IncidentBar.Kind.MITIGATED, "Mitigated", IncidentBar.Kind.RESOLVED, "Resolved");

    private static OffsetDateTime at(String hhmm) {
        return OffsetDateTime.parse("2026-03-29T" + hhmm + ":00+02:00");
    }

    @Test
    public void drawing_shouldPlaceEachKeyTimeAtItsShareOfTheIncidentAndUnderlineTheUserImpact() {
        IncidentTimes t = new IncidentTimes();
        t.setStarted(at("10:00"));
        t.setFirstUserImpact(at("10:12"));
        t.setDetected(at("10:24"));
        t.setAcknowledged(at("10:30"));
        t.setMitigated(at("11:00"));
        t.setResolved(at("11:36"));
        IncidentBar bar = IncidentBar.of(t).orElseThrow();
        assertEquals(List.of(
                "Incident     S-----F-----D--A--------------M-----------------R",
                "User impact        F#######################M"),
                bar.drawing(IncidentBar.letters(ENGLISH), "Incident", "User impact"));
        assertEquals(Duration.ofMinutes(48), bar.userImpact().orElseThrow());
    }

    @Test
    public void drawing_shouldKeepCoincidentMarksVisibleAndInOrder() {
        IncidentTimes t = new IncidentTimes();
        t.setStarted(at("10:00"));
        t.setDetected(at("10:00"));
        t.setAcknowledged(at("10:00"));
        t.setMitigated(OffsetDateTime.parse("2026-03-30T10:11:00+02:00"));
        t.setResolved(OffsetDateTime.parse("2026-03-30T10:11:00+02:00"));
        String line = IncidentBar.of(t).orElseThrow()
                .drawing(IncidentBar.letters(ENGLISH), "Incident", "Impact").get(0);
        assertEquals("Incident  SDA--------------------------------------------MR", line);
    }

    @Test
    public void of_shouldGiveNoBarWithoutAStartBeforeTheResolutionAndLeaveOutTimesOutsideIt() {
        IncidentTimes t = new IncidentTimes();
        t.setStarted(at("10:00"));
        assertTrue(IncidentBar.of(t).isEmpty());
        t.setResolved(at("09:00"));
        assertTrue(IncidentBar.of(t).isEmpty());
        t.setResolved(at("11:00"));
        t.setDetected(at("12:00"));
        assertEquals(List.of(IncidentBar.Kind.STARTED, IncidentBar.Kind.RESOLVED),
                IncidentBar.of(t).orElseThrow().marks().stream().map(IncidentBar.Mark::kind).toList());
    }

    @Test
    public void letters_shouldTakeTheFirstFreeLetterOfEachLabel() {
        Map<IncidentBar.Kind, Character> german = IncidentBar.letters(Map.of(
                IncidentBar.Kind.STARTED, "Beginn", IncidentBar.Kind.FIRST_USER_IMPACT, "Erste Auswirkung",
                IncidentBar.Kind.DETECTED, "Erkannt", IncidentBar.Kind.ACKNOWLEDGED, "Angenommen",
                IncidentBar.Kind.MITIGATED, "Abgemildert", IncidentBar.Kind.RESOLVED, "Behoben"));
        assertEquals(Character.valueOf('B'), german.get(IncidentBar.Kind.STARTED));
        assertEquals(Character.valueOf('E'), german.get(IncidentBar.Kind.FIRST_USER_IMPACT));
        assertEquals(Character.valueOf('R'), german.get(IncidentBar.Kind.DETECTED));
        assertEquals(Character.valueOf('A'), german.get(IncidentBar.Kind.ACKNOWLEDGED));
        assertEquals(Character.valueOf('G'), german.get(IncidentBar.Kind.MITIGATED));
        assertEquals(Character.valueOf('H'), german.get(IncidentBar.Kind.RESOLVED));
        assertEquals(Character.valueOf('1'), IncidentBar.letters(Map.of()).get(IncidentBar.Kind.STARTED));
    }
}
