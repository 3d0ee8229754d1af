package io.postmortems.publishing.confluence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Talks to Confluence Data Center over HTTP(S) with a personal access token ({@code Authorization: Bearer}).
 * Used by the command line; inside Jira the application link provides its own {@link ConfluenceTransport}.
 * The token is sent only in the header: never logged, never part of {@link #toString()} or of any message.
 */
public final class HttpClientTransport implements ConfluenceTransport {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final String authorization;
    private final Duration requestTimeout;
    private final HttpClient http;

    public HttpClientTransport(String baseUrl, String token) {
        this(baseUrl, token, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * @param baseUrl        Confluence's base URL, e.g. {@code https://confluence.example.com} or
     *                       {@code https://example.com/confluence}
     * @param token          personal access token
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for each answer
     */
    public HttpClientTransport(String baseUrl, String token, Duration connectTimeout, Duration requestTimeout) {
        this.baseUrl = normaliseBaseUrl(baseUrl);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a Confluence personal access token is required");
        }
        if (token.strip().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("the Confluence token contains characters a token cannot hold");
        }
        this.authorization = "Bearer " + token.strip();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static String normaliseBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("the Confluence URL is required");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the Confluence URL '" + Excerpts.safe(baseUrl, 80)
                    + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the Confluence URL must start with http:// or https:// and name a"
                    + " host, e.g. https://confluence.example.com");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("the Confluence URL must not hold user, query or fragment parts");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public ConfluenceResponse execute(ConfluenceRequest request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request))
                .timeout(requestTimeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        String method = request.method().toUpperCase(Locale.ROOT);
        if (request.jsonBody() != null) {
            builder.header("Content-Type", "application/json; charset=UTF-8");
            builder.method(method, HttpRequest.BodyPublishers.ofString(request.jsonBody(), StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Confluence");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new ConfluenceResponse(response.statusCode(), headers, response.body());
    }

    URI uri(ConfluenceRequest request) {
        String path = request.path();
        if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("//")
                || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("not a Confluence REST path: " + Excerpts.safe(path, 80));
        }
        StringBuilder sb = new StringBuilder(baseUrl).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : request.query().entrySet()) {
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return URI.create(sb.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "HttpClientTransport[" + baseUrl + "]";
    }
}
