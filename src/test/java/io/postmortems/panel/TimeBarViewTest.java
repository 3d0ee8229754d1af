package io.postmortems.panel;

import io.postmortems.core.model.IncidentTimes;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TimeBarViewTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static IncidentTimes times(String mitigated) {
        IncidentTimes t = new IncidentTimes();
        t.setStarted(OffsetDateTime.parse("2026-11-20T08:00:00Z"));
        t.setDetected(OffsetDateTime.parse("2026-11-20T08:12:00Z"));
        t.setMitigated(mitigated == null ? null : OffsetDateTime.parse(mitigated));
        t.setResolved(OffsetDateTime.parse("2026-11-20T10:00:00Z"));
        return t;
    }

    @Test
    public void of_shouldDrawTheBarWithALegendInTheViewersZoneAndLanguage() {
        TimeBarView bar = TimeBarView.of(times("2026-11-20T09:00:00Z"), BERLIN, BundleText.of(Locale.ENGLISH))
                .orElseThrow();
        assertEquals("Incident     S----D" + "-".repeat(18) + "M" + "-".repeat(23) + "R", bar.lines().get(0));
        assertEquals("User impact  S" + "#".repeat(23) + "M", bar.lines().get(1));
        assertEquals(List.of(new TimeBarView.Mark("S", "Started 2026-11-20 09:00"),
                new TimeBarView.Mark("D", "Detected 2026-11-20 09:12 (+12m)"),
                new TimeBarView.Mark("M", "Mitigated 2026-11-20 10:00 (+1h 00m)"),
                new TimeBarView.Mark("R", "Resolved 2026-11-20 11:00 (+2h 00m)")), bar.legend());
    }

    @Test
    public void of_shouldMoveTheMarkWithTheTime() {
        String early = TimeBarView.of(times("2026-11-20T08:30:00Z"), BERLIN, BundleText.of(Locale.ENGLISH))
                .orElseThrow().lines().get(0);
        String late = TimeBarView.of(times("2026-11-20T09:30:00Z"), BERLIN, BundleText.of(Locale.ENGLISH))
                .orElseThrow().lines().get(0);
        assertTrue(early + " / " + late, early.indexOf('M') < late.indexOf('M'));
    }

    @Test
    public void of_shouldUseTheGermanWordsAndTheirLetters() {
        TimeBarView bar = TimeBarView.of(times("2026-11-20T09:00:00Z"), BERLIN, BundleText.of(Locale.GERMAN))
                .orElseThrow();
        assertTrue(bar.lines().get(0), bar.lines().get(0).startsWith("Vorfall "));
        assertTrue(bar.lines().get(1), bar.lines().get(1).startsWith("Auswirkung auf Nutzer "));
        // "Eingedämmt" gets I (E is "Erste Auswirkung"'s), "Behoben" H (B is "Beginn"'s)
        assertEquals(List.of("B", "R", "I", "H"), bar.legend().stream().map(TimeBarView.Mark::letter).toList());
        assertEquals("Einged\u00e4mmt 2026-11-20 10:00 (+1h 00m)", bar.legend().get(2).text());
    }

    @Test
    public void of_shouldDrawNothingWithoutAResolutionAfterTheStart() {
        IncidentTimes t = times(null);
        t.setResolved(null);
        assertTrue(TimeBarView.of(t, BERLIN, BundleText.of(Locale.ENGLISH)).isEmpty());
        assertTrue(TimeBarView.of(null, BERLIN, BundleText.of(Locale.ENGLISH)).isEmpty());
    }
}
