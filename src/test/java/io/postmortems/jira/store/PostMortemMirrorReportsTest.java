package io.postmortems.jira.store;

import io.postmortems.core.metrics.Metric;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** What the mirror writes is what the reports read back: the writer and the reader agree field by field. */
public class PostMortemMirrorReportsTest {
    @Test
    public void toJson_shouldHoldEverythingTheReportsRead() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV2");
        doc.setCauseCategory("capacity");
        doc.setServices(List.of("search"));
        OffsetDateTime start = OffsetDateTime.parse("2026-03-01T10:00+01:00");
        doc.getTimes().setStarted(start);
        doc.getTimes().setDetected(start.plusMinutes(7));
        doc.getTimes().setAcknowledged(start.plusMinutes(9));
        doc.getTimes().setMitigated(start.plusMinutes(40));
        doc.getTimes().setResolved(start.plusMinutes(95));
        Countermeasure done = new Countermeasure("a", "x", "o", LocalDate.of(2026, 3, 10));
        done.setStatus(CountermeasureStatus.DONE);
        done.setDoneOn(LocalDate.of(2026, 3, 8));
        Countermeasure open = new Countermeasure("b", "y", "o", LocalDate.of(2026, 3, 20));
        doc.setCountermeasures(List.of(done, open));

        MirrorSnapshot s = MirrorSnapshot.parse(new PostMortemMirror().toJson(doc)).orElseThrow();
        assertEquals("capacity", s.incident().getCauseCategory());
        assertEquals(List.of(LocalDate.of(2026, 3, 20)), s.openDue());
        assertEquals(List.of(7), s.daysToDone());
        assertEquals(1, s.countermeasuresDoneOnTime());
        PostMortemReport r = PostMortemReport.of(List.of(s), ZoneOffset.UTC, LocalDate.of(2026, 3, 21));
        assertEquals(Duration.ofMinutes(7), r.durations().overall().get(Metric.TIME_TO_DETECT).median());
        assertEquals(Duration.ofMinutes(2), r.durations().overall().get(Metric.TIME_TO_ACKNOWLEDGE).median());
        assertEquals(Duration.ofMinutes(40), r.durations().overall().get(Metric.TIME_TO_MITIGATE).median());
        assertEquals(Duration.ofMinutes(95), r.durations().overall().get(Metric.TIME_TO_RESOLVE).median());
        assertEquals(1, r.health().overdue());
    }
}
