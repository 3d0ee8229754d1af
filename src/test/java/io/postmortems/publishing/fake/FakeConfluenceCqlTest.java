package io.postmortems.publishing.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.confluence.TitleSearch;
import org.junit.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The batched title search against the fake, and the fake's CQL and child-page answers (as Confluence's). */
public class FakeConfluenceCqlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeConfluence fake = FakeConfluence.inProcess("OPS");
    private final ConfluenceTransport transport = fake.transport();
    private final ConfluenceClient client = new ConfluenceClient(transport, RetryPolicy.standard());

    @Test
    public void findByTitles_shouldFindExactTitlesInOneSearchAndReportTheRestAbsent() {
        String id = fake.createPage("OPS", "INC-1 Checkout down", null, "<p/>");
        fake.createPage("OPS", "INC-1 Checkout down again", null, "<p/>");
        fake.createPage("DEV", "Missing", null, "<p/>");
        fake.setProperty(id, "k", JSON.createObjectNode().put("hash", "abc"));

        TitleSearch search = client.findByTitles("OPS", List.of("INC-1 Checkout down", "Missing",
                "Say \"hi\""), "k");

        assertEquals(Set.of("INC-1 Checkout down"), search.pages().keySet());
        assertEquals(id, search.pages().get("INC-1 Checkout down").id());
        assertEquals("abc", search.properties().get("INC-1 Checkout down").orElseThrow().value().path("hash")
                .asText());
        assertEquals("a page in another space is not this space's", Set.of("Missing"), search.absent());
        assertFalse("a title that needs CQL escaping is neither found nor absent",
                search.absent().contains("Say \"hi\""));
        assertEquals(1, fake.calls().size());
    }

    @Test
    public void cqlSearch_shouldRefuseCqlTheFakeDoesNotUnderstand() throws IOException {
        for (String cql : List.of("title ~ \"down\"", "space = OPS or title = x", "space = OPS and", "",
                "title in (\"unterminated)")) {
            ConfluenceResponse response = transport.execute(ConfluenceRequest.get("/rest/api/content/search",
                    Map.of("cql", cql)));
            assertEquals(cql, 400, response.status());
        }
    }

    @Test
    public void childPages_shouldComeInPagesWithANextLinkWhileMoreFollow() throws IOException {
        String parent = fake.createPage("OPS", "Root", null, "<p/>");
        for (int i = 0; i < 3; i++) {
            fake.createPage("OPS", "Child " + i, parent, "<p/>");
        }
        String path = "/rest/api/content/" + parent + "/child/page";

        JsonNode first = JSON.readTree(transport.execute(ConfluenceRequest.get(path, Map.of("limit", "2")))
                .body());
        JsonNode rest = JSON.readTree(transport.execute(ConfluenceRequest.get(path, Map.of("limit", "2",
                "start", "2"))).body());

        assertEquals(2, first.path("size").asInt());
        assertTrue(first.path("_links").has("next"));
        assertEquals("Child 2", rest.path("results").get(0).path("title").asText());
        assertFalse(rest.path("_links").has("next"));
    }
}
