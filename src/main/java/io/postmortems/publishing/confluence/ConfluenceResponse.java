package io.postmortems.publishing.confluence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Confluence's answer: status, headers (names lower-case) and body text. */
public record ConfluenceResponse(int status, Map<String, List<String>> headers, String body) {
    public ConfluenceResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
