package io.postmortems.core.io;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Revisit;
import org.junit.Test;

import java.time.OffsetDateTime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The follow-through fields are known to the reader and writer, and their problems name the field. */
public class FollowThroughCodecTest {
    private final PostMortemCodec codec = new PostMortemCodec();

    private static final String DOC = """
            {"schemaVersion": 2,
             "countermeasures": [
               {"id": "c1", "summary": "Alert on disk", "status": "DONE", "doneOn": "2026-05-01", "issueKey": "OPS-7",
                "effectiveness": {"outcome": "NOT_EFFECTIVE", "reason": "fired too late", "checkedByKey": "k1",
                                  "checkedByName": "Ada", "checkedAt": "2026-06-01T10:00:00+02:00"}},
               {"id": "c2", "summary": "Alert on disk", "followUpOf": "c1"}],
             "page": {"pageId": "9", "publishedAt": "2026-03-01T10:00:00Z", "firstPublishedAt": "2026-02-01T10:00:00Z"},
             "revisits": [{"stillAccurate": true, "countermeasuresHolding": false, "recurred": false,
                           "notes": "alert tuned", "revisitedByKey": "k2", "revisitedByName": "Bo",
                           "revisitedAt": "2026-05-02T08:00:00Z"}]}""";

    @Test
    public void roundTrip_shouldKeepEffectivenessFollowUpRevisitsAndFirstPublish() {
        ReadResult r = codec.readJson(DOC);
        assertTrue(r.problems().toString(), r.isOk());
        PostMortem doc = codec.readJson(codec.writeJson(r.get())).get();
        Countermeasure c1 = doc.getCountermeasures().get(0);
        assertEquals(EffectivenessOutcome.NOT_EFFECTIVE, c1.getEffectiveness().getOutcome());
        assertEquals("fired too late", c1.getEffectiveness().getReason());
        assertEquals("Ada", c1.getEffectiveness().getCheckedByName());
        assertEquals(OffsetDateTime.parse("2026-06-01T10:00:00+02:00"), c1.getEffectiveness().getCheckedAt());
        assertEquals("c1", doc.getCountermeasures().get(1).getFollowUpOf());
        assertEquals(OffsetDateTime.parse("2026-02-01T10:00:00Z"), doc.getPage().getFirstPublishedAt());
        Revisit revisit = doc.getRevisits().get(0);
        assertEquals(Boolean.TRUE, revisit.getStillAccurate());
        assertEquals(Boolean.FALSE, revisit.getCountermeasuresHolding());
        assertEquals("alert tuned", revisit.getNotes());
        assertEquals("Bo", revisit.getRevisitedByName());
        assertTrue("none of them is an unknown field", c1.unknownFields().isEmpty() && doc.unknownFields().isEmpty()
                && revisit.unknownFields().isEmpty() && c1.getEffectiveness().unknownFields().isEmpty());
    }

    @Test
    public void read_shouldNameABadOutcomeAndABadRevisitAnswer() {
        ReadResult r = codec.readJson("{\"countermeasures\": [{\"effectiveness\": {\"outcome\": \"MAYBE\"}}],"
                + " \"revisits\": [{\"recurred\": \"perhaps\"}]}");
        assertFalse(r.isOk());
        assertEquals("countermeasures[0].effectiveness.outcome", r.problems().get(0).path());
        assertEquals("revisits[0].recurred", r.problems().get(1).path());
    }
}
