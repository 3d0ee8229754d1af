package io.postmortems.core.io;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PostMortemCodecTest {
    private final PostMortemCodec codec = new PostMortemCodec();

    @Test
    public void read_shouldKeepTheOffsetOfEveryInstant() {
        ReadResult r = codec.readJson("{\"schemaVersion\":2,\"times\":{\"started\":\"2026-03-29T01:30:00+01:00\"}}");
        assertTrue(r.problems().toString(), r.isOk());
        assertEquals(OffsetDateTime.parse("2026-03-29T01:30:00+01:00"), r.get().getTimes().getStarted());
        assertTrue(codec.writeJson(r.get()).contains("2026-03-29T01:30:00+01:00"));
    }

    @Test
    public void read_shouldNameTheFieldOfAnInstantWithoutOffset() {
        ReadResult r = codec.readJson("{\"times\":{\"detected\":\"2026-03-01T10:00:00\"}}");
        assertFalse(r.isOk());
        assertEquals("times.detected", r.problems().get(0).path());
        assertTrue(r.problems().get(0).message(), r.problems().get(0).message().contains("explicit offset"));
    }

    @Test
    public void read_shouldNameTheIndexOfABadCountermeasureDate() {
        ReadResult r = codec.readJson("{\"countermeasures\":[{\"summary\":\"a\"},{\"dueDate\":\"next week\"}]}");
        assertFalse(r.isOk());
        assertEquals("countermeasures[1].dueDate", r.problems().get(0).path());
    }

    @Test
    public void readStored_shouldKeepUnknownFieldsAtEveryLevel() {
        String json = "{\"schemaVersion\":2,\"title\":\"t\",\"fromTheFuture\":{\"x\":[1,2]},"
                + "\"countermeasures\":[{\"summary\":\"s\",\"dueDate\":\"2026-04-01\",\"estimate\":3}]}";
        PostMortem doc = codec.readStored(json).get();
        Countermeasure cm = doc.getCountermeasures().get(0);
        assertEquals(LocalDate.parse("2026-04-01"), cm.getDueDate());
        String written = codec.writeJson(doc);
        PostMortem again = codec.readStored(written).get();
        assertEquals("[1,2]", again.unknownFields().get("fromTheFuture").get("x").toString());
        assertEquals(3, again.getCountermeasures().get(0).unknownFields().get("estimate").intValue());
    }

    @Test
    public void readStored_shouldKeepApprovalAuthorsAnnouncementAndTheirUnknownFields() {
        String json = "{\"schemaVersion\":2,\"status\":\"APPROVED\",\"authors\":[\"k1\",\"k2\"],"
                + "\"approval\":{\"approverKey\":\"k3\",\"approverName\":\"Ada\","
                + "\"approvedAt\":\"2026-04-02T09:15:00+02:00\",\"comment\":\"lgtm\"},"
                + "\"announcedAt\":\"2026-04-03T10:00:00Z\"}";
        ReadResult r = codec.readStored(json);
        assertTrue(r.problems().toString(), r.isOk());
        PostMortem again = codec.readStored(codec.writeJson(r.get())).get();
        assertEquals(java.util.List.of("k1", "k2"), again.getAuthors());
        assertEquals("k3", again.getApproval().getApproverKey());
        assertEquals("Ada", again.getApproval().getApproverName());
        assertEquals(OffsetDateTime.parse("2026-04-02T09:15:00+02:00"), again.getApproval().getApprovedAt());
        assertTrue(codec.writeJson(again).contains("2026-04-02T09:15:00+02:00"));
        assertEquals("\"lgtm\"", again.getApproval().unknownFields().get("comment").toString());
        assertEquals(OffsetDateTime.parse("2026-04-03T10:00:00Z"), again.getAnnouncedAt());
    }

    @Test
    public void read_shouldNameTheFieldOfAnApprovalTimeWithoutOffset() {
        ReadResult r = codec.readJson("{\"approval\":{\"approvedAt\":\"2026-04-02T09:15:00\"}}");
        assertFalse(r.isOk());
        assertEquals("approval.approvedAt", r.problems().get(0).path());
    }

    @Test
    public void read_shouldMigrateVersionOneFlatTimesAndActionItems() {
        ReadResult r = codec.readJson("{\"startTime\":\"2026-01-01T10:00:00Z\",\"endTime\":\"2026-01-01T11:00:00Z\","
                + "\"actionItems\":[{\"summary\":\"add alert\"}]}");
        assertTrue(r.problems().toString(), r.isOk());
        assertEquals(PostMortem.CURRENT_SCHEMA_VERSION, r.get().getSchemaVersion());
        assertEquals(OffsetDateTime.parse("2026-01-01T11:00:00Z"), r.get().getTimes().getResolved());
        assertEquals("add alert", r.get().getCountermeasures().get(0).getSummary());
    }

    @Test
    public void read_shouldRefuseANewerSchemaVersion() {
        ReadResult r = codec.readJson("{\"schemaVersion\":99}");
        assertFalse(r.isOk());
        assertEquals("schemaVersion", r.problems().get(0).path());
    }

    @Test
    public void read_shouldReportMalformedJsonWithItsLine() {
        ReadResult r = codec.readJson("{\n\"title\": \"x\",\n}");
        assertFalse(r.isOk());
        assertTrue(r.problems().get(0).message(), r.problems().get(0).message().contains("line 3"));
    }

    @Test
    public void readYaml_shouldReadTheSameDocument() {
        ReadResult r = codec.readYaml("schemaVersion: 2\ntitle: Checkout outage\nseverity: SEV2\n");
        assertTrue(r.problems().toString(), r.isOk());
        assertEquals("Checkout outage", r.get().getTitle());
    }
}
