package io.postmortems.jira.store;

import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.metrics.Metric;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.Revisit;
import org.junit.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

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

    @Test
    public void toJson_shouldHoldTheFollowThroughTheReportsRead() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV1");
        Countermeasure effective = done("a", LocalDate.of(2026, 3, 1), EffectivenessOutcome.EFFECTIVE);
        Countermeasure notEffective = done("b", LocalDate.of(2026, 3, 2), EffectivenessOutcome.NOT_EFFECTIVE);
        Countermeasure notVerifiable = done("c", LocalDate.of(2026, 3, 3), EffectivenessOutcome.NOT_VERIFIABLE);
        Countermeasure unchecked = done("d", LocalDate.of(2026, 3, 4), null);
        Countermeasure wontDo = new Countermeasure("e", "x", "o", LocalDate.of(2026, 3, 20));
        wontDo.setStatus(CountermeasureStatus.WONT_DO);
        doc.setCountermeasures(List.of(effective, notEffective, notVerifiable, unchecked, wontDo));
        PublishedPage page = new PublishedPage();
        page.setUrl("https://wiki.example/p/1");
        page.setFirstPublishedAt(OffsetDateTime.parse("2026-04-01T23:30-02:00"));
        doc.setPage(page);
        Revisit older = new Revisit();
        older.setRevisitedAt(OffsetDateTime.parse("2026-05-01T09:00Z"));
        Revisit last = new Revisit();
        last.setRevisitedAt(OffsetDateTime.parse("2026-07-10T09:00Z"));
        doc.setRevisits(List.of(last, older));

        MirrorSnapshot snapshot = MirrorSnapshot.parse(new PostMortemMirror().toJson(doc)).orElseThrow();
        MirrorSnapshot.FollowThroughFacts f = snapshot.followThrough();
        assertEquals(1, snapshot.effectiveness().effective());
        assertEquals(1, snapshot.effectiveness().notEffective());
        assertEquals(1, snapshot.effectiveness().notVerifiable());
        assertEquals("only the done, unchecked one awaits a check", List.of(LocalDate.of(2026, 3, 4)),
                f.uncheckedDoneOn());
        assertEquals("the last revisit's day, as FollowThrough counts it", LocalDate.of(2026, 7, 10),
                f.revisitFrom());
        assertEquals(FollowThrough.revisitDueOn(doc, FollowThroughPolicy.defaults()).orElseThrow(),
                FollowThrough.revisitDueAfter(f.revisitFrom(), FollowThroughPolicy.defaults()));
    }

    @Test
    public void toJson_shouldCountARevisitFromTheFirstPublishingDayInUtcWhileThereIsNone() {
        PostMortem doc = new PostMortem();
        PublishedPage page = new PublishedPage();
        page.setUrl("https://wiki.example/p/1");
        page.setFirstPublishedAt(OffsetDateTime.parse("2026-04-01T23:30-02:00"));
        doc.setPage(page);
        assertEquals(LocalDate.of(2026, 4, 2), MirrorSnapshot.parse(new PostMortemMirror().toJson(doc))
                .orElseThrow().followThrough().revisitFrom());
        assertNull("not published: no revisit", MirrorSnapshot.parse(new PostMortemMirror().toJson(new PostMortem()))
                .orElseThrow().followThrough().revisitFrom());
    }

    @Test
    public void parse_shouldReadAPropertyWrittenBeforeTheFollowThroughWasMirrored() {
        String stored = "{\"severity\":\"SEV2\",\"started\":\"2026-03-01T10:00Z\",\"services\":[],"
                + "\"countermeasures\":2,\"countermeasuresOpen\":1,\"countermeasuresDone\":1,"
                + "\"countermeasuresDoneOnTime\":1,\"countermeasureOpenDue\":[\"2026-03-20\"],"
                + "\"countermeasureDaysToDone\":[3],\"countermeasureTargetBreaches\":1,\"followThroughOpen\":0}";
        MirrorSnapshot s = MirrorSnapshot.parse(stored).orElseThrow();
        assertEquals(2, s.countermeasures());
        assertEquals(1, s.targetBreaches());
        assertEquals(MirrorSnapshot.FollowThroughFacts.NONE, s.followThrough());
    }

    @Test
    public void parse_shouldLeaveOutMalformedFollowThroughDaysAndKeepTheRest() {
        MirrorSnapshot snapshot = MirrorSnapshot.parse("{\"countermeasuresEffective\":2,"
                + "\"countermeasureUncheckedDoneOn\":[\"2026-02-30\",\"2026-03-04\",7],\"revisitFrom\":\"soon\"}")
                .orElseThrow();
        MirrorSnapshot.FollowThroughFacts f = snapshot.followThrough();
        assertEquals(2, snapshot.effectiveness().effective());
        assertEquals(List.of(LocalDate.of(2026, 3, 4)), f.uncheckedDoneOn());
        assertNull(f.revisitFrom());
    }

    private static Countermeasure done(String id, LocalDate doneOn, EffectivenessOutcome outcome) {
        Countermeasure cm = new Countermeasure(id, "x", "o", doneOn.plusDays(10));
        cm.setStatus(CountermeasureStatus.DONE);
        cm.setDoneOn(doneOn);
        if (outcome != null) {
            cm.setEffectiveness(new EffectivenessCheck(outcome, "why", "k", "K",
                    OffsetDateTime.parse("2026-04-01T09:00Z")));
        }
        return cm;
    }
}
