package io.postmortems.publishing.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed Confluence Data Center REST operations ({@code /rest/api/content}) over a {@link ConfluenceTransport}.
 * Requests go through a {@link RetryingTransport} (transient faults tried again under the {@link RetryPolicy});
 * every other failure becomes a {@link ConfluenceException} whose message is fit for a user. Counts every request
 * it sends. Safe for concurrent use.
 *
 * <p>REST forms used, and the Atlassian references behind them (DC 9.x / 10.x):
 * <ul>
 *   <li>labels: {@code POST /content/{id}/label}; removal always as {@code DELETE .../label?name=}, the form that
 *       also takes a {@code /} in the name (<a href="https://developer.atlassian.com/server/confluence/rest/v1000/api-group-content-labels/">
 *       content labels</a>); a label already gone (404) counts as removed;</li>
 *   <li>properties: {@code POST /content/{id}/property}, {@code GET}/{@code PUT .../property/{key}} with version
 *       + 1, else 409 (<a href="https://developer.atlassian.com/server/confluence/content-properties-in-the-rest-api/">
 *       content properties</a>);</li>
 *   <li>{@link #findByIdWithProperty} asks for the expansion {@code metadata.properties.<key>}, which the DC
 *       reference does not spell out, and falls back to a separate {@code GET} when the answer lacks
 *       {@code metadata.properties} (<a href="https://developer.atlassian.com/server/confluence/expansions-in-the-rest-api">
 *       expansions</a>).</li>
 * </ul>
 */
public final class ConfluenceClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_ID = Pattern.compile("\\d{1,19}");
    private static final Pattern PROPERTY_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    private static final String CONTENT = "/rest/api/content";
    private static final String PAGE_EXPAND = "version,ancestors,space,metadata.labels";
    /** Titles per CQL search, at most: one result each at most (titles are unique in a space), within the limit. */
    static final int CQL_TITLES_PER_SEARCH = 200;
    /** URL-encoded length of one search's CQL, at most: keeps the request line below Tomcat's default 8 KB. */
    static final int CQL_ENCODED_BUDGET = 6000;
    /** Results Confluence returns at most for a CQL search that expands anything but the body. */
    static final int CQL_SEARCH_LIMIT = 200;

    private final RetryingTransport sender;

    public ConfluenceClient(ConfluenceTransport transport, RetryPolicy retry) {
        this.sender = new RetryingTransport(transport, retry);
    }

    /** Requests sent so far, retries included. */
    public int restCalls() {
        return sender.calls();
    }

    public String baseUrl() {
        return sender.baseUrl();
    }

    /** True if {@code id} has the shape of a Confluence content id (digits), so it is safe in a path. */
    public static boolean isContentId(String id) {
        return id != null && CONTENT_ID.matcher(id).matches();
    }

    /** The page with this id, or empty if there is none (deleted, trashed, or never existed). */
    public Optional<ContentPage> findById(String id) {
        if (!isContentId(id)) {
            return Optional.empty();
        }
        String what = "reading page " + id;
        ConfluenceResponse response = send(ConfluenceRequest.get(CONTENT + "/" + id, Map.of("expand", PAGE_EXPAND)),
                what);
        if (response.status() == 404) {
            return Optional.empty();
        }
        JsonNode page = parseOk(response, what);
        return "page".equals(page.path("type").asText("page")) && isCurrent(page)
                ? Optional.of(toPage(page)) : Optional.empty();
    }

    /**
     * The page with this id and its content property {@code key}, in one request where Confluence expands
     * {@code metadata.properties.<key>}, else in two (see the class comment). Empty if there is no such page.
     * A property read through the expansion may come without its version ({@link ContentProperty#hasVersion()}).
     */
    public Optional<PageWithProperty> findByIdWithProperty(String id, String key) {
        if (!isContentId(id)) {
            return Optional.empty();
        }
        String what = "reading page " + id;
        ConfluenceResponse response = send(ConfluenceRequest.get(CONTENT + "/" + id,
                Map.of("expand", PAGE_EXPAND + ",metadata.properties." + requireKey(key))), what);
        if (response.status() == 404) {
            return Optional.empty();
        }
        JsonNode node = parseOk(response, what);
        if (!"page".equals(node.path("type").asText("page")) || !isCurrent(node)) {
            return Optional.empty();
        }
        ContentPage page = toPage(node);
        JsonNode properties = node.path("metadata").path("properties");
        if (!properties.isObject()) {
            return Optional.of(new PageWithProperty(page, getProperty(id, key)));  // expansion not honoured
        }
        JsonNode expanded = properties.path(key);
        if (!expanded.isObject() || !expanded.has("value")) {
            return Optional.of(new PageWithProperty(page, Optional.empty()));
        }
        return Optional.of(new PageWithProperty(page, Optional.of(new ContentProperty(key, expanded.path("value"),
                expanded.path("version").path("number").asInt(0)))));
    }

    /** The current page with this exact title in the space, or empty. */
    public Optional<ContentPage> findByTitle(String spaceKey, String title) {
        String what = "looking up page '" + Excerpts.safe(title, 80) + "' in space " + spaceKey;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("spaceKey", spaceKey);
        query.put("title", title);
        query.put("type", "page");
        query.put("expand", PAGE_EXPAND);
        JsonNode list = parseOk(send(ConfluenceRequest.get(CONTENT, query), what), what);
        for (JsonNode page : list.path("results")) {
            if (title.equals(page.path("title").asText()) && isCurrent(page)) {
                return Optional.of(toPage(page));
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up many titles in the space with one CQL search per up to {@value #CQL_TITLES_PER_SEARCH} titles
     * ({@value #CQL_ENCODED_BUDGET} characters of encoded CQL):
     * {@code GET /rest/api/content/search?cql=space = "KEY" and type = page and title in ("A", "B")} with the page
     * expansions and {@code metadata.properties.<propertyKey>} (<a href="https://developer.atlassian.com/server/confluence/advanced-searching-using-cql/">
     * CQL search</a>; {@code title} takes {@code =} and {@code IN}, <a href="https://developer.atlassian.com/server/confluence/cql-field-reference/">
     * field reference</a>; with expansions other than {@code body} Confluence returns at most 200 results). Only
     * exact title matches count. A title that would need escaping in CQL ({@code "}, {@code \}, control
     * characters) is not searched: it is neither found nor absent, and the caller looks it up with
     * {@link #findByTitle}. The search reads Confluence's index, which may lag a page created a moment ago: a
     * title reported absent can still be taken, so creating it must still expect a duplicate-title answer.
     */
    public TitleSearch findByTitles(String spaceKey, Collection<String> titles, String propertyKey) {
        Map<String, ContentPage> pages = new LinkedHashMap<>();
        Map<String, Optional<ContentProperty>> properties = new LinkedHashMap<>();
        Set<String> absent = new LinkedHashSet<>();
        List<String> searchable = titles.stream().distinct().filter(ConfluenceClient::isCqlSafe).toList();
        for (int from = 0; from < searchable.size(); ) {
            List<String> chunk = new ArrayList<>();
            StringBuilder cql = new StringBuilder("space = \"").append(spaceKey)
                    .append("\" and type = page and title in (");
            int encoded = URLEncoder.encode(cql.toString(), StandardCharsets.UTF_8).length();
            while (from < searchable.size() && chunk.size() < CQL_TITLES_PER_SEARCH) {
                String literal = (chunk.isEmpty() ? "\"" : ", \"") + searchable.get(from) + '"';
                int length = URLEncoder.encode(literal, StandardCharsets.UTF_8).length();
                if (!chunk.isEmpty() && encoded + length > CQL_ENCODED_BUDGET) {
                    break;
                }
                cql.append(literal);
                encoded += length;
                chunk.add(searchable.get(from++));
            }
            cql.append(')');
            Map<String, String> query = new LinkedHashMap<>();
            query.put("cql", cql.toString());
            query.put("expand", PAGE_EXPAND + ",metadata.properties." + requireKey(propertyKey));
            query.put("limit", String.valueOf(CQL_SEARCH_LIMIT));
            String what = "looking up " + chunk.size() + " page titles in space " + spaceKey;
            JsonNode list = parseOk(send(ConfluenceRequest.get(CONTENT + "/search", query), what), what);
            Set<String> wanted = new LinkedHashSet<>(chunk);
            int results = 0;
            for (JsonNode node : list.path("results")) {
                results++;
                String title = node.path("title").asText();
                if (!wanted.contains(title) || !"page".equals(node.path("type").asText("page")) || !isCurrent(node)) {
                    continue;
                }
                pages.put(title, toPage(node));
                JsonNode expanded = node.path("metadata").path("properties");
                if (expanded.isObject()) {
                    JsonNode property = expanded.path(propertyKey);
                    properties.put(title, property.isObject() && property.has("value")
                            ? Optional.of(new ContentProperty(propertyKey, property.path("value"),
                            property.path("version").path("number").asInt(0)))
                            : Optional.empty());
                }
            }
            if (results < CQL_SEARCH_LIMIT && list.path("_links").path("next").isMissingNode()) {
                chunk.stream().filter(t -> !pages.containsKey(t)).forEach(absent::add);
            }
        }
        return new TitleSearch(pages, properties, absent);
    }

    /** True if the title can stand in a CQL string literal as it is (no quote, backslash or control character). */
    static boolean isCqlSafe(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '"' || c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates a page below {@code parentId} (or at the top of the space when null).
     *
     * @throws ConfluenceException.DuplicateTitle if the space already holds a page with this title
     * @throws ConfluenceException.NotFound       if the parent (or the space) does not exist
     */
    public ContentPage create(String spaceKey, String title, String parentId, String storageBody) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "page");
        body.put("title", title);
        body.putObject("space").put("key", spaceKey);
        if (parentId != null) {
            body.putArray("ancestors").addObject().put("id", requireId(parentId));
        }
        storage(body, storageBody);
        String what = "creating page '" + Excerpts.safe(title, 80) + "' in space " + spaceKey;
        ConfluenceResponse response = send(new ConfluenceRequest("POST", CONTENT, Map.of(), write(body)), what);
        return toPage(parseOk(response, what));
    }

    /**
     * Writes a new version ({@code current.version() + 1}) of the page, optionally moving it below a new parent.
     *
     * @throws ConfluenceException.Conflict       if someone else wrote a version meanwhile (re-read, retry)
     * @throws ConfluenceException.NotFound       if the page (or the new parent) is gone
     * @throws ConfluenceException.DuplicateTitle if the new title is taken in the space
     */
    public ContentPage update(ContentPage current, String title, String storageBody, String versionMessage,
                              String newParentId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", current.id());
        body.put("type", "page");
        body.put("title", title);
        body.putObject("space").put("key", current.spaceKey());
        ObjectNode version = body.putObject("version");
        version.put("number", current.version() + 1);
        if (versionMessage != null) {
            version.put("message", versionMessage);
        }
        if (newParentId != null) {
            body.putArray("ancestors").addObject().put("id", requireId(newParentId));
        }
        storage(body, storageBody);
        String what = "updating page " + current.id();
        ConfluenceResponse response = send(new ConfluenceRequest("PUT", CONTENT + "/" + requireId(current.id()),
                Map.of(), write(body)), what);
        return toPage(parseOk(response, what));
    }

    /** Adds global labels to the content (labels it already has are left alone by Confluence). */
    public void addLabels(String id, Collection<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        ArrayNode body = JSON.createArrayNode();
        for (String label : labels) {
            body.addObject().put("prefix", "global").put("name", label);
        }
        String what = "labelling page " + id;
        parseOk(send(new ConfluenceRequest("POST", CONTENT + "/" + requireId(id) + "/label", Map.of(), write(body)),
                what), what);
    }

    /**
     * Removes one global label from the content with {@code DELETE /rest/api/content/{id}/label?name=<label>}
     * (the form that also takes labels with {@code /}; see the class comment). A label that is not there any
     * more counts as removed.
     */
    public void removeLabel(String id, String label) {
        if (label == null || label.isEmpty()) {
            return;
        }
        String what = "removing label '" + Excerpts.safe(label, 80) + "' from page " + id;
        ConfluenceResponse response = send(new ConfluenceRequest("DELETE", CONTENT + "/" + requireId(id) + "/label",
                Map.of("name", label), null), what);
        if (response.status() == 404 || response.isSuccess()) {
            return;
        }
        throw failure(response, what);
    }

    /** The content property, or empty if the content has none with this key. */
    public Optional<ContentProperty> getProperty(String id, String key) {
        String what = "reading property " + key + " of page " + id;
        ConfluenceResponse response = send(ConfluenceRequest.get(propertyPath(id, key), Map.of()), what);
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(toProperty(parseOk(response, what)));
    }

    /** Creates the property; fails with {@link ConfluenceException.Conflict} if it exists already. */
    public ContentProperty createProperty(String id, String key, JsonNode value) {
        ObjectNode body = JSON.createObjectNode();
        body.put("key", requireKey(key));
        body.set("value", value);
        String what = "writing property " + key + " of page " + id;
        ConfluenceResponse response = send(new ConfluenceRequest("POST", CONTENT + "/" + requireId(id) + "/property",
                Map.of(), write(body)), what);
        if (response.status() == 400 && mentionsExisting(response)) {
            throw new ConfluenceException.Conflict("property " + key + " of page " + id + " exists already");
        }
        return toProperty(parseOk(response, what));
    }

    /** Writes version {@code current.version() + 1} of the property. */
    public ContentProperty updateProperty(String id, ContentProperty current, JsonNode value) {
        ObjectNode body = JSON.createObjectNode();
        body.put("key", current.key());
        body.set("value", value);
        body.putObject("version").put("number", current.version() + 1);
        String what = "writing property " + current.key() + " of page " + id;
        ConfluenceResponse response = send(new ConfluenceRequest("PUT", propertyPath(id, current.key()), Map.of(),
                write(body)), what);
        return toProperty(parseOk(response, what));
    }

    /** Link to a page that survives renames and moves. */
    public String pageUrl(String id) {
        return sender.baseUrl() + "/pages/viewpage.action?pageId=" + id;
    }

    // ---------------------------------------------------------------------------------------------------------

    private ConfluenceResponse send(ConfluenceRequest request, String what) {
        return sender.send(request, what);
    }

    private JsonNode parseOk(ConfluenceResponse response, String what) {
        if (!response.isSuccess()) {
            throw failure(response, what);
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw new ConfluenceException("Confluence gave an empty answer when " + what, response.status());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ConfluenceException("Confluence answered " + what + " with something other than JSON:"
                    + " check that the Confluence URL points at Confluence itself", response.status());
        }
    }

    private ConfluenceException failure(ConfluenceResponse response, String what) {
        int status = response.status();
        switch (RetryPolicy.classify(status)) {
            case REFUSED:
                return new ConfluenceException.Refused("Confluence refused the credentials (HTTP " + status + ", "
                        + what + "): check the token / application link"
                        + (status == 403 ? " and that its user may add and edit pages in the space" : ""), status);
            case NOT_FOUND:
                return new ConfluenceException.NotFound("Confluence found nothing when " + what + " (HTTP 404)");
            case CONFLICT:
                return new ConfluenceException.Conflict("someone else changed the content meanwhile (" + what
                        + ", HTTP 409)");
            default:
                break;
        }
        if (status == 400 && mentionsExisting(response)) {
            return new ConfluenceException.DuplicateTitle("a page with this title already exists (" + what + ")");
        }
        if (status >= 300 && status < 400) {
            return new ConfluenceException("Confluence redirected the request (HTTP " + status + ", " + what
                    + "): check the Confluence URL (use the base URL, e.g. https://confluence.example.com)", status);
        }
        return new ConfluenceException("Confluence rejected " + what + " (HTTP " + status + "): "
                + excerpt(response), status);
    }

    private static boolean mentionsExisting(ConfluenceResponse response) {
        return response.body().toLowerCase(Locale.ROOT).contains("already exist");
    }

    /** Confluence's own error message (its JSON "message"), else the body, as a short escaped excerpt. */
    static String excerpt(ConfluenceResponse response) {
        String text = response.body();
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.path("message").isTextual()) {
                text = node.path("message").asText();
            }
        } catch (JsonProcessingException notJson) {
            // keep the raw body; it is excerpted and escaped below
        }
        return Excerpts.safe(text, 160);
    }

    private static boolean isCurrent(JsonNode page) {
        return "current".equals(page.path("status").asText("current"));
    }

    private ContentPage toPage(JsonNode node) {
        String id = node.path("id").asText(null);
        if (!isContentId(id)) {
            throw new ConfluenceException("Confluence answered without a usable page id", 200);
        }
        List<String> ancestors = new ArrayList<>();
        for (JsonNode ancestor : node.path("ancestors")) {
            ancestors.add(ancestor.path("id").asText());
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode label : node.path("metadata").path("labels").path("results")) {
            labels.add(label.path("name").asText());
        }
        return new ContentPage(id, node.path("title").asText(""), node.path("space").path("key").asText(null),
                node.path("version").path("number").asInt(1), ancestors, labels, pageUrl(id));
    }

    private static ContentProperty toProperty(JsonNode node) {
        return new ContentProperty(node.path("key").asText(), node.path("value"),
                node.path("version").path("number").asInt(1));
    }

    private static void storage(ObjectNode body, String storageBody) {
        body.putObject("body").putObject("storage").put("value", storageBody).put("representation", "storage");
    }

    private static String propertyPath(String id, String key) {
        return CONTENT + "/" + requireId(id) + "/property/" + requireKey(key);
    }

    private static String requireId(String id) {
        if (!isContentId(id)) {
            throw new IllegalArgumentException("not a Confluence content id: " + Excerpts.safe(id, 40));
        }
        return id;
    }

    private static String requireKey(String key) {
        if (key == null || !PROPERTY_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a usable content property key: " + Excerpts.safe(key, 40));
        }
        return key;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
