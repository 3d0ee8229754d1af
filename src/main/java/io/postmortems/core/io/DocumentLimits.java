package io.postmortems.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one set of size limits for a post-mortem, measured on what is stored: the compact JSON of the whole resulting
 * document (field names, numbers and unknown fields count, not only text values). Every write path checks the
 * document it is about to store with {@link #check}, so whatever is written stays below what
 * {@link PostMortemCodec} reads back ({@link PostMortemCodec#MAX_DOCUMENT_CHARS}): a stored post-mortem is always
 * readable. The numbers are stated in the README's reliability section.
 */
public final class DocumentLimits {
    /** Longest single text (a value or a field name), in characters. */
    public static final int MAX_FIELD_CHARS = 100_000;
    /** Largest stored document: characters of its compact JSON. */
    public static final int MAX_STORED_CHARS = 2_000_000;
    /** Largest request body the REST layer reads (a document plus its envelope and any formatting). */
    public static final int MAX_REQUEST_CHARS = 2 * MAX_STORED_CHARS;
    /** Most timeline events. */
    public static final int MAX_EVENTS = 1_000;
    /** Most countermeasures (each may become a Jira ticket). */
    public static final int MAX_COUNTERMEASURES = 100;
    /** Most tags (each becomes a Confluence label). */
    public static final int MAX_TAGS = 50;
    /** Most entries of any other list (services, lessons, related incidents...). */
    public static final int MAX_LIST_ENTRIES = 1_000;
    /** Longest title: Jira's summary and Confluence's page title limit; the one title rule everywhere. */
    public static final int MAX_TITLE_CHARS = 255;

    private DocumentLimits() {
    }

    /** A limit a document breaks: the field's path ("" for the whole document), which limit, and its numbers. */
    public record Breach(String path, Kind kind, long limit, long actual) {
    }

    public enum Kind {
        /** One text or field name is longer than {@link #MAX_FIELD_CHARS}. */
        FIELD,
        /** A list has more entries than allowed. */
        COUNT,
        /** The whole stored form is larger than {@link #MAX_STORED_CHARS}. */
        DOCUMENT
    }

    /**
     * Every limit the document breaks, as it would be stored by {@code codec}; empty when it may be stored. Field and
     * list problems come first (they name what to shorten); the whole-document size is reported when nothing more
     * precise explains it.
     */
    public static List<Breach> check(PostMortem document, PostMortemCodec codec) {
        List<Breach> breaches = new ArrayList<>();
        count(breaches, "timeline", document.getTimeline().size(), MAX_EVENTS);
        count(breaches, "countermeasures", document.getCountermeasures().size(), MAX_COUNTERMEASURES);
        count(breaches, "tags", document.getTags().size(), MAX_TAGS);
        ObjectMapper mapper = codec.jsonMapper();
        JsonNode tree = mapper.valueToTree(document);
        walk(tree, "", breaches);
        if (breaches.isEmpty()) {
            long stored = codec.writeJson(document).length();
            if (stored > MAX_STORED_CHARS) {
                breaches.add(new Breach("", Kind.DOCUMENT, MAX_STORED_CHARS, stored));
            }
        }
        return breaches;
    }

    /** Whether a stored form is within the limit (the store's last guard; {@link #check} is what callers use). */
    public static boolean storable(String storedJson) {
        return storedJson.length() <= MAX_STORED_CHARS;
    }

    private static void count(List<Breach> breaches, String path, int size, int limit) {
        if (size > limit) {
            breaches.add(new Breach(path, Kind.COUNT, limit, size));
        }
    }

    private static void walk(JsonNode node, String path, List<Breach> breaches) {
        if (node.isTextual()) {
            field(breaches, path, node.textValue().length());
        } else if (node.isArray()) {
            if (node.size() > MAX_LIST_ENTRIES) {
                if (breaches.stream().noneMatch(b -> b.path().equals(path))) {
                    breaches.add(new Breach(path, Kind.COUNT, MAX_LIST_ENTRIES, node.size()));
                }
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", breaches);
            }
        } else if (node.isObject()) {
            if (node.size() > MAX_LIST_ENTRIES) {
                breaches.add(new Breach(path, Kind.COUNT, MAX_LIST_ENTRIES, node.size()));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().length() > MAX_FIELD_CHARS) {
                    breaches.add(new Breach(path.isEmpty() ? "" : path, Kind.FIELD, MAX_FIELD_CHARS,
                            field.getKey().length()));
                    continue;
                }
                walk(field.getValue(), child, breaches);
            }
        }
    }

    private static void field(List<Breach> breaches, String path, int length) {
        if (length > MAX_FIELD_CHARS) {
            breaches.add(new Breach(path, Kind.FIELD, MAX_FIELD_CHARS, length));
        }
    }
}
