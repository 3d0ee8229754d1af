package io.postmortems.publishing.confluence;

import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class HttpClientTransportTest {
    private HttpServer server;
    private final AtomicReference<String> auth = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> rawQuery = new AtomicReference<>();
    private final AtomicReference<String> upgrade = new AtomicReference<>();
    /** Per request: the client's port, its Connection and Expect headers. */
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Before
    public void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wiki/", exchange -> {
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            rawQuery.set(exchange.getRequestURI().getRawQuery());
            upgrade.set(exchange.getRequestHeaders().getFirst("Upgrade"));
            seen.add(exchange.getRemoteAddress().getPort() + " " + exchange.getRequestHeaders().getFirst("Connection")
                    + " " + exchange.getRequestHeaders().getFirst("Expect"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "3");
            exchange.sendResponseHeaders(201, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @After
    public void tearDown() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wiki/";
    }

    @Test
    public void execute_shouldSendTheTokenAsBearerAndJson() throws IOException {
        HttpClientTransport transport = new HttpClientTransport(base(), "pat-123");

        ConfluenceResponse response = transport.execute(new ConfluenceRequest("POST", "/rest/api/content",
                Map.of(), "{\"title\":\"Ü\"}"));

        assertEquals(201, response.status());
        assertEquals("{\"ok\":true}", response.body());
        assertEquals("3", response.header("Retry-After").orElseThrow());
        assertEquals("Bearer pat-123", auth.get());
        assertTrue(contentType.get(), contentType.get().startsWith("application/json"));
        assertEquals("{\"title\":\"Ü\"}", body.get());
    }

    @Test
    public void execute_shouldEncodeQueryValues() throws IOException {
        HttpClientTransport transport = new HttpClientTransport(base(), "pat-123");
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("title", "INC-1 Checkout & co = 100%");
        query.put("spaceKey", "OPS");

        transport.execute(ConfluenceRequest.get("/rest/api/content", query));

        assertEquals("title=INC-1%20Checkout%20%26%20co%20%3D%20100%25&spaceKey=OPS", rawQuery.get());
    }

    @Test
    public void client_shouldSetUpNoTlsAndSpeakHttp11ForAPlainHttpUrl() throws Exception {
        HttpClientTransport transport = new HttpClientTransport(base(), "t");

        assertEquals(HttpClient.Version.HTTP_1_1, transport.client().version());
        assertNotSame("the default TLS context (trust store) is not loaded", SSLContext.getDefault(),
                transport.client().sslContext());
        assertEquals(201, transport.execute(new ConfluenceRequest("GET", "/rest/api/space", Map.of(), null))
                .status());
        assertNull("no h2c upgrade is offered", upgrade.get());
    }

    @Test
    public void execute_shouldKeepOneConnectionWithoutCloseOrExpectContinue() throws IOException {
        HttpClientTransport transport = new HttpClientTransport(base(), "t");

        for (int i = 0; i < 20; i++) {
            transport.execute(i % 2 == 0 ? ConfluenceRequest.get("/rest/api/content/1", Map.of())
                    : new ConfluenceRequest("PUT", "/rest/api/content/1", Map.of(), "{\"title\":\"T\"}"));
        }

        assertEquals(20, seen.size());
        assertEquals("one kept-alive connection, no 'Connection: close', no 'Expect: 100-continue': " + seen, 1,
                seen.stream().distinct().count());
        assertTrue(seen.get(0), seen.get(0).endsWith(" null null"));
    }

    @Test
    public void client_shouldKeepTheJdkDefaultsForAnHttpsUrl() throws Exception {
        HttpClientTransport transport = new HttpClientTransport("https://confluence.example.com", "t");

        assertEquals(HttpClient.Version.HTTP_2, transport.client().version());
        assertSame(SSLContext.getDefault(), transport.client().sslContext());
    }

    @Test
    public void baseUrl_shouldDropTheTrailingSlashAndKeepTheContextPath() {
        assertEquals("https://example.com/confluence",
                new HttpClientTransport("https://example.com/confluence/", "t").baseUrl());
    }

    @Test
    public void constructor_shouldRejectBadUrlsAndMissingTokensWithClearMessages() {
        assertEquals("the Confluence URL must start with http:// or https:// and name a host, e.g."
                        + " https://confluence.example.com",
                assertThrows(IllegalArgumentException.class, () -> new HttpClientTransport("ftp://x", "t"))
                        .getMessage());
        assertEquals("a Confluence personal access token is required",
                assertThrows(IllegalArgumentException.class, () -> new HttpClientTransport(base(), " "))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HttpClientTransport("https://u:p@x.com", "t"));
    }

    @Test
    public void toString_shouldNeverShowTheToken() {
        HttpClientTransport transport = new HttpClientTransport(base(), "secret-pat-987");
        assertFalse(transport.toString().contains("secret-pat-987"));
        assertTrue(transport.toString().contains("127.0.0.1"));
    }

    @Test
    public void uri_shouldRefusePathsThatLeaveTheApi() {
        HttpClientTransport transport = new HttpClientTransport(base(), "t");
        assertThrows(IllegalArgumentException.class,
                () -> transport.uri(ConfluenceRequest.get("/rest/api/../../admin", Map.of())));
        assertThrows(IllegalArgumentException.class,
                () -> transport.uri(ConfluenceRequest.get("http://evil/x", Map.of())));
        assertEquals(URI.create(transport.baseUrl() + "/rest/api/content/1"),
                transport.uri(ConfluenceRequest.get("/rest/api/content/1", Map.of())));
    }

    @Test
    public void execute_shouldThrowIOExceptionWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpClientTransport transport = new HttpClientTransport("http://127.0.0.1:" + port, "secret-pat-987",
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        IOException e = assertThrows(IOException.class,
                () -> transport.execute(ConfluenceRequest.get("/rest/api/content", Map.of())));
        assertFalse(String.valueOf(e.getMessage()).contains("secret-pat-987"));
    }

    @Test
    public void uri_shouldPercentEncodeALabelNameInTheQuery() {
        HttpClientTransport transport = new HttpClientTransport(base(), "t");

        URI uri = transport.uri(new ConfluenceRequest("DELETE", "/rest/api/content/7/label",
                Map.of("name", "team/sre caf\u00e9+50%&x=y#\u65e5"), null));

        assertEquals(transport.baseUrl() + "/rest/api/content/7/label?name="
                + "team%2Fsre%20caf%C3%A9%2B50%25%26x%3Dy%23%E6%97%A5", uri.toString());
        assertEquals("team/sre caf\u00e9+50%&x=y#\u65e5", uri.getQuery().substring("name=".length()));
    }
}
