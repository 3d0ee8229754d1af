package io.postmortems.bench;

import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.fake.FakeConfluence;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One request, many times: the {@code GET} of an unchanged re-publish (a page with its expansions and hash
 * property, ~2 KB of JSON) sent to the tests' {@link FakeConfluence} over HTTP on 127.0.0.1 by this project's
 * {@link HttpClientTransport} (the JDK's {@code java.net.http} client), by Apache HttpClient 4 (what the peer of
 * {@link PeerComparison} sends with, blocking in the caller's thread), and answered in process (no HTTP: the fake's
 * own work). Requests alternate between the two clients, each keeping its connection; prints the latency of each
 * per round of {@value #REQUESTS} requests. The last round is the warm one.
 *
 * <p>{@code java -cp target/postmortems-benchmarks.jar io.postmortems.bench.TransportLatency}
 */
public final class TransportLatency {
    private static final int REQUESTS = 3000;
    private static final int ROUNDS = 4;

    private TransportLatency() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeConfluence fake = FakeConfluence.start("OPS");
             CloseableHttpClient apache = HttpClients.createDefault()) {
            String root = fake.createPage("OPS", "Post-mortems", null, "<p>root</p>");
            String id = fake.createPage("OPS", "INC-1 Incident", root, "<p>" + "x".repeat(4000) + "</p>");
            fake.addLabel(id, "postmortem");
            String expand = "version,ancestors,space,metadata.labels,metadata.properties.postmortems-content-hash";
            ConfluenceRequest request = ConfluenceRequest.get("/rest/api/content/" + id, Map.of("expand", expand));
            String url = fake.baseUrl() + "/rest/api/content/" + id + "?expand="
                    + URLEncoder.encode(expand, StandardCharsets.UTF_8);
            ConfluenceTransport ours = new HttpClientTransport(fake.baseUrl(), FakeConfluence.TOKEN);
            ConfluenceTransport inProcess = fake.transport();
            for (int round = 1; round <= ROUNDS; round++) {
                long[] jdk = new long[REQUESTS];
                long[] peer = new long[REQUESTS];
                long[] local = new long[REQUESTS];
                for (int i = 0; i < REQUESTS; i++) {
                    jdk[i] = timed(ours, request);
                    long start = System.nanoTime();
                    HttpGet get = new HttpGet(url);
                    get.setHeader("Authorization", "Bearer " + FakeConfluence.TOKEN);
                    get.setHeader("Accept", "application/json");
                    try (CloseableHttpResponse response = apache.execute(get)) {
                        if (response.getStatusLine().getStatusCode() != 200) {
                            throw new IllegalStateException("the fake answered " + response.getStatusLine());
                        }
                        EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                    }
                    peer[i] = System.nanoTime() - start;
                    local[i] = timed(inProcess, request);
                }
                System.out.printf(Locale.ROOT, "round %d of %d requests each:%n", round, REQUESTS);
                print("HttpClientTransport (java.net.http)", jdk);
                print("Apache HttpClient 4 (the peer's)", peer);
                print("in process (no HTTP)", local);
            }
        }
    }

    private static long timed(ConfluenceTransport transport, ConfluenceRequest request) throws IOException {
        long start = System.nanoTime();
        ConfluenceResponse response = transport.execute(request);
        if (response.status() != 200) {
            throw new IllegalStateException("the fake answered " + response.status());
        }
        return System.nanoTime() - start;
    }

    private static void print(String who, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-36s mean %4.0f µs, median %4d µs, 90th %5d µs%n", who,
                Arrays.stream(sorted).average().orElse(0) / 1e3, sorted[sorted.length / 2] / 1000,
                sorted[sorted.length * 9 / 10] / 1000);
    }
}
