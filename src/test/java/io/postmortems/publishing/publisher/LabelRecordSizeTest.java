package io.postmortems.publishing.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.render.StorageFormatRenderer;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static io.postmortems.publishing.fake.PublishingFixture.target;
import static io.postmortems.publishing.publisher.ConfluencePublisher.HASH_PROPERTY;
import static io.postmortems.publishing.publisher.LabelLedger.FIELD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Suspicion S1 of issue #10: many tags pushing the label record past Confluence's content-property size limit. The
 * publisher records the labels it set in the content property {@value ConfluencePublisher#HASH_PROPERTY}, and
 * Confluence Data Center holds a content property to 32 KB of JSON (Atlassian, "Content Properties in the REST API":
 * "Content properties allow to store up to 32 KB of JSON with each piece of content"). Confirmed: services and tags
 * both become labels, and 1,000 services or 50 tags of 255 three-byte characters made a record of far more than
 * 32 KB. Closed by {@link DocumentLimits}: at most {@value DocumentLimits#MAX_SERVICES} services and
 * {@value DocumentLimits#MAX_TAGS} tags, each (and the severity) at most {@value DocumentLimits#MAX_LABEL_TEXT_CHARS}
 * characters.
 */
public class LabelRecordSizeTest {
    /** Confluence's limit for one content property value, in bytes (read as UTF-8, the wire encoding). */
    static final int CONFLUENCE_PROPERTY_LIMIT = 32 * 1024;

    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    /** {@code n} copies of one character that takes three bytes in UTF-8 and survives the label clean-up. */
    private static String wide(int first, int n) {
        return String.valueOf((char) first).repeat(n);
    }

    /** The largest label record a document the limits accept can make: every label as long as allowed, all distinct. */
    private static PostMortem largest() {
        PostMortem d = doc("INC-90", "Label record at its limit");
        d.setSeverity(wide(0x6000, DocumentLimits.MAX_LABEL_TEXT_CHARS));
        d.getServices().clear();
        for (int i = 0; i < DocumentLimits.MAX_SERVICES; i++) {
            d.getServices().add(wide(0x4E00 + i, DocumentLimits.MAX_LABEL_TEXT_CHARS));
        }
        for (int i = 0; i < DocumentLimits.MAX_TAGS; i++) {
            // U+0130 lower-cases to two characters (i and a combining dot, 3 bytes): the widest a character gets
            d.getTags().add(i % 2 == 0 ? wide(0x5000 + i, DocumentLimits.MAX_LABEL_TEXT_CHARS)
                    : wide(0x5000 + i, 1) + "\u0130".repeat(DocumentLimits.MAX_LABEL_TEXT_CHARS - 1));
        }
        return d;
    }

    @Test
    public void publish_shouldKeepTheLargestLabelRecordUnderConfluencesPropertyLimit() throws Exception {
        PostMortem d = largest();
        assertEquals("the limits accept it", List.of(), DocumentLimits.check(d, fx.codec));
        ConfluencePublisher publisher = new ConfluencePublisher(fx.transport, new StorageFormatRenderer(), fx.retry,
                fx.clock);

        PublishOutcome outcome = publisher.publish(d, target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), PublishOutcome.Result.PUBLISHED, outcome.result());
        JsonNode record = fx.fake.page(outcome.page().getPageId()).orElseThrow().properties().get(HASH_PROPERTY);
        assertEquals("every label recorded: postmortem, severity, services, tags",
                1 + 1 + DocumentLimits.MAX_SERVICES + DocumentLimits.MAX_TAGS, record.path(FIELD).size());
        int bytes = fx.codec.jsonMapper().writeValueAsBytes(record).length;
        assertTrue(bytes + " bytes", bytes <= CONFLUENCE_PROPERTY_LIMIT);
        assertTrue("the test is at the edge, not far below it: " + bytes, bytes > CONFLUENCE_PROPERTY_LIMIT * 3 / 4);
    }

    @Test
    public void check_shouldRefuseMoreLabelsOrLongerLabelTextsThanTheRecordHolds() {
        PostMortem d = largest();
        d.getServices().add("one-more");
        d.getTags().set(3, d.getTags().get(3) + "x");
        d.setSeverity(d.getSeverity() + "x");
        List<DocumentLimits.Breach> breaches = DocumentLimits.check(d, fx.codec);
        assertEquals(List.of("services", "severity", "tags[3]"),
                breaches.stream().map(DocumentLimits.Breach::path).sorted().toList());
    }
}
