package io.postmortems.publishing.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for Confluence Data Center's {@code /rest/api/content} API over real HTTP on 127.0.0.1,
 * under the context path {@code /confluence}. Pages have id, title, space, parent, version, storage body,
 * labels (added with {@code POST .../label}, removed with {@code DELETE .../label?name=} or
 * {@code DELETE .../label/{label}}, which refuses an encoded {@code /} as Confluence's servlet container does),
 * properties (409 on a stale version; {@code expand=metadata.properties.<key>} on a page read) and a trash. Answers are shaped like Confluence's (ids as strings, {@code version.number},
 * {@code ancestors} root first, {@code _links} with {@code base} and {@code webui}, {@code _expandable} for what
 * was not expanded). Checks the Bearer token (401), unique titles per space (400), versions (409), 404s.
 *
 * <p>Faults are scripted per method, path pattern and nth matching call: a status (with optional
 * {@code Retry-After}), an answer delayed past the client's timeout (the request itself is served), a connection closed without answer, or an action run
 * before the request is served (e.g. "another node creates the page now"). Thread-safe.
 */
public final class FakeConfluence implements AutoCloseable {
    public static final String TOKEN = "fake-pat-4f1c9e";
    public static final String CONTEXT = "/confluence";
    /** Base URL of an {@link #inProcess} Confluence (never contacted). */
    public static final String IN_PROCESS_URL = "https://wiki.example.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_ID = Pattern.compile("^/rest/api/content/(\\d+)(/.*)?$");

