package io.postmortems.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal in-process Confluence for benchmarks (test classes are not on the benchmark classpath): just the
 * content, label (add, remove by {@code ?name=}) and property endpoints the publisher uses, and the
 * {@code metadata.properties.<key>} expansion on a page read, answering JSON like Confluence does. No network,
 * so the figures measure the publisher, its JSON and its number of calls.
 */
final class InMemoryConfluence implements ConfluenceTransport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("^/rest/api/content/(\\d+)(/.*)?$");

    private static final class Page {
        String id;
        String title;
        String space;
        String parent;
        int version = 1;
        String body;
        final Set<String> labels = new LinkedHashSet<>();
        final Map<String, ObjectNode> properties = new HashMap<>();
    }

    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, Page> byTitle = new HashMap<>();
    private long nextId = 1000;
    long requests;

    @Override
    public String baseUrl() {
        return "https://wiki.example.com";
    }

    @Override
    public synchronized ConfluenceResponse execute(ConfluenceRequest request) {
        requests++;
        try {
            JsonNode body = request.jsonBody() == null ? null : JSON.readTree(request.jsonBody());
            return route(request, body);
        } catch (JsonProcessingException e) {
            return answer(400, JSON.createObjectNode().put("message", "bad JSON"));
        }
    }

    private ConfluenceResponse route(ConfluenceRequest request, JsonNode body) {
        String path = request.path();
        String method = request.method();
        if (path.equals("/rest/api/content")) {
            if (method.equals("GET")) {
                ObjectNode list = JSON.createObjectNode();
                ArrayNode results = list.putArray("results");
                Page p = byTitle.get(request.query().get("spaceKey") + "\u0000" + request.query().get("title"));
                if (p != null) {
                    results.add(content(p, null));
                }
                list.put("size", results.size());
                return answer(200, list);
            }
            Page p = new Page();
            p.title = body.path("title").asText();
            p.space = body.path("space").path("key").asText();
            if (byTitle.containsKey(p.space + "\u0000" + p.title)) {
                return answer(400, JSON.createObjectNode().put("message", "A page with this title already exists"));
            }
            JsonNode ancestors = body.path("ancestors");
            p.parent = ancestors.size() == 0 ? null : ancestors.get(0).path("id").asText();
            p.body = body.path("body").path("storage").path("value").asText();
            p.id = String.valueOf(nextId++);
            pages.put(p.id, p);
            byTitle.put(p.space + "\u0000" + p.title, p);
            return answer(200, content(p, null));
        }
        Matcher m = ID.matcher(path);
        Page p = m.matches() ? pages.get(m.group(1)) : null;
        if (p == null) {
            return answer(404, JSON.createObjectNode().put("message", "not found"));
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        if (rest.isEmpty()) {
            if (method.equals("GET")) {
                return answer(200, content(p, request.query().get("expand")));
            }
            if (body.path("version").path("number").asInt() != p.version + 1) {
                return answer(409, JSON.createObjectNode().put("message", "version"));
            }
            byTitle.remove(p.space + "\u0000" + p.title);
            p.title = body.path("title").asText();
            byTitle.put(p.space + "\u0000" + p.title, p);
            p.version++;
            p.body = body.path("body").path("storage").path("value").asText();
            return answer(200, content(p, null));
        }
        if (rest.equals("/label") && method.equals("DELETE")) {
            return p.labels.remove(request.query().get("name")) ? new ConfluenceResponse(204, Map.of(), "")
                    : answer(404, JSON.createObjectNode().put("message", "no such label"));
        }
        if (rest.equals("/label")) {
            body.forEach(l -> p.labels.add(l.path("name").asText()));
            return answer(200, JSON.createObjectNode().put("size", p.labels.size()));
        }
        if (rest.equals("/property")) {
            return answer(200, property(p, body.path("key").asText(), body.path("value"), 1));
        }
        String key = rest.substring("/property/".length());
        ObjectNode existing = p.properties.get(key);
        if (method.equals("GET")) {
            return existing == null ? answer(404, JSON.createObjectNode().put("message", "no property"))
                    : answer(200, existing);
        }
        return answer(200, property(p, key, body.path("value"), body.path("version").path("number").asInt()));
    }

    private ObjectNode property(Page p, String key, JsonNode value, int version) {
        ObjectNode prop = JSON.createObjectNode();
        prop.put("key", key);
        prop.set("value", value);
        prop.putObject("version").put("number", version);
        p.properties.put(key, prop);
        return prop;
    }

    private ObjectNode content(Page p, String expand) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id);
        node.put("type", "page");
        node.put("status", "current");
        node.put("title", p.title);
        node.putObject("space").put("key", p.space);
        node.putObject("version").put("number", p.version);
        ArrayNode ancestors = node.putArray("ancestors");
        List<String> chain = new ArrayList<>();
        for (String a = p.parent; a != null; a = pages.get(a).parent) {
            chain.add(0, a);
        }
        chain.forEach(a -> ancestors.addObject().put("id", a));
        ArrayNode labels = node.putObject("metadata").putObject("labels").putArray("results");
        p.labels.forEach(l -> labels.addObject().put("prefix", "global").put("name", l));
        String prefix = "metadata.properties.";
        for (String e : expand == null ? new String[0] : expand.split(",")) {
            if (e.startsWith(prefix)) {
                ObjectNode prop = p.properties.get(e.substring(prefix.length()));
                ObjectNode properties = ((ObjectNode) node.get("metadata")).putObject("properties");
                if (prop != null) {
                    properties.set(prop.path("key").asText(), prop);
                }
            }
        }
        node.putObject("_links").put("base", baseUrl()).put("webui", "/pages/viewpage.action?pageId=" + p.id);
        return node;
    }

    private static ConfluenceResponse answer(int status, JsonNode body) {
        try {
            return new ConfluenceResponse(status, Map.of(), JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
