package io.postmortems.core.incident;

import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.text.BundleText;
import org.junit.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class IncidentPrefillTest {
    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant IN_PROGRESS = Instant.parse("2026-11-02T09:12:00Z");
    private static final Instant MITIGATED = Instant.parse("2026-11-02T10:05:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-11-02T11:30:00Z");

    private final AtomicInteger ids = new AtomicInteger();
    private final IncidentPrefill prefill = new IncidentPrefill(BundleText.of(Locale.ENGLISH),
            () -> "d" + ids.incrementAndGet());

    private static IncidentSnapshot incident(List<IncidentSnapshot.StatusChange> changes, Instant resolved) {
        return new IncidentSnapshot("OPS-7", "Checkout down for EU customers", CREATED, resolved,
                List.of("checkout", "payments"), "Eddie Editor", "Rita Reporter",
                List.of("Walt Watcher", "Eddie Editor"), changes,
                List.of(new IncidentSnapshot.Comment(Instant.parse("2026-11-02T09:30:00Z"), "Walt Watcher",
                                "  Rolled back the 09:00 deploy.  "),
                        new IncidentSnapshot.Comment(Instant.parse("2026-11-02T09:05:00Z"), null, "Paged on-call")));
    }

    private static List<IncidentSnapshot.StatusChange> threeChanges() {
        // deliberately out of order: the history may come in any order
        return List.of(new IncidentSnapshot.StatusChange(RESOLVED, "Mitigated", "Done"),
                new IncidentSnapshot.StatusChange(IN_PROGRESS, "To Do", "In Progress"),
                new IncidentSnapshot.StatusChange(MITIGATED, "In Progress", "Mitigated"));
    }

    @Test
    public void prefill_shouldTakeTitleServicesParticipantsAndTheIncidentAsRelated() {
        PostMortem doc = prefill.prefill(incident(threeChanges(), RESOLVED));

        assertEquals("Checkout down for EU customers", doc.getTitle());
        assertEquals(List.of("checkout", "payments"), doc.getServices());
        assertEquals("assignee, reporter, watchers, each once",
                List.of("Eddie Editor", "Rita Reporter", "Walt Watcher"), doc.getMeeting().getParticipants());
        assertEquals(List.of("OPS-7"), doc.getRelatedIncidents());
        assertTrue("nothing reaches the timeline before the author accepts it", doc.getTimeline().isEmpty());
    }

    @Test
    public void prefill_shouldMapCreationResolutionAndNamedStatusesToKeyTimes() {
        PostMortem doc = prefill.prefill(incident(threeChanges(), RESOLVED));

        assertEquals(OffsetDateTime.parse("2026-11-02T09:00:00Z"), doc.getTimes().getStarted());
        assertEquals(OffsetDateTime.parse("2026-11-02T11:30:00Z"), doc.getTimes().getResolved());
        assertEquals("the first status change acknowledges", OffsetDateTime.parse("2026-11-02T09:12:00Z"),
                doc.getTimes().getAcknowledged());
        assertEquals("a status named Mitigated mitigates", OffsetDateTime.parse("2026-11-02T10:05:00Z"),
                doc.getTimes().getMitigated());
        assertNull("no status says detected: left for the author", doc.getTimes().getDetected());
    }

    @Test
    public void prefill_shouldPreferAStatusNamedAcknowledgedAndIgnoreAFirstChangeAtResolution() {
        Instant ack = Instant.parse("2026-11-02T09:40:00Z");
        PostMortem named = prefill.prefill(incident(List.of(
                new IncidentSnapshot.StatusChange(IN_PROGRESS, "Open", "Triage"),
                new IncidentSnapshot.StatusChange(ack, "Triage", "ACKNOWLEDGED")), null));
        assertEquals(ack.atOffset(java.time.ZoneOffset.UTC), named.getTimes().getAcknowledged());
        assertNull("unresolved incident: no resolved time", named.getTimes().getResolved());

        PostMortem straightToDone = prefill.prefill(incident(List.of(
                new IncidentSnapshot.StatusChange(RESOLVED, "To Do", "Done")), RESOLVED));
        assertNull("a ticket closed in one step was never acknowledged apart from its resolution",
                straightToDone.getTimes().getAcknowledged());
    }

    @Test
    public void prefill_shouldDraftOneEntryPerStatusChangeAndCommentInTimeOrder() {
        PostMortem doc = prefill.prefill(incident(threeChanges(), RESOLVED));

        List<TimelineEvent> drafts = doc.getDraftTimeline();
        assertEquals(5, drafts.size());
        assertEquals(List.of("2026-11-02T09:05Z", "2026-11-02T09:12Z", "2026-11-02T09:30Z", "2026-11-02T10:05Z",
                "2026-11-02T11:30Z"), drafts.stream().map(e -> e.getAt().toString()).toList());
        assertEquals("Paged on-call", drafts.get(0).getText());
        assertEquals(EventKind.COMMUNICATION, drafts.get(0).getKind());
        assertEquals("Status changed from To Do to In Progress", drafts.get(1).getText());
        assertEquals(EventKind.ACTION, drafts.get(1).getKind());
        assertEquals("Walt Watcher: Rolled back the 09:00 deploy.", drafts.get(2).getText());
        assertEquals("Walt Watcher", drafts.get(2).getAuthor());
        assertEquals("every draft has its own id", 5, drafts.stream().map(TimelineEvent::getId).distinct().count());
    }

    @Test
    public void prefill_shouldCopeWithAnIncidentThatHasNothingButASummary() {
        PostMortem doc = prefill.prefill(new IncidentSnapshot("OPS-8", "Blip", null, null, null, null, null, null,
                null, null));

        assertEquals("Blip", doc.getTitle());
        assertNull(doc.getTimes().getStarted());
        assertTrue(doc.getDraftTimeline().isEmpty());
        assertTrue(doc.getMeeting().getParticipants().isEmpty());
    }

    @Test
    public void prefill_shouldKeepTheEarliestEntriesATimelineCanHold() {
        List<IncidentSnapshot.Comment> many = new java.util.ArrayList<>();
        for (int i = 0; i < io.postmortems.core.io.DocumentLimits.MAX_EVENTS + 5; i++) {
            many.add(new IncidentSnapshot.Comment(CREATED.plusSeconds(i), "Bot", "ping " + i));
        }
        PostMortem doc = prefill.prefill(new IncidentSnapshot("OPS-9", "Noisy", CREATED, null, null, null, null,
                null, null, many));

        assertEquals(io.postmortems.core.io.DocumentLimits.MAX_EVENTS, doc.getDraftTimeline().size());
        assertEquals("Bot: ping 0", doc.getDraftTimeline().get(0).getText());
    }
}
