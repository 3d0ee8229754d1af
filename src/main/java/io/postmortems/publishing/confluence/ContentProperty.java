package io.postmortems.publishing.confluence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A content property: a small JSON value Confluence keeps with a page.
 *
 * @param key     property key
 * @param value   property value
 * @param version property version (the next write sends version + 1); 0 when Confluence did not say (an
 *                expanded property without its version), so it must be read again before an update
 */
public record ContentProperty(String key, JsonNode value, int version) {
    /** True if the version is known, so an update can send {@code version + 1}. */
    public boolean hasVersion() {
        return version > 0;
    }
}
