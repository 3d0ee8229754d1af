package io.postmortems.publishing.confluence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One REST call, relative to Confluence's base URL.
 *
 * @param method   GET, POST, PUT or DELETE
 * @param path     e.g. {@code /rest/api/content/123}, already URL-safe
 * @param query    query parameters, not yet encoded
 * @param jsonBody request body as JSON, or null
 */
public record ConfluenceRequest(String method, String path, Map<String, String> query, String jsonBody) {
    public ConfluenceRequest {
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static ConfluenceRequest get(String path, Map<String, String> query) {
        return new ConfluenceRequest("GET", path, query, null);
    }
}
