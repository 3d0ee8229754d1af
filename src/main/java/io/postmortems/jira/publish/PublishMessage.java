package io.postmortems.jira.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A publishing message as stored: an i18n key of {@code i18n/postmortems.properties}, its arguments (already text)
 * and optionally the message it wraps, which fills the argument after the last one. It is rendered in the viewer's
 * language by {@link PublishMessages} when shown, never stored rendered.
 *
 * @param key    i18n key, starting {@code postmortems.}
 * @param args   arguments {0}, {1}...; text from Confluence is passed as an argument, untranslated
 * @param detail wrapped message (e.g. the reason behind "gave up"), or null
 */
public record PublishMessage(String key, List<String> args, PublishMessage detail) {
    /** Key of a message that is literal text (legacy rows, or text with no key). */
    public static final String TEXT = "postmortems.publish.message.text";
    static final int MAX_STORED = AoPublishRequests.MAX_ERROR;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int[] ARG_CAPS = {200, 80, 30, 10};

    public PublishMessage {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static PublishMessage of(String key, Object... args) {
        return new PublishMessage(key, Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    /** Literal text shown as is (used only where no key exists, e.g. rows written by older versions). */
    public static PublishMessage text(String text) {
        return of(TEXT, text == null ? "" : text);
    }

    /** This message wrapping another one, which becomes the argument after this one's own. */
    public PublishMessage wrapping(PublishMessage reason) {
        return new PublishMessage(key, args, reason);
    }

    /** JSON for the outbox row, at most {@value #MAX_STORED} characters (long arguments are cut). */
    public String encode() {
        for (int cap : ARG_CAPS) {
            String json = toJson(this, cap).toString();
            if (json.length() <= MAX_STORED) {
                return json;
            }
        }
        return toJson(new PublishMessage(key, List.of(), null), 0).toString();
    }

    /** Reads what {@link #encode()} wrote; anything else (rows of older versions) is literal text. */
    public static PublishMessage decode(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("{")) {
            try {
                PublishMessage message = fromJson(JSON.readTree(stored));
                if (message != null) {
                    return message;
                }
            } catch (JsonProcessingException e) {
                // fall through: not ours
            }
        }
        return text(stored);
    }

    private static ObjectNode toJson(PublishMessage message, int cap) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", message.key);
        ArrayNode args = node.putArray("a");
        for (String arg : message.args) {
            args.add(cap > 0 && arg.length() > cap ? arg.substring(0, cap - 1) + "\u2026" : arg);
        }
        if (message.detail != null) {
            node.set("d", toJson(message.detail, cap));
        }
        return node;
    }

    private static PublishMessage fromJson(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("k").isTextual()
                || !node.path("k").asText().startsWith("postmortems.")) {
            return null;
        }
        List<String> args = new ArrayList<>();
        node.path("a").forEach(a -> args.add(a.asText()));
        PublishMessage detail = node.has("d") ? fromJson(node.get("d")) : null;
        return new PublishMessage(node.get("k").asText(), args, detail);
    }
}
