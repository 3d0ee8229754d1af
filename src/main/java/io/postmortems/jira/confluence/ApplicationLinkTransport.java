package io.postmortems.jira.confluence;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ConfluenceTransport} over Jira's application link to Confluence, acting as the user the link's request
 * factory was made for (OAuth impersonation). Paths are sent relative, so the link's RPC URL is prefixed by applinks;
 * links shown to people use the link's display URL.
 */
public final class ApplicationLinkTransport implements ConfluenceTransport {
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int SOCKET_TIMEOUT_MS = 30_000;

    private final ApplicationLinkRequestFactory requests;
    private final String displayUrl;

    public ApplicationLinkTransport(ApplicationLinkRequestFactory requests, URI displayUrl) {
        this.requests = requests;
        String url = displayUrl == null ? "" : displayUrl.toString();
        this.displayUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public ConfluenceResponse execute(ConfluenceRequest request) throws IOException {
        Request.MethodType method = method(request.method());
        ApplicationLinkRequest call;
        try {
            call = requests.createRequest(method, relativeUrl(request));
        } catch (CredentialsRequiredException e) {
            throw new AuthorisationRequiredException(authorisationUri(e), e);
        }
        call.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        call.setSoTimeout(SOCKET_TIMEOUT_MS);
        call.setHeader("Accept", "application/json");
        call.setHeader("X-Atlassian-Token", "no-check");
        if (request.jsonBody() != null) {
            call.setRequestBody(request.jsonBody(), "application/json");
        }
        try {
            return call.execute(new Handler());
        } catch (ResponseException e) {
            throw new IOException("no answer from Confluence over the application link ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public String baseUrl() {
        return displayUrl;
    }

    /** The URI where the current user authorises the link, if the link's authentication has one. */
    URI authorisationUri() {
        return requests.getAuthorisationURI();
    }

    static String relativeUrl(ConfluenceRequest request) {
        String path = request.path().startsWith("/") ? request.path() : "/" + request.path();
        if (request.query().isEmpty()) {
            return path;
        }
        StringBuilder url = new StringBuilder(path).append(path.contains("?") ? '&' : '?');
        boolean first = true;
        for (Map.Entry<String, String> param : request.query().entrySet()) {
            if (!first) {
                url.append('&');
            }
            first = false;
            url.append(encode(param.getKey())).append('=').append(encode(param.getValue()));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Request.MethodType method(String method) throws IOException {
        try {
            return Request.MethodType.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("unsupported HTTP method " + method);
        }
    }

    private static URI authorisationUri(CredentialsRequiredException e) {
        try {
            return e.getAuthorisationURI();
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    private static ConfluenceResponse toResponse(Response response) throws ResponseException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, String> raw = response.getHeaders();
        if (raw != null) {
            raw.forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name.toLowerCase(Locale.ROOT), List.of(value));
                }
            });
        }
        return new ConfluenceResponse(response.getStatusCode(), headers, response.getResponseBodyAsString());
    }

    private static final class Handler implements ApplicationLinkResponseHandler<ConfluenceResponse> {
        @Override
        public ConfluenceResponse handle(Response response) throws ResponseException {
            return toResponse(response);
        }

        @Override
        public ConfluenceResponse credentialsRequired(Response response) throws ResponseException {
            // Confluence refused this user's token (expired or revoked): a 401 the caller maps to "authorise again".
            ConfluenceResponse answer = toResponse(response);
            return answer.status() == 401 ? answer : new ConfluenceResponse(401, answer.headers(), answer.body());
        }
    }

    /** The application link has no credentials for the current user; the message names the fix. */
    public static final class AuthorisationRequiredException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient URI authorisationUri;

        AuthorisationRequiredException(URI authorisationUri, Throwable cause) {
            super("the application link to Confluence is not authorised for this user", cause);
            this.authorisationUri = authorisationUri;
        }

        /** Where the user authorises the link, or null when the link offers none. */
        public URI authorisationUri() {
            return authorisationUri;
        }
    }
}
