package io.postmortems.publishing.confluence;

import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

public class ConfluenceClientTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ConfluenceTransport transport;

    private final List<Duration> sleeps = new ArrayList<>();

    private ConfluenceClient client() {
        when(transport.baseUrl()).thenReturn("https://wiki.example.com");
        return new ConfluenceClient(transport, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofSeconds(30), sleeps::add, Clock.systemUTC(), new Random(3)));
    }

    private static ConfluenceResponse answer(int status, String body) {
        return new ConfluenceResponse(status, Map.of(), body);
    }

    private static final String PAGE = "{\"id\":\"42\",\"type\":\"page\",\"status\":\"current\",\"title\":\"T\","
            + "\"space\":{\"key\":\"OPS\"},\"version\":{\"number\":3},"
            + "\"ancestors\":[{\"id\":\"1\"},{\"id\":\"7\"}],"
            + "\"metadata\":{\"labels\":{\"results\":[{\"prefix\":\"global\",\"name\":\"postmortem\"}]}},"
            + "\"_links\":{\"base\":\"https://wiki.example.com\",\"webui\":\"/display/OPS/T\"}}";

    @Test
    public void findById_shouldMapThePage() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE));

        ContentPage page = client().findById("42").orElseThrow();

        assertEquals("42", page.id());
        assertEquals(3, page.version());
        assertEquals("OPS", page.spaceKey());
        assertEquals(List.of("1", "7"), page.ancestorIds());
        assertEquals("7", page.parentId());
        assertTrue(page.labels().contains("postmortem"));
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=42", page.webUrl());
        ArgumentCaptor<ConfluenceRequest> sent = ArgumentCaptor.forClass(ConfluenceRequest.class);
        verify(transport).execute(sent.capture());
        assertEquals("/rest/api/content/42", sent.getValue().path());
        assertTrue(sent.getValue().query().get("expand").contains("ancestors"));
    }

    @Test
    public void findById_shouldNotCallConfluenceForAnIdThatIsNotOne() throws IOException {
        ConfluenceClient client = client();
        assertTrue(client.findById("../../admin").isEmpty());
        assertTrue(client.findById(null).isEmpty());
        verify(transport, never()).execute(any());
        assertEquals(0, client.restCalls());
    }

    @Test
    public void update_shouldSendTheNextVersionWithAMessage() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE.replace("\"number\":3", "\"number\":4")));
        ContentPage current = new ContentPage("42", "T", "OPS", 3, List.of(), java.util.Set.of(), "u");

        ContentPage updated = client().update(current, "T2", "<p/>", "Updated from INC-1", "9");

        assertEquals(4, updated.version());
        ArgumentCaptor<ConfluenceRequest> sent = ArgumentCaptor.forClass(ConfluenceRequest.class);
        verify(transport).execute(sent.capture());
        assertEquals("PUT", sent.getValue().method());
        String json = sent.getValue().jsonBody();
        assertTrue(json, json.contains("\"version\":{\"number\":4,\"message\":\"Updated from INC-1\"}"));
        assertTrue(json, json.contains("\"ancestors\":[{\"id\":\"9\"}]"));
        assertTrue(json, json.contains("\"representation\":\"storage\""));
    }

    @Test
    public void send_shouldRetryTransientFaultsThenSucceed() throws IOException {
        when(transport.execute(any())).thenThrow(new HttpTimeoutException("timed out"))
                .thenReturn(answer(503, "busy")).thenReturn(answer(200, PAGE));
        ConfluenceClient client = client();

        assertTrue(client.findById("42").isPresent());

        assertEquals(3, client.restCalls());
        assertEquals(2, sleeps.size());
    }

    @Test
    public void send_shouldFailAtOnceOnRefusedCredentials() throws IOException {
        when(transport.execute(any())).thenReturn(answer(403, "{\"message\":\"Not permitted\"}"));
        ConfluenceClient client = client();

        ConfluenceException.Refused e = assertThrows(ConfluenceException.Refused.class,
                () -> client.create("OPS", "T", null, "<p/>"));

        assertTrue(e.getMessage(), e.getMessage().startsWith("Confluence refused the credentials (HTTP 403"));
        assertTrue(e.getMessage(), e.getMessage().contains("check the token / application link"));
        assertEquals(1, client.restCalls());
    }

    @Test
    public void create_shouldRecogniseADuplicateTitle() throws IOException {
        when(transport.execute(any())).thenReturn(answer(400, "{\"statusCode\":400,\"message\":\"A page with this"
                + " title already exists: A page already exists with the title T in the space with key OPS\"}"));

        assertThrows(ConfluenceException.DuplicateTitle.class, () -> client().create("OPS", "T", "1", "<p/>"));
    }

    @Test
    public void failure_shouldQuoteOnlyAShortEscapedExcerptOfTheAnswer() throws IOException {
        String evil = "<html><script>alert(1)</script>" + "x".repeat(5000) + "</html>";
        when(transport.execute(any())).thenReturn(answer(413, evil));

        ConfluenceException e = assertThrows(ConfluenceException.class,
                () -> client().create("OPS", "T", null, "<p/>"));

        assertTrue(e.getMessage(), e.getMessage().startsWith("Confluence rejected creating page 'T' in space OPS"
                + " (HTTP 413): "));
        assertFalse(e.getMessage(), e.getMessage().contains("<"));
        assertTrue(e.getMessage(), e.getMessage().length() < 300);
        assertTrue(e.getMessage(), e.getMessage().endsWith("..."));
    }

    @Test
    public void parse_shouldExplainAnAnswerThatIsNotJson() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, "<html>login</html>"));

        ConfluenceException e = assertThrows(ConfluenceException.class, () -> client().findById("42"));

        assertTrue(e.getMessage(), e.getMessage().contains("check that the Confluence URL points at Confluence"));
    }

    @Test
    public void findByTitle_shouldEncodeNothingItselfAndIgnoreOtherTitles() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, "{\"results\":[" + PAGE.replace("\"T\"", "\"t\"")
                + "],\"size\":1}"));

        assertTrue("titles match exactly", client().findByTitle("OPS", "T").isEmpty());

        ArgumentCaptor<ConfluenceRequest> sent = ArgumentCaptor.forClass(ConfluenceRequest.class);
        verify(transport).execute(sent.capture());
        assertEquals("T", sent.getValue().query().get("title"));
        assertEquals("page", sent.getValue().query().get("type"));
    }

    private static final String PAGE_WITH_PROPERTY = PAGE.replace("\"metadata\":{", "\"metadata\":{\"properties\":"
            + "{\"pm-hash\":{\"key\":\"pm-hash\",\"value\":{\"hash\":\"h1\",\"labels\":[\"a\"]},"
            + "\"version\":{\"number\":5}}},");

    @Test
    public void findByIdWithProperty_shouldReadThePropertyFromTheExpansionInOneCall() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE_WITH_PROPERTY));
        ConfluenceClient client = client();

        PageWithProperty read = client.findByIdWithProperty("42", "pm-hash").orElseThrow();

        assertEquals("42", read.page().id());
        assertEquals(java.util.Set.of("postmortem"), read.page().labels());
        ContentProperty property = read.property().orElseThrow();
        assertEquals("h1", property.value().path("hash").asText());
        assertEquals(5, property.version());
        assertEquals(1, client.restCalls());
        ArgumentCaptor<ConfluenceRequest> sent = ArgumentCaptor.forClass(ConfluenceRequest.class);
        verify(transport).execute(sent.capture());
        assertEquals("version,ancestors,space,metadata.labels,metadata.properties.pm-hash",
                sent.getValue().query().get("expand"));
    }

    @Test
    public void findByIdWithProperty_shouldBeEmptyWhenTheExpandedPropertiesLackTheKey() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE.replace("\"metadata\":{",
                "\"metadata\":{\"properties\":{\"_expandable\":{}},")));
        ConfluenceClient client = client();

        PageWithProperty read = client.findByIdWithProperty("42", "pm-hash").orElseThrow();

        assertTrue(read.property().isEmpty());
        assertEquals(1, client.restCalls());
    }

    @Test
    public void findByIdWithProperty_shouldReadThePropertyAloneWhenTheExpansionIsIgnored() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE))
                .thenReturn(answer(200, "{\"key\":\"pm-hash\",\"value\":{\"hash\":\"h2\"},\"version\":{\"number\":2}}"));
        ConfluenceClient client = client();

        PageWithProperty read = client.findByIdWithProperty("42", "pm-hash").orElseThrow();

        assertEquals("h2", read.property().orElseThrow().value().path("hash").asText());
        assertEquals(2, read.property().orElseThrow().version());
        assertEquals(2, client.restCalls());
    }

    @Test
    public void findByIdWithProperty_shouldMarkAnExpandedPropertyWithoutVersionAsUnknown() throws IOException {
        when(transport.execute(any())).thenReturn(answer(200, PAGE_WITH_PROPERTY.replace(
                ",\"version\":{\"number\":5}", "")));

        ContentProperty property = client().findByIdWithProperty("42", "pm-hash").orElseThrow().property()
                .orElseThrow();

        assertFalse(property.hasVersion());
    }

    @Test
    public void removeLabel_shouldSendTheNameAsAQueryParameter() throws IOException {
        when(transport.execute(any())).thenReturn(answer(204, ""));

        client().removeLabel("42", "team/sre caf\u00e9");

        ArgumentCaptor<ConfluenceRequest> sent = ArgumentCaptor.forClass(ConfluenceRequest.class);
        verify(transport).execute(sent.capture());
        assertEquals("DELETE", sent.getValue().method());
        assertEquals("/rest/api/content/42/label", sent.getValue().path());
        assertEquals(Map.of("name", "team/sre caf\u00e9"), sent.getValue().query());
        assertEquals(null, sent.getValue().jsonBody());
    }

    @Test
    public void removeLabel_shouldTreatALabelThatIsGoneAsRemoved() throws IOException {
        when(transport.execute(any())).thenReturn(answer(404, "{\"message\":\"not found\"}"));
        ConfluenceClient client = client();

        client.removeLabel("42", "gone");

        assertEquals(1, client.restCalls());
    }

    @Test
    public void removeLabel_shouldFailClearlyWhenRefused() throws IOException {
        when(transport.execute(any())).thenReturn(answer(403, "{\"message\":\"no\"}"));

        ConfluenceException e = assertThrows(ConfluenceException.class, () -> client().removeLabel("42", "x<y"));

        assertTrue(e.getMessage(), e.getMessage().contains("removing label"));
        assertTrue(e.getMessage(), e.getMessage().contains("HTTP 403"));
        assertFalse(e.getMessage(), e.getMessage().contains("<"));
    }
}
