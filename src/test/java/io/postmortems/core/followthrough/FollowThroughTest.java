package io.postmortems.core.followthrough;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.Revisit;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class FollowThroughTest {
    private static final FollowThroughPolicy POLICY = new FollowThroughPolicy(30, 90);
    private static final LocalDate DONE = LocalDate.of(2026, 5, 1);

    private static Countermeasure done(String id) {
        Countermeasure cm = new Countermeasure(id, "Alert on disk " + id, "alice", LocalDate.of(2026, 4, 1));
        cm.setStatus(CountermeasureStatus.DONE);
        cm.setDoneOn(DONE);
        return cm;
    }

    @Test
    public void effectivenessDueOn_shouldBeThePeriodAfterTheDayItWasDone() {
        assertEquals(Optional.of(LocalDate.of(2026, 5, 31)), FollowThrough.effectivenessDueOn(done("c1"), POLICY));
        assertFalse(FollowThrough.isEffectivenessDue(done("c1"), POLICY, LocalDate.of(2026, 5, 30)));
        assertTrue(FollowThrough.isEffectivenessDue(done("c1"), POLICY, LocalDate.of(2026, 5, 31)));
        assertTrue(FollowThrough.isEffectivenessDue(done("c1"), POLICY, LocalDate.of(2026, 9, 1)));
    }

    @Test
    public void effectivenessDueOn_shouldBeEmptyWhenOpenWontDoUndatedOrChecked() {
        Countermeasure open = done("c1");
        open.setStatus(CountermeasureStatus.IN_PROGRESS);
        Countermeasure wontDo = done("c2");
        wontDo.setStatus(CountermeasureStatus.WONT_DO);
        Countermeasure undated = done("c3");
        undated.setDoneOn(null);
        Countermeasure checked = done("c4");
        checked.setEffectiveness(new EffectivenessCheck(EffectivenessOutcome.EFFECTIVE, "no alerts", "k", "Alice",
                OffsetDateTime.parse("2026-06-01T10:00:00Z")));
        for (Countermeasure cm : List.of(open, wontDo, undated, checked)) {
            assertEquals(cm.getId(), Optional.empty(), FollowThrough.effectivenessDueOn(cm, POLICY));
        }
        PostMortem doc = new PostMortem();
        doc.setCountermeasures(List.of(open, done("c5"), checked));
        assertEquals(List.of("c5"), FollowThrough.effectivenessDue(doc, POLICY, LocalDate.of(2026, 6, 1)).stream()
                .map(Countermeasure::getId).toList());
        assertEquals("one unchecked done countermeasure, not published", 1, FollowThrough.pending(doc));
    }

    @Test
    public void revisitDueOn_shouldCountFromFirstPublishThenFromTheLastRevisit() {
        PostMortem doc = new PostMortem();
        assertEquals(Optional.empty(), FollowThrough.revisitDueOn(doc, POLICY));
        PublishedPage page = new PublishedPage();
        page.setFirstPublishedAt(OffsetDateTime.parse("2026-01-10T23:30:00-05:00")); // 2026-01-11 in UTC
        page.setPublishedAt(OffsetDateTime.parse("2026-03-01T10:00:00Z"));
        doc.setPage(page);
        assertEquals(Optional.of(LocalDate.of(2026, 4, 11)), FollowThrough.revisitDueOn(doc, POLICY));
        assertTrue(FollowThrough.isRevisitDue(doc, POLICY, LocalDate.of(2026, 4, 11)));
        assertEquals(1, FollowThrough.pending(doc));
        Revisit revisit = new Revisit();
        revisit.setRevisitedAt(OffsetDateTime.parse("2026-04-20T09:00:00Z"));
        doc.setRevisits(List.of(revisit));
        assertEquals(Optional.of(LocalDate.of(2026, 7, 19)), FollowThrough.revisitDueOn(doc, POLICY));
        assertFalse(FollowThrough.isRevisitDue(doc, POLICY, LocalDate.of(2026, 4, 21)));
    }

    @Test
    public void revisitDueOn_shouldFallBackToPublishedAtForPagesPublishedBeforeFirstPublishWasKept() {
        PostMortem doc = new PostMortem();
        PublishedPage page = new PublishedPage();
        page.setPublishedAt(OffsetDateTime.parse("2026-02-01T10:00:00Z"));
        doc.setPage(page);
        assertEquals(Optional.of(LocalDate.of(2026, 5, 2)), FollowThrough.revisitDueOn(doc, POLICY));
    }

    @Test
    public void followUp_shouldBePrefilledFromTheOldOneAndLinkedByIdOnce() {
        Countermeasure old = done("c1");
        old.setPriority(Priority.HIGH);
        old.setKind(CountermeasureKind.DETECT);
        old.setIssueKey("OPS-7");
        PostMortem doc = new PostMortem();
        doc.getCountermeasures().add(old);
        assertFalse("not checked yet", FollowThrough.offersFollowUp(doc, old));
        old.setEffectiveness(new EffectivenessCheck(EffectivenessOutcome.NOT_EFFECTIVE, "fired too late", "k", "A",
                OffsetDateTime.parse("2026-06-01T10:00:00Z")));
        assertTrue(FollowThrough.offersFollowUp(doc, old));

        Countermeasure next = FollowThrough.followUp(old, "c2", LocalDate.of(2026, 7, 1));
        assertEquals("c2", next.getId());
        assertEquals(old.getSummary(), next.getSummary());
        assertEquals("alice", next.getOwner());
        assertEquals(Priority.HIGH, next.getPriority());
        assertEquals(CountermeasureKind.DETECT, next.getKind());
        assertEquals(CountermeasureStatus.OPEN, next.getStatus());
        assertEquals(null, next.getIssueKey());
        assertEquals("c1", next.getFollowUpOf());
        assertEquals(LocalDate.of(2026, 7, 1), next.getDueDate());
        doc.getCountermeasures().add(next);
        assertFalse("one follow-up only", FollowThrough.offersFollowUp(doc, old));
        assertEquals(Optional.of(next), FollowThrough.followUpOf(doc, "c1"));
    }
}
