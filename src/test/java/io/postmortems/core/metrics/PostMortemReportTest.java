package io.postmortems.core.metrics;

import org.junit.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class PostMortemReportTest {
    private static MirrorSnapshot snapshot(String json) {
        return MirrorSnapshot.parse(json).orElseThrow();
    }

    @Test
    public void of_shouldComputeDurationsFromTheMirrorTimesAndGroupByCause() {
        MirrorSnapshot a = snapshot("{\"severity\":\"SEV1\",\"causeCategory\":\"change\",\"services\":[\"api\"],"
                + "\"started\":\"2026-03-01T10:00Z\",\"detected\":\"2026-03-01T10:10Z\","
                + "\"acknowledged\":\"2026-03-01T10:12Z\",\"mitigated\":\"2026-03-01T10:30Z\","
                + "\"resolved\":\"2026-03-01T11:00Z\",\"countermeasures\":0}");
        MirrorSnapshot b = snapshot("{\"severity\":\"SEV2\",\"services\":[\"api\",\"db\"],"
                + "\"started\":\"2026-04-01T10:00Z\",\"detected\":\"2026-04-01T10:30Z\",\"countermeasures\":0}");
        PostMortemReport report = PostMortemReport.of(List.of(a, b), ZoneOffset.UTC, LocalDate.of(2026, 5, 1));
        assertEquals(2, report.postMortems());
        assertEquals(Duration.ofMinutes(10), report.durations().byMonth().get(YearMonth.of(2026, 3))
                .get(Metric.TIME_TO_DETECT).median());
        assertEquals(Duration.ofMinutes(2), report.durations().overall().get(Metric.TIME_TO_ACKNOWLEDGE).median());
        assertEquals(Duration.ofMinutes(30), report.durations().overall().get(Metric.TIME_TO_MITIGATE).median());
        assertEquals(2, report.durations().byService().get("api").postMortems());
        assertEquals(List.of("(none)", "change"), List.copyOf(report.byCause().keySet()));
    }

    @Test
    public void of_shouldDecideOverdueOnTheDayAndCountDoneOnTime() {
        MirrorSnapshot s = snapshot("{\"countermeasures\":4,\"countermeasuresOpen\":2,\"countermeasuresDone\":2,"
                + "\"countermeasuresDoneOnTime\":1,\"countermeasureTargetBreaches\":1,"
                + "\"countermeasureOpenDue\":[\"2026-04-30\",\"2026-05-01\"],\"countermeasureDaysToDone\":[3,9]}");
        PostMortemReport.CountermeasureHealth h = PostMortemReport.of(List.of(s), ZoneOffset.UTC,
                LocalDate.of(2026, 5, 1)).health();
        assertEquals(4, h.total());
        assertEquals("due yesterday is overdue, due today is not", 1, h.overdue());
        assertEquals(Integer.valueOf(50), h.doneOnTimePercent());
        assertEquals(Integer.valueOf(3), h.medianDaysToDone());
        assertEquals(1, h.targetBreaches());
    }

    @Test
    public void parse_shouldRefuseWhatIsNotAnObjectAndTolerateBrokenValues() {
        assertTrue(MirrorSnapshot.parse("not json").isEmpty());
        assertTrue(MirrorSnapshot.parse("[1]").isEmpty());
        assertTrue(MirrorSnapshot.parse(null).isEmpty());
        MirrorSnapshot s = snapshot("{\"started\":\"yesterday\",\"countermeasureOpenDue\":[\"soon\"],"
                + "\"countermeasures\":-3}");
        assertNull(s.incident().getTimes().getStarted());
        assertEquals(List.of(), s.openDue());
        assertEquals(0, s.countermeasures());
        PostMortemReport.CountermeasureHealth h = PostMortemReport.of(List.of(s), ZoneOffset.UTC,
                LocalDate.of(2026, 5, 1)).health();
        assertNull("nothing done: no percentage rather than 0 %", h.doneOnTimePercent());
        assertNull(h.medianDaysToDone());
    }
}
