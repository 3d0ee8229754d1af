package io.postmortems.core.io;

import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The external summary is read strictly, written back unchanged, and left out while absent. */
public class ExternalSummaryCodecTest {
    private final PostMortemCodec codec = new PostMortemCodec();

    @Test
    public void roundTrip_shouldKeepEveryPartOfTheExternalSummary() {
        ReadResult r = codec.readJson("""
                {"schemaVersion": 2, "title": "Checkout slow",
                 "externalSummary": {"whatHappened": "Payments were slow.", "impact": "Some orders waited.",
                                     "whatWeChanged": "We added capacity.", "allowedTerms": ["Checkout"]}}""");
        assertTrue(r.problems().toString(), r.isOk());
        ExternalSummary s = codec.readJson(codec.writeJson(r.get())).get().getExternalSummary();
        assertEquals("Payments were slow.", s.getWhatHappened());
        assertEquals("Some orders waited.", s.getImpact());
        assertEquals("We added capacity.", s.getWhatWeChanged());
        assertEquals(List.of("Checkout"), s.getAllowedTerms());
    }

    @Test
    public void write_shouldLeaveOutAnAbsentExternalSummary() {
        String json = "{\"schemaVersion\":2,\"title\":\"T\"}";
        PostMortem doc = codec.readJson(json).get();
        assertNull(doc.getExternalSummary());
        assertFalse(codec.writeJson(doc).contains("externalSummary"));
    }

    @Test
    public void read_shouldRefuseAnUnknownFieldInsideTheExternalSummary() {
        ReadResult r = codec.readJson("{\"externalSummary\": {\"whatHapened\": \"typo\"}}");
        assertFalse(r.isOk());
        assertEquals("externalSummary.whatHapened", r.problems().get(0).path());
    }

    @Test
    public void check_shouldCapTheAllowedTerms() {
        PostMortem doc = new PostMortem();
        ExternalSummary s = new ExternalSummary();
        s.setAllowedTerms(Collections.nCopies(DocumentLimits.MAX_ALLOWED_TERMS + 1, "x"));
        doc.setExternalSummary(s);
        List<DocumentLimits.Breach> breaches = DocumentLimits.check(doc, codec);
        assertEquals("externalSummary.allowedTerms", breaches.get(0).path());
        assertEquals(DocumentLimits.Kind.COUNT, breaches.get(0).kind());
    }

    @Test
    public void read_shouldTakeAnEmptiedExternalSummaryAsAbsent() {
        // what the panel sends when the author cleared every part
        ReadResult r = codec.readJson("""
                {"schemaVersion": 2, "title": "T",
                 "externalSummary": {"whatHappened": "", "impact": "  ", "whatWeChanged": null, "allowedTerms": []}}""");
        assertTrue(r.problems().toString(), r.isOk());
        assertNull(r.get().getExternalSummary());
        assertEquals(codec.writeJson(codec.readJson("{\"schemaVersion\":2,\"title\":\"T\"}").get()),
                codec.writeJson(r.get()));
    }

    @Test
    public void write_shouldLeaveOutAnEmptyExternalSummary() {
        PostMortem doc = new PostMortem();
        ExternalSummary s = new ExternalSummary();
        s.setWhatHappened(" ");
        doc.setExternalSummary(s);
        assertFalse(codec.writeJson(doc).contains("externalSummary"));
    }

    @Test
    public void read_shouldKeepASummaryThatStillHoldsAllowedTerms() {
        // the parts cleared but a term kept: the author's notes are not dropped behind their back
        ReadResult r = codec.readJson("""
                {"externalSummary": {"whatHappened": "", "allowedTerms": ["Checkout"]}}""");
        assertEquals(List.of("Checkout"), r.get().getExternalSummary().getAllowedTerms());
        assertTrue(codec.writeJson(r.get()).contains("\"allowedTerms\":[\"Checkout\"]"));
    }
}
