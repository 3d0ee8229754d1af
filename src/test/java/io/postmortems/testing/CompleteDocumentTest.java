package io.postmortems.testing;

import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;

public class CompleteDocumentTest {
    @Test
    public void started_shouldMoveEveryTimeAndTheTimelineTogether() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-01T14:05:00+01:00");

        PostMortem moved = CompleteDocument.builder().started(start).build();
        PostMortem plain = CompleteDocument.complete();

        assertEquals(start, moved.getTimes().getStarted());
        Duration shift = Duration.between(plain.getTimes().getStarted(), start);
        assertEquals(plain.getTimes().getResolved().plus(shift), moved.getTimes().getResolved());
        assertEquals(plain.getTimeline().get(1).getAt().plus(shift), moved.getTimeline().get(1).getAt());
    }

    @Test
    public void build_shouldGiveAFreshMutableDocumentWithWhatTheBuilderSet() {
        PostMortem d = CompleteDocument.builder().issueKey("OPS-1").title("T").severity("SEV3").services("payments")
                .tags().build();
        d.getTags().add("added-by-a-test");
        d.getCountermeasures().clear();

        assertEquals("OPS-1", d.getIssueKey());
        assertEquals("T", d.getTitle());
        assertEquals("SEV3", d.getSeverity());
        assertEquals(List.of("payments"), d.getServices());
        assertEquals(2, CompleteDocument.complete().getCountermeasures().size());
        assertNotSame(CompleteDocument.complete(), CompleteDocument.complete());
    }
}
