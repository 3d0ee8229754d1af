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
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

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
        this.http = client(this.baseUrl, Objects.requireNonNull(connectTimeout, "connectTimeout"));
    }

    /**
     * For {@code https://} the JDK's defaults (its trust store, HTTP/2 by ALPN). For plain {@code http://} no TLS is
     * set up -- the default context would load the trust store for nothing -- and HTTP/1.1 is spoken directly instead
     * of offering an h2c upgrade on the first request. Redirects are never followed, so this client cannot reach an
     * https URL; should it try, its context trusts no certificate.
     */
    private static HttpClient client(String baseUrl, Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (baseUrl.regionMatches(true, 0, "http:", 0, 5)) {
            builder.version(HttpClient.Version.HTTP_1_1).sslContext(trustingNothing())
                    .sslParameters(new SSLParameters());
        }
        return builder.build();
    }

    private static SSLContext trustingNothing() {
        X509TrustManager none = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("this client speaks plain http only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("this client speaks plain http only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[] {none}, null);
            return context;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException("the JDK offers no TLS context", e);
        }
    }

    /** The client this transport sends with (tests look at its TLS and version settings). */
    HttpClient client() {
        return http;
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
