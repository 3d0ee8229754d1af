package io.postmortems.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PostMortem;

import java.util.ArrayDeque;
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
    /** Most services (each becomes a Confluence label, like the tags). */
    public static final int MAX_SERVICES = 50;
    /**
     * Longest severity, service or tag, in characters: each becomes a Confluence label, and the publisher records
     * the labels it set in one content property, which Confluence holds to 32 KB of JSON. With at most
     * {@value #MAX_SERVICES} services, {@value #MAX_TAGS} tags and three other labels of at most this many characters
     * (at most 3 UTF-8 bytes each, also after lower-casing), that record stays below 32 KB.
     */
    public static final int MAX_LABEL_TEXT_CHARS = 100;
    /** Most entries of any other list (services, lessons, related incidents...). */
    public static final int MAX_LIST_ENTRIES = 1_000;
    /** Most allowed terms of the external summary (each is compared with every word of the summary). */
    public static final int MAX_ALLOWED_TERMS = 100;
    /** Longest title: Jira's summary and Confluence's page title limit; the one title rule everywhere. */
    public static final int MAX_TITLE_CHARS = 255;

    /** At most this many unwritable texts are reported for one document. */
    private static final int MAX_REPORTED = 25;

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
        DOCUMENT,
        /** A text or field name carries a NUL character or half of a surrogate pair ({@link #isWritable}). */
        TEXT
    }

    /**
     * Whether a text may be stored: no NUL character (databases and XML refuse it, and a text of only NULs shows as
     * nothing) and no half of a UTF-16 surrogate pair (it cannot be encoded in UTF-8, so it would turn into
     * {@code ?} on its way to the database, Jira's index or Confluence). The one rule for every text a person writes:
     * document fields and field names on every save ({@link #check}), the CLI's and REST's reading
     * ({@link PostMortemCodec}), and every REST request body.
     */
    public static boolean isWritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The paths of texts and field names in {@code tree} that are not {@link #isWritable}, in document order, at most
     * {@code max}; {@code prefix} is put in front of each path (e.g. {@code document}). Iterative: a deep tree costs
     * no stack.
     */
    public static List<String> unwritableTexts(JsonNode tree, String prefix, int max) {
        List<String> found = new ArrayList<>();
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(prefix, tree, true));
        while (!pending.isEmpty() && found.size() < max) {
            Pending next = pending.pop();
            JsonNode node = next.node();
            if (!next.keyWritable() || node.isTextual() && !isWritable(node.textValue())) {
                found.add(next.path());
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(new Pending(next.path() + "[" + i + "]", node.get(i), true));
                }
            } else if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
                node.fields().forEachRemaining(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    String key = children.get(i).getKey();
                    String child = next.path().isEmpty() ? key : next.path() + "." + key;
                    pending.push(new Pending(child, children.get(i).getValue(), isWritable(key)));
                }
            }
        }
        return found;
    }

    private record Pending(String path, JsonNode node, boolean keyWritable) {
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
        count(breaches, "services", document.getServices().size(), MAX_SERVICES);
        if (document.getExternalSummary() != null) {
            count(breaches, "externalSummary.allowedTerms", document.getExternalSummary().getAllowedTerms().size(),
                    MAX_ALLOWED_TERMS);
        }
        labelText(breaches, "severity", document.getSeverity());
        labelTexts(breaches, "services", document.getServices());
        labelTexts(breaches, "tags", document.getTags());
        ObjectMapper mapper = codec.jsonMapper();
        JsonNode tree = mapper.valueToTree(document);
        walk(tree, "", breaches);
        for (String path : unwritableTexts(tree, "", MAX_REPORTED)) {
            breaches.add(new Breach(path, Kind.TEXT, 0, 0));
        }
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

    private static void labelTexts(List<Breach> breaches, String list, List<String> texts) {
        if (texts.size() > MAX_LIST_ENTRIES) {
            return; // reported as a count
        }
        for (int i = 0; i < texts.size(); i++) {
            labelText(breaches, list + "[" + i + "]", texts.get(i));
        }
    }

    private static void labelText(List<Breach> breaches, String path, String text) {
        if (text != null && text.length() > MAX_LABEL_TEXT_CHARS && text.length() <= MAX_FIELD_CHARS) {
            breaches.add(new Breach(path, Kind.FIELD, MAX_LABEL_TEXT_CHARS, text.length()));
        }
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
