package io.postmortems.publishing.confluence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A content property: a small JSON value Confluence keeps with a page.
 *
 * @param key     property key
 * @param value   property value
 * @param version property version (the next write sends version + 1)
 */
public record ContentProperty(String key, JsonNode value, int version) {
}
