package io.postmortems.jira.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.io.PostMortemCodec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Bounds what one save may store, so a pasted log file cannot bloat the database row, the issue page or the
 * Confluence page: each text at most {@link #MAX_FIELD_CHARS} characters, all text together at most
 * {@link #MAX_TOTAL_CHARS}. Problems name the field ({@code rootCause.description}, {@code timeline[3].text}).
 */
final class TextLimits {
    static final int MAX_FIELD_CHARS = 100_000;
    static final int MAX_TOTAL_CHARS = 2_000_000;
    private static final ObjectMapper MAPPER = new PostMortemCodec().jsonMapper();

    private TextLimits() {
    }

    static List<FieldError> check(Object value, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        long total = walk(MAPPER.valueToTree(value), prefix, errors);
        if (errors.isEmpty() && total > MAX_TOTAL_CHARS) {
            errors.add(FieldError.of(prefix.isEmpty() ? "document" : prefix, "postmortems.error.document.tooLong",
                    MAX_TOTAL_CHARS));
        }
        return errors;
    }

    private static long walk(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual()) {
            int length = node.textValue().length();
            if (length > MAX_FIELD_CHARS) {
                errors.add(FieldError.of(path, "postmortems.error.field.tooLong", MAX_FIELD_CHARS, length));
            }
            return length;
        }
        long total = 0;
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                total += walk(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                total += walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), errors);
            }
        }
        return total;
    }
}