    static {
        // without TCP_NODELAY every answer waits ~40 ms for a delayed ACK (Nagle)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Object lock = new Object();
    private final Set<String> spaces = new HashSet<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private long nextId = 65_537;
    private volatile boolean ignorePropertyExpansion;

    /** One request as the fake saw it. {@code target} is path + "?" + decoded query. */
    public record Call(String method, String target, String fault) {
    }

    private static final class Page {
        final String id;
        String title;
        final String space;
        String parentId;
        int version = 1;
        String versionMessage = "";
        String body;
        String status = "current";
        final Set<String> labels = new LinkedHashSet<>();
        final Map<String, ObjectNode> properties = new LinkedHashMap<>();

        Page(String id, String title, String space, String parentId, String body) {
            this.id = id;
            this.title = title;
            this.space = space;
            this.parentId = parentId;
            this.body = body;
        }
    }

    /** A view of a page for assertions. */
    public record PageView(String id, String title, String space, String parentId, int version, String body,
                           Set<String> labels, Map<String, JsonNode> properties, boolean trashed) {
    }

    public enum FaultKind { STATUS, DELAY, DROP, RUN }

    private static final class Fault {
        final String method;
        final Pattern target;
        final int from;
        final int times;
        final FaultKind kind;
        final int status;
        final String retryAfter;
        final long delayMillis;
        final Runnable action;
        int seen;

        Fault(String method, Pattern target, int from, int times, FaultKind kind, int status, String retryAfter,
              long delayMillis, Runnable action) {
            this.method = method;
            this.target = target;
            this.from = from;
            this.times = times;
            this.kind = kind;
            this.status = status;
            this.retryAfter = retryAfter;
            this.delayMillis = delayMillis;
            this.action = action;
        }
    }

    /** Scripts a fault: {@code fake.on("POST", "^/rest/api/content$").nth(1).times(2).status(503)}. */
    public final class FaultBuilder {
        private final String method;
        private final Pattern target;
        private int from = 1;
        private int times = 1;

        private FaultBuilder(String method, String regex) {
            this.method = method;
            this.target = Pattern.compile(regex);
        }

        /** Start at the nth matching call (1-based). */
        public FaultBuilder nth(int n) {
            this.from = n;
            return this;
        }

        public FaultBuilder times(int n) {
            this.times = n;
            return this;
        }

        public FaultBuilder always() {
            this.times = Integer.MAX_VALUE;
            return this;
        }

        public void status(int status) {
            add(FaultKind.STATUS, status, null, 0, null);
        }

        public void status(int status, String retryAfter) {
            add(FaultKind.STATUS, status, retryAfter, 0, null);
        }

        /** Serves the request (its changes happen) but holds the answer back this long (past the client's timeout). */
        public void delay(long millis) {
            add(FaultKind.DELAY, 0, null, millis, null);
        }

        /** Closes the connection without an answer and without serving the request. */
        public void drop() {
            add(FaultKind.DROP, 0, null, 0, null);
        }

        /** Runs the action, then serves the request as usual. */
        public void run(Runnable action) {
            add(FaultKind.RUN, 0, null, 0, action);
        }

        private void add(FaultKind kind, int status, String retryAfter, long delay, Runnable action) {
            synchronized (lock) {
                faults.add(new Fault(method, target, from, times, kind, status, retryAfter, delay, action));
            }
        }
    }

    private FakeConfluence(boolean http, String... spaceKeys) throws IOException {
        spaces.addAll(Arrays.asList(spaceKeys));
        if (!http) {
            server = null;
            pool = null;
            return;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-confluence");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext(CONTEXT + "/", this::handle);
        server.start();
    }

    public static FakeConfluence start(String... spaceKeys) throws IOException {
        return new FakeConfluence(true, spaceKeys);
    }

    /**
     * The same Confluence without HTTP, reached only through {@link #transport()}: for benchmarks, whose figures
     * should measure the publisher, its JSON and its number of calls, not a socket. No faults, no token check.
     */
    public static FakeConfluence inProcess(String... spaceKeys) {
        try {
            return new FakeConfluence(false, spaceKeys);
        } catch (IOException e) {
            throw new IllegalStateException("no server is started in process", e);
        }
    }

    /** A transport that answers in process, as Confluence would over HTTP; every call is recorded in {@link #calls()}. */
    public ConfluenceTransport transport() {
        return new ConfluenceTransport() {
            @Override
            public String baseUrl() {
                return IN_PROCESS_URL;
            }

            @Override
            public ConfluenceResponse execute(ConfluenceRequest request) {
                return executeInProcess(request);
            }
        };
    }

    private ConfluenceResponse executeInProcess(ConfluenceRequest request) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        calls.add(new Call(request.method(), request.path() + (query.isEmpty() ? "" : "?" + String.join("&",
                query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())), null));
        Answer answer;
        try {
            JsonNode body = request.jsonBody() == null ? null : JSON.readTree(request.jsonBody());
            synchronized (lock) {
                answer = route(request.method(), request.path(), query, body);
            }
        } catch (IOException e) {
            answer = new Answer(400, error(400, "bad JSON"));
        }
        return new ConfluenceResponse(answer.status, Map.of("content-type", List.of("application/json")),
                answer.body == null ? "" : answer.body.toString());
    }

    public String baseUrl() {
        if (server == null) {
            return IN_PROCESS_URL;
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT;
    }

    public FaultBuilder on(String method, String targetRegex) {
        return new FaultBuilder(method, targetRegex);
    }

    public void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ----- calls ------------------------------------------------------------------------------------------------

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public void resetCalls() {
        calls.clear();
    }

    /** Calls with this method whose target (path?decoded-query) matches the regex (find semantics). */
    public long count(String method, String targetRegex) {
        Pattern p = Pattern.compile(targetRegex);
        return calls().stream().filter(c -> c.method().equals(method) && p.matcher(c.target()).find()).count();
    }

    /** Calls that met a scripted fault. */
    public long faulted() {
        return calls().stream().filter(c -> c.fault() != null).count();
    }

    /** POST, PUT and DELETE calls: writes. */
    public long writes() {
        return calls().stream().filter(c -> c.method().equals("POST") || c.method().equals("PUT")
                || c.method().equals("DELETE")).count();
    }

    /** Makes page reads ignore {@code metadata.properties.<key>} expansions, as a Confluence without them would. */
    public void ignorePropertyExpansion(boolean ignore) {
        this.ignorePropertyExpansion = ignore;
    }

    // ----- state for tests ----------------------------------------------------------------------------------------

    public String createPage(String space, String title, String parentId, String body) {
        synchronized (lock) {
            Page p = new Page(String.valueOf(nextId++), title, space, parentId, body);
            pages.put(p.id, p);
            return p.id;
        }
    }

    public Optional<PageView> page(String id) {
        synchronized (lock) {
            return Optional.ofNullable(pages.get(id)).map(this::view);
        }
    }

    /** Current (not trashed) pages in the space with this title. */
    public List<PageView> pagesTitled(String space, String title) {
        synchronized (lock) {
            return pages.values().stream().filter(p -> p.space.equals(space) && p.title.equals(title)
                    && p.status.equals("current")).map(this::view).toList();
        }
    }

    public List<PageView> currentPages() {
        synchronized (lock) {
            return pages.values().stream().filter(p -> p.status.equals("current")).map(this::view).toList();
        }
    }

    /** Titles from the root down to the page itself. */
    public List<String> pathOf(String id) {
        synchronized (lock) {
            List<String> path = new ArrayList<>();
            for (String a : ancestorIds(pages.get(id))) {
                path.add(pages.get(a).title);
            }
            path.add(pages.get(id).title);
            return path;
        }
    }

    /** Moves the page to the trash, as a user deleting it would; its children move up to its parent. */
    public void trash(String id) {
        synchronized (lock) {
            Page p = pages.get(id);
            p.status = "trashed";
            for (Page child : pages.values()) {
                if (id.equals(child.parentId)) {
                    child.parentId = p.parentId;
                }
            }
        }
    }

    /** A label a person adds by hand. */
    public void addLabel(String id, String label) {
        synchronized (lock) {
            pages.get(id).labels.add(label);
        }
    }

    /** A person removes a label by hand. */
    public void removeLabel(String id, String label) {
        synchronized (lock) {
            pages.get(id).labels.remove(label);
        }
    }

    /** Sets a content property as another writer would: a new version (1 if new) with this value. */
    public void setProperty(String id, String key, JsonNode value) {
        synchronized (lock) {
            Page p = pages.get(id);
            ObjectNode existing = p.properties.get(key);
            putProperty(p, key, value, existing == null ? 1 : existing.path("version").path("number").asInt() + 1);
        }
    }

    public void move(String id, String newParentId) {
        synchronized (lock) {
            pages.get(id).parentId = newParentId;
        }
    }

    public void rename(String id, String title) {
        synchronized (lock) {
            Page p = pages.get(id);
            p.title = title;
            p.version++;
        }
    }

    /** A user's edit: a new version with another body. */
    public void edit(String id, String body) {
        synchronized (lock) {
            Page p = pages.get(id);
            p.body = body;
            p.version++;
        }
    }

    private PageView view(Page p) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        p.properties.forEach((k, v) -> props.put(k, v.get("value").deepCopy()));
        return new PageView(p.id, p.title, p.space, p.parentId, p.version, p.body, Set.copyOf(p.labels),
                props, p.status.equals("trashed"));
    }

    // ----- HTTP -------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath().substring(CONTEXT.length());
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            Fault fault = matchFault(method, target);
            calls.add(new Call(method, target, fault == null ? null : fault.kind + (fault.kind == FaultKind.STATUS
                    ? " " + fault.status : "")));
            if (fault != null) {
                switch (fault.kind) {
                    case STATUS -> {
                        if (fault.retryAfter != null) {
                            exchange.getResponseHeaders().add("Retry-After", fault.retryAfter);
                        }
                        send(exchange, fault.status, error(fault.status, "injected fault"));
                        return;
                    }
                    case DROP -> {
                        return;  // closing the exchange before any answer closes the connection
                    }
                    case DELAY, RUN -> {
                        if (fault.kind == FaultKind.RUN) {
                            fault.action.run();
                        }
                    }
                }
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + TOKEN).equals(auth)) {
                send(exchange, 401, error(401, "This request requires authentication"));
                return;
            }
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            Answer answer;
            synchronized (lock) {
                answer = route(method, path, query, body);
            }
            if (fault != null && fault.kind == FaultKind.DELAY) {
                try {
                    Thread.sleep(fault.delayMillis);  // the work is done; the answer comes too late
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            send(exchange, answer.status, answer.body);
        } catch (IOException clientGone) {
            // the client gave up (timeout) or the body was not JSON; nothing more to do
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    private Fault matchFault(String method, String target) {
        synchronized (lock) {
            for (Fault f : faults) {
                if (f.method.equals(method) && f.target.matcher(target).find()) {
                    f.seen++;
                    if (f.seen >= f.from && f.seen - f.from < f.times) {
                        return f;
                    }
                }
            }
            return null;
        }
    }

    private Answer route(String method, String path, Map<String, String> query, JsonNode body) {
        if (path.equals("/rest/api/user/current") && method.equals("GET")) {
            // the token's user (the publisher factory's connection check; the token was checked above)
            ObjectNode user = JSON.createObjectNode().put("type", "known").put("username", "publisher")
                    .put("displayName", "Post-mortem publisher");
            return new Answer(200, user);
        }
        if (path.equals("/rest/api/content")) {
            if (method.equals("GET")) {
                return search(query);
            }
            if (method.equals("POST")) {
                return create(body);
            }
            return notAllowed();
        }
        if (path.equals("/rest/api/content/search")) {
            return method.equals("GET") ? cqlSearch(query) : notAllowed();
        }
        Matcher m = CONTENT_ID.matcher(path);
        if (!m.matches()) {
            return new Answer(404, error(404, "null for uri: " + path));
        }
        Page page = pages.get(m.group(1));
        if (page == null || !page.status.equals("current")) {
            return new Answer(404, error(404, "No content found with id: ContentId{id=" + m.group(1) + "}"));
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        Set<String> expand = expand(query);
        if (rest.isEmpty()) {
            return switch (method) {
                case "GET" -> new Answer(200, content(page, expand));
                case "PUT" -> update(page, body);
                case "DELETE" -> {
                    trash(page.id);
                    yield new Answer(204, null);
                }
                default -> notAllowed();
            };
        }
        if (rest.equals("/label")) {
            if (method.equals("POST")) {
                for (JsonNode l : body) {
                    page.labels.add(l.path("name").asText());
                }
                return new Answer(200, labels(page));
            }
            if (method.equals("DELETE")) {
                return removeLabel(page, query.get("name"));
            }
            return method.equals("GET") ? new Answer(200, labels(page)) : notAllowed();
        }
        if (rest.startsWith("/label/") && method.equals("DELETE")) {
            String raw = rest.substring("/label/".length());
            if (raw.toUpperCase(java.util.Locale.ROOT).contains("%2F")) {
                return new Answer(400, error(400, "Invalid URI: encoded slash"));
            }
            return removeLabel(page, URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        if (rest.equals("/child/page") && method.equals("GET")) {
            return children(page, query, expand);
        }
        if (rest.equals("/child/attachment") && method.equals("GET")) {
            return new Answer(200, pageOf(JSON.createArrayNode(), query, 0));  // this fake keeps no attachments
        }
        if (rest.startsWith("/property/") && method.equals("DELETE")) {
            String key = rest.substring("/property/".length());
            return page.properties.remove(key) == null
                    ? new Answer(404, error(404, "Cannot find property with key: " + key)) : new Answer(204, null);
        }
        if (rest.equals("/property") && method.equals("POST")) {
            String key = body.path("key").asText();
            if (page.properties.containsKey(key)) {
                return new Answer(409, error(409, "Cannot add a property with key '" + key
                        + "': a property with that key already exists"));
            }
            return new Answer(200, putProperty(page, key, body.path("value"), 1));
        }
        if (rest.startsWith("/property/")) {
            String key = rest.substring("/property/".length());
            ObjectNode existing = page.properties.get(key);
            if (method.equals("GET")) {
                return existing == null ? new Answer(404, error(404, "Cannot find property with key: " + key))
                        : new Answer(200, existing);
            }
            if (method.equals("PUT")) {
                if (existing == null) {
                    return new Answer(404, error(404, "Cannot find property with key: " + key));
                }
                int current = existing.path("version").path("number").asInt();
                int sent = body.path("version").path("number").asInt();
                if (sent != current + 1) {
                    return new Answer(409, error(409, "Version must be incremented on update. Current version is: "
                            + current));
                }
                return new Answer(200, putProperty(page, key, body.path("value"), sent));
            }
        }
        return notAllowed();
    }

    /**
     * {@code GET /rest/api/content/{id}/child/page}: the current child pages, paged with {@code start} and
     * {@code limit} (default 25), with a {@code _links.next} while more follow (Confluence DC "Child Content").
     */
    private Answer children(Page parent, Map<String, String> query, Set<String> expand) {
        List<Page> children = pages.values().stream().filter(p -> parent.id.equals(p.parentId)
                && p.status.equals("current")).toList();
        int start = parseInt(query.get("start"), 0);
        int limit = parseInt(query.get("limit"), 25);
        ArrayNode results = JSON.createArrayNode();
        for (int i = start; i < children.size() && results.size() < limit; i++) {
            results.add(content(children.get(i), expand));
        }
        ObjectNode list = pageOf(results, query, children.size());
        return new Answer(200, list);
    }

    /** A paged list answer: results, start, limit, size and {@code _links} (with {@code next} if more follow). */
    private ObjectNode pageOf(ArrayNode results, Map<String, String> query, int total) {
        int start = parseInt(query.get("start"), 0);
        ObjectNode list = JSON.createObjectNode();
        list.set("results", results);
        list.put("start", start);
        list.put("limit", parseInt(query.get("limit"), 25));
        list.put("size", results.size());
        ObjectNode links = links(null);
        if (start + results.size() < total) {
            links.put("next", "?start=" + (start + results.size()));
        }
        list.set("_links", links);
        return list;
    }

    private Answer removeLabel(Page page, String name) {
        if (name == null || !page.labels.remove(name)) {
            return new Answer(404, error(404, "Label not found on content: " + name));
        }
        return new Answer(204, null);
    }

    private Answer search(Map<String, String> query) {
        String space = query.get("spaceKey");
        String title = query.get("title");
        Set<String> expand = expand(query);
        ArrayNode results = JSON.createArrayNode();
        for (Page p : pages.values()) {
            if (p.status.equals("current") && (space == null || p.space.equals(space))
                    && (title == null || p.title.equals(title))) {
                results.add(content(p, expand));
            }
        }
        ObjectNode list = JSON.createObjectNode();
        list.set("results", results);
        list.put("start", 0);
        list.put("limit", 25);
        list.put("size", results.size());
        list.set("_links", links(null));
        return new Answer(200, list);
    }

    /**
     * {@code GET /rest/api/content/search?cql=} for the CQL this fake understands: clauses joined by {@code and},
     * each {@code space}, {@code type} or {@code title} with {@code =} or {@code in (...)}, values bare or in double
     * quotes ({@code \"} escapes a quote). Anything else is answered 400 as Confluence answers CQL it cannot parse.
     * {@code limit} is capped at 200, as Confluence caps searches that expand anything but the body (1000 without
     * expansions, 50 with the body).
     */
    private Answer cqlSearch(Map<String, String> query) {
        String cql = query.get("cql");
        if (cql == null || cql.isBlank()) {
            return new Answer(400, error(400, "CQL query parameter is required"));
        }
        Map<String, Set<String>> clauses;
        try {
            clauses = Cql.parse(cql);
        } catch (IllegalArgumentException e) {
            return new Answer(400, error(400, "Could not parse cql : " + cql));
        }
        Set<String> expand = expand(query);
        int cap = expand.isEmpty() ? 1000 : expand.stream().anyMatch(e -> e.startsWith("body")) ? 50 : 200;
        int limit = Math.min(cap, parseInt(query.get("limit"), 25));
        int start = parseInt(query.get("start"), 0);
        List<Page> matching = pages.values().stream().filter(p -> p.status.equals("current")
                && matches(clauses.get("space"), p.space) && matches(clauses.get("type"), "page")
                && matches(clauses.get("title"), p.title)).toList();
        ArrayNode results = JSON.createArrayNode();
        for (int i = start; i < matching.size() && results.size() < limit; i++) {
            results.add(content(matching.get(i), expand));
        }
        ObjectNode list = JSON.createObjectNode();
        list.set("results", results);
        list.put("start", start);
        list.put("limit", limit);
        list.put("size", results.size());
        ObjectNode links = links(null);
        if (start + results.size() < matching.size()) {
            links.put("next", "/rest/api/content/search?cql=" + cql + "&start=" + (start + results.size()));
        }
        list.set("_links", links);
        return new Answer(200, list);
    }

    private static boolean matches(Set<String> allowed, String value) {
        return allowed == null || allowed.contains(value);
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value == null ? otherwise : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The small part of CQL the fake answers: {@code field = value} and {@code field in (v, ...)} joined by and. */
    private static final class Cql {
        private final String text;
        private int at;

        private Cql(String text) {
            this.text = text;
        }

        static Map<String, Set<String>> parse(String cql) {
            Cql parser = new Cql(cql);
            Map<String, Set<String>> clauses = new LinkedHashMap<>();
            while (true) {
                String field = parser.word().toLowerCase(java.util.Locale.ROOT);
                if (!Set.of("space", "type", "title").contains(field) || clauses.containsKey(field)) {
                    throw new IllegalArgumentException(field);
                }
                Set<String> values = new LinkedHashSet<>();
                parser.skipSpace();
                if (parser.peek() == '=') {
                    parser.at++;
                    values.add(parser.value());
                } else if (parser.word().equalsIgnoreCase("in")) {
                    parser.expect('(');
                    do {
                        values.add(parser.value());
                    } while (parser.accept(','));
                    parser.expect(')');
                } else {
                    throw new IllegalArgumentException("operator");
                }
                clauses.put(field, values);
                parser.skipSpace();
                if (parser.at >= parser.text.length()) {
                    return clauses;
                }
                if (!parser.word().equalsIgnoreCase("and")) {
                    throw new IllegalArgumentException("only and joins clauses here");
                }
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private boolean accept(char c) {
            skipSpace();
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        private String word() {
            skipSpace();
            int from = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '~'
                    || text.charAt(at) == '_' || text.charAt(at) == '-')) {
                at++;
            }
            if (from == at) {
                throw new IllegalArgumentException("word");
            }
            return text.substring(from, at);
        }

        private String value() {
            skipSpace();
            if (peek() != '"') {
                return word();
            }
            StringBuilder value = new StringBuilder();
            for (at++; at < text.length(); at++) {
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    value.append(text.charAt(++at));
                } else if (c == '"') {
                    at++;
                    return value.toString();
                } else {
                    value.append(c);
                }
            }
            throw new IllegalArgumentException("unterminated");
        }
    }

    private Answer create(JsonNode body) {
        String space = body.path("space").path("key").asText();
        String title = body.path("title").asText();
        if (!spaces.contains(space)) {
            return new Answer(404, error(404, "No space with key : " + space));
        }
        if (title.isBlank() || !body.path("type").asText().equals("page")) {
            return new Answer(400, error(400, "Could not create content with type page"));
        }
        if (!"storage".equals(body.path("body").path("storage").path("representation").asText())) {
            return new Answer(400, error(400, "Unsupported body representation"));
        }
        if (titleTaken(space, title, null)) {
            return duplicate(space, title);
        }
        String parent = null;
        JsonNode ancestors = body.path("ancestors");
        if (ancestors.size() > 0) {
            parent = ancestors.get(ancestors.size() - 1).path("id").asText();
            Page p = pages.get(parent);
            if (p == null || !p.status.equals("current") || !p.space.equals(space)) {
                return new Answer(404, error(404, "No parent page found with id " + parent));
            }
        }
        Page page = new Page(String.valueOf(nextId++), title, space, parent,
                body.path("body").path("storage").path("value").asText());
        pages.put(page.id, page);
        return new Answer(200, content(page, Set.of("body.storage", "ancestors", "space", "version")));
    }

    private Answer update(Page page, JsonNode body) {
        int sent = body.path("version").path("number").asInt(-1);
        if (sent != page.version + 1) {
            return new Answer(409, error(409, "Version must be incremented on update. Current version is: "
                    + page.version));
        }
        String title = body.path("title").asText(page.title);
        if (titleTaken(page.space, title, page.id)) {
            return duplicate(page.space, title);
        }
        JsonNode ancestors = body.path("ancestors");
        if (ancestors.size() > 0) {
            String parent = ancestors.get(ancestors.size() - 1).path("id").asText();
            Page p = pages.get(parent);
            if (p == null || !p.status.equals("current")) {
                return new Answer(404, error(404, "No parent page found with id " + parent));
            }
            page.parentId = parent;
        }
        page.title = title;
        page.version = sent;
        page.versionMessage = body.path("version").path("message").asText("");
        JsonNode storage = body.path("body").path("storage");
        if (!storage.isMissingNode()) {
            page.body = storage.path("value").asText();
        }
        return new Answer(200, content(page, Set.of("body.storage", "ancestors", "space", "version")));
    }

    private boolean titleTaken(String space, String title, String exceptId) {
        return pages.values().stream().anyMatch(p -> p.status.equals("current") && p.space.equals(space)
                && p.title.equals(title) && !p.id.equals(exceptId));
    }

    private Answer duplicate(String space, String title) {
        return new Answer(400, error(400, "A page with this title already exists: A page already exists with the"
                + " title " + title + " in the space with key " + space));
    }

    private ObjectNode putProperty(Page page, String key, JsonNode value, int version) {
        ObjectNode prop = JSON.createObjectNode();
        prop.put("id", String.valueOf(nextId++));
        prop.put("key", key);
        prop.set("value", value.deepCopy());
        ObjectNode v = prop.putObject("version");
        v.put("number", version);
        v.put("minorEdit", false);
        prop.set("_links", links("/rest/api/content/" + page.id + "/property/" + key));
        page.properties.put(key, prop);
        return prop;
    }

    private List<String> ancestorIds(Page page) {
        List<String> ids = new ArrayList<>();
        String parent = page.parentId;
        while (parent != null) {
            ids.add(0, parent);
            parent = pages.get(parent).parentId;
        }
        return ids;
    }

    private ObjectNode content(Page p, Set<String> expand) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id);
        node.put("type", "page");
        node.put("status", p.status);
        node.put("title", p.title);
        List<String> expandable = new ArrayList<>();
        if (expand.contains("space")) {
            ObjectNode space = node.putObject("space");
            space.put("key", p.space);
            space.put("name", p.space + " space");
            space.put("type", "global");
        } else {
            expandable.add("space");
        }
        if (expand.contains("version")) {
            ObjectNode version = node.putObject("version");
            version.putObject("by").put("type", "known").put("username", "publisher");
            version.put("when", "2026-03-01T12:00:00.000Z");
            version.put("message", p.versionMessage);
            version.put("number", p.version);
            version.put("minorEdit", false);
        } else {
            expandable.add("version");
        }
        if (expand.contains("ancestors")) {
            ArrayNode ancestors = node.putArray("ancestors");
            for (String id : ancestorIds(p)) {
                Page a = pages.get(id);
                ObjectNode an = ancestors.addObject();
                an.put("id", a.id);
                an.put("type", "page");
                an.put("status", a.status);
                an.put("title", a.title);
                an.set("_links", pageLinks(a));
            }
        } else {
            expandable.add("ancestors");
        }
        if (expand.contains("body.storage")) {
            node.putObject("body").putObject("storage").put("value", p.body).put("representation", "storage");
        } else {
            expandable.add("body");
        }
        ObjectNode metadata = JSON.createObjectNode();
        if (expand.contains("metadata.labels")) {
            metadata.set("labels", labels(p));
        }
        for (String e : expand) {
            if (e.startsWith("metadata.properties.") && !ignorePropertyExpansion) {
                String key = e.substring("metadata.properties.".length());
                ObjectNode properties = metadata.has("properties") ? (ObjectNode) metadata.get("properties")
                        : metadata.putObject("properties");
                ObjectNode prop = p.properties.get(key);
                if (prop != null) {
                    properties.set(key, prop.deepCopy());
                }
            }
        }
        if (metadata.isEmpty()) {
            expandable.add("metadata");
        } else {
            node.set("metadata", metadata);
        }
        node.set("_links", pageLinks(p));
        ObjectNode ex = node.putObject("_expandable");
        for (String e : expandable) {
            ex.put(e, "");
        }
        return node;
    }

    private ObjectNode labels(Page p) {
        ObjectNode labels = JSON.createObjectNode();
        ArrayNode results = labels.putArray("results");
        for (String l : p.labels) {
            results.addObject().put("prefix", "global").put("name", l).put("id", String.valueOf(l.hashCode()))
                    .put("label", l);
        }
        labels.put("start", 0);
        labels.put("limit", 200);
        labels.put("size", results.size());
        return labels;
    }

    private ObjectNode pageLinks(Page p) {
        ObjectNode links = links("/rest/api/content/" + p.id);
        links.put("webui", "/pages/viewpage.action?pageId=" + p.id);
        links.put("edit", "/pages/resumedraft.action?draftId=" + p.id);
        links.put("tinyui", "/x/" + Long.toString(Long.parseLong(p.id), 36));
        return links;
    }

    private ObjectNode links(String self) {
        ObjectNode links = JSON.createObjectNode();
        if (self != null) {
            links.put("self", baseUrl() + self);
        }
        links.put("base", baseUrl());
        links.put("context", CONTEXT);
        return links;
    }

    private static Set<String> expand(Map<String, String> query) {
        Set<String> expand = new HashSet<>();
        for (String e : query.getOrDefault("expand", "").split(",")) {
            if (!e.isBlank()) {
                expand.add(e.strip());
            }
        }
        return expand;
    }

    private static Answer notAllowed() {
        return new Answer(405, error(405, "Method not allowed"));
    }

    private static ObjectNode error(int status, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("statusCode", status);
        ObjectNode data = error.putObject("data");
        data.put("authorized", status != 401 && status != 403);
        data.put("valid", true);
        data.putArray("errors");
        data.put("successful", false);
        error.put("message", message);
        error.put("reason", switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Error";
        });
        return error;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return query;
    }
}
