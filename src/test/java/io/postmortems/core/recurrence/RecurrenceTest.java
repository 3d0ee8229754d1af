package io.postmortems.core.recurrence;

import io.postmortems.core.metrics.IndexedPostMortem;
import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.recurrence.Recurrence.Match;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class RecurrenceTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-01T10:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Test
    public void earlier_shouldMatchSharedServicesCategoryAndTagsIgnoringCase() {
        PostMortem current = doc(START, List.of("Checkout", "search"), "change", List.of("dns"));
        IndexedPostMortem other = candidate("OPS-1", START.minusDays(30), List.of(" checkout "), "Change", List.of("DNS", "tls"));

        Match m = Recurrence.earlier(current, "OPS-9", List.of(other), 365, TODAY, 10).get(0);

        assertEquals(List.of("Checkout"), m.sharedServices());
        assertEquals("change", m.sharedCauseCategory());
        assertEquals(List.of("dns"), m.sharedTags());
        assertEquals(3, m.strength());
    }

    @Test
    public void earlier_shouldLeaveOutLaterOutsideTheWindowItselfAndNothingShared() {
        PostMortem current = doc(START, List.of("checkout"), null, List.of());
        List<IndexedPostMortem> candidates = List.of(
                candidate("OPS-1", START.plusMinutes(1), List.of("checkout"), null, List.of()),
                candidate("OPS-2", START.minusDays(366), List.of("checkout"), null, List.of()),
                candidate("OPS-9", START.minusDays(1), List.of("checkout"), null, List.of()),
                candidate("OPS-3", START.minusDays(1), List.of("search"), null, List.of()),
                candidate("OPS-4", null, List.of("checkout"), null, List.of()),
                candidate("OPS-5", START.minusDays(365), List.of("checkout"), null, List.of()));

        List<Match> found = Recurrence.earlier(current, "OPS-9", candidates, 365, TODAY, 10);

        assertEquals(List.of("OPS-5"), found.stream().map(Match::issueKey).toList());
    }

    @Test
    public void earlier_shouldOrderByStrengthThenRecencyAndCap() {
        PostMortem current = doc(START, List.of("a", "b"), null, List.of());
        List<IndexedPostMortem> candidates = new ArrayList<>();
        candidates.add(candidate("OPS-1", START.minusDays(100), List.of("a", "b"), null, List.of()));
        candidates.add(candidate("OPS-2", START.minusDays(5), List.of("a"), null, List.of()));
        candidates.add(candidate("OPS-3", START.minusDays(2), List.of("b"), null, List.of()));

        List<Match> found = Recurrence.earlier(current, "OPS-9", candidates, 365, TODAY, 2);

        assertEquals(List.of("OPS-1", "OPS-3"), found.stream().map(Match::issueKey).toList());
    }

    @Test
    public void earlier_shouldCarryOpenOverdueAndOutcomesOfTheEarlierOne() {
        PostMortem current = doc(START, List.of("a"), null, List.of());
        PostMortem incident = doc(START.minusDays(40), List.of("a"), null, List.of());
        MirrorSnapshot summary = new MirrorSnapshot(incident, 3, 2, 1, 0, 0,
                List.of(TODAY.minusDays(1), TODAY), List.of(), new EffectivenessCounts(0, 1, 0),
                MirrorSnapshot.FollowThroughFacts.NONE);

        Match m = Recurrence.earlier(current, "OPS-9", List.of(new IndexedPostMortem("OPS-1", "t", summary)), 365, TODAY,
                10).get(0);

        assertEquals(2, m.openCountermeasures());
        assertEquals(1, m.overdue());
        assertEquals(new EffectivenessCounts(0, 1, 0), m.effectiveness());
    }

    @Test
    public void earlier_shouldCompareFromTodayWhenThisOneHasNoStart() {
        PostMortem current = doc(null, List.of("a"), null, List.of());
        IndexedPostMortem yesterday = candidate("OPS-1", TODAY.minusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                List.of("a"), null, List.of());

        assertEquals(1, Recurrence.earlier(current, "OPS-9", List.of(yesterday), 30, TODAY, 10).size());
        assertEquals(0, Recurrence.earlier(current, "OPS-9", List.of(yesterday), 0, TODAY, 10).size());
    }

    @Test
    public void hasKeys_shouldBeFalseWithoutServicesCategoryOrTags() {
        assertFalse(Recurrence.hasKeys(doc(START, List.of(" "), " ", List.of())));
        assertTrue(Recurrence.hasKeys(doc(START, List.of(), null, List.of("x"))));
        assertNull(Recurrence.earlier(doc(START, List.of("a"), null, List.of()), "OPS-9",
                List.of(candidate("OPS-1", START.minusDays(1), List.of("a"), null, List.of())), 365, TODAY, 10)
                .get(0).sharedCauseCategory());
    }

    private static PostMortem doc(OffsetDateTime started, List<String> services, String category, List<String> tags) {
        PostMortem doc = new PostMortem();
        doc.getTimes().setStarted(started);
        doc.setServices(services);
        doc.setCauseCategory(category);
        doc.setTags(tags);
        return doc;
    }

    private static IndexedPostMortem candidate(String key, OffsetDateTime started, List<String> services, String category,
                                       List<String> tags) {
        return new IndexedPostMortem(key, "Title " + key, new MirrorSnapshot(doc(started, services, category, tags), 0, 0, 0,
                0, 0, List.of(), List.of()));
    }
}
