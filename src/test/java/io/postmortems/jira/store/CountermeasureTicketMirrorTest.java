package io.postmortems.jira.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The countermeasure ticket property, and when the store writes it (HSQLDB; the store itself runs on all three). */
public class CountermeasureTicketMirrorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public final AoDatabase db = new AoDatabase(TestDatabase.HSQLDB);
    private final List<String> written = new ArrayList<>();
    private final Map<Long, String> postMortemProperty = new HashMap<>();
    private AoPostMortemStore store;

    @Before
    public void setUp() {
        store = new AoPostMortemStore(FakeActiveObjects.over(db.entityManager()),
                (issueId, key, json) -> postMortemProperty.put(issueId, json), new PostMortemCodec(),
                Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC))
                .withTickets((issueKey, key, json) -> written.add(issueKey + " " + key + " " + json),
                        ReviewConfigSource.defaults());
    }

    private static PostMortem document() {
        PostMortem pm = new PostMortem();
        pm.setIssueKey("PM-7");
        pm.setSeverity("SEV1");
        pm.setServices(List.of("checkout", " payments "));
        pm.getTimes().setResolved(OffsetDateTime.parse("2026-03-01T12:00:00Z"));
        Countermeasure late = new Countermeasure("a", "Add alert", "alice", LocalDate.of(2026, 3, 19));
        late.setKind(CountermeasureKind.DETECT);
        late.setIssueKey("OPS-1");
        Countermeasure beyond = new Countermeasure("b", "Rewrite retry", "bob", LocalDate.of(2026, 5, 1));
        beyond.setIssueKey("OPS-2");
        Countermeasure noTicket = new Countermeasure("c", "Idea-ish", "carol", LocalDate.of(2026, 3, 25));
        pm.setCountermeasures(new ArrayList<>(List.of(late, beyond, noTicket)));
        return pm;
    }

    @Test
    public void toJson_shouldGiveEachTicketItsPostMortemContext() throws Exception {
        Map<String, String> byTicket = new CountermeasureTicketMirror().toJson(document(), ReviewConfig.defaults(),
                TODAY);
        assertEquals(List.of("OPS-1", "OPS-2"), List.copyOf(byTicket.keySet()));
        JsonNode ops1 = JSON.readTree(byTicket.get("OPS-1"));
        assertEquals("PM-7", ops1.get("postMortem").asText());
        assertEquals("SEV1", ops1.get("severity").asText());
        assertEquals("detect", ops1.get("kind").asText());
        assertEquals("[\"checkout\",\"payments\"]", ops1.get("services").toString());
        assertEquals("alice", ops1.get("owner").asText());
        assertEquals("2026-03-19", ops1.get("dueDate").asText());
        assertEquals("2026-03-29", ops1.get("targetDate").asText());
        assertFalse(ops1.get("beyondTarget").asBoolean());
        assertTrue(ops1.get("overdue").asBoolean());
        JsonNode ops2 = JSON.readTree(byTicket.get("OPS-2"));
        assertTrue(ops2.get("beyondTarget").asBoolean());
        assertFalse(ops2.get("overdue").asBoolean());
        assertEquals("prevent", ops2.get("kind").asText());
    }

    @Test
    public void save_shouldWriteTicketPropertiesOnlyWhenTheirContextChanged() throws Exception {
        PostMortem pm = document();
        store.save(1L, pm, 0);
        assertEquals(2, written.size());
        assertTrue(written.get(0), written.get(0).startsWith("OPS-1 countermeasure {"));
        written.clear();

        pm.setTitle("A new title changes no ticket");
        store.save(1L, pm, 1);
        assertEquals(List.of(), written);

        pm.getCountermeasures().get(0).setOwner("dora");
        store.save(1L, pm, 2);
        assertEquals(1, written.size());
        assertTrue(written.get(0), written.get(0).startsWith("OPS-1 ") && written.get(0).contains("\"dora\""));
        written.clear();

        pm.getCountermeasures().get(2).setIssueKey("OPS-3");
        pm.setSeverity("SEV2");
        store.save(1L, pm, 3);
        assertEquals(3, written.size());
    }

    @Test
    public void save_shouldCountTargetBreachesInThePostMortemProperty() throws Exception {
        store.save(1L, document(), 0);
        assertEquals(1, JSON.readTree(postMortemProperty.get(1L)).get("countermeasureTargetBreaches").asInt());
    }

    @Test
    public void refreshMirrors_shouldRewriteEveryTicketProperty() throws Exception {
        store.save(1L, document(), 0);
        written.clear();
        store.refreshMirrors(new long[]{1L});
        assertEquals(2, written.size());
    }

    @Test
    public void save_shouldRecordATicketJiraRefusedWithoutFailingTheSave() throws Exception {
        MirrorFailures failures = new MirrorFailures(Clock.systemUTC());
        AoPostMortemStore refusing = new AoPostMortemStore(FakeActiveObjects.over(db.entityManager()),
                (issueId, key, json) -> { }, new PostMortemCodec(), Clock.systemUTC(), failures)
                .withTickets((issueKey, key, json) -> {
                    throw new IllegalStateException("Jira refused issue property countermeasure");
                }, ReviewConfigSource.defaults());
        assertEquals(1, refusing.save(2L, document(), 0).revision());
        assertEquals(1, failures.list().size());
        assertTrue(failures.list().get(0).reason(), failures.list().get(0).reason().startsWith("OPS-1: Jira refused"));
    }
}
