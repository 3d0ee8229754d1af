package io.postmortems.publishing.preview;

import io.postmortems.publishing.render.Links;
import io.postmortems.publishing.render.PageText;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.XmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone HTML page showing what a {@link RenderedPage} will look like in Confluence, for a browser without
 * Confluence: title, labels and the body, with the Page Properties ({@code details}) macro as a boxed table, the
 * Jira issues macro as a table of the countermeasure keys, and any other macro as a labelled box.
 *
 * <p>The storage body is read, never trusted: the preview is built element by element from an allowlist (text,
 * paragraphs, lists, tables, headings, emphasis, code, links to http/https/mailto), so a storage body from
 * anywhere cannot put a script, an event handler or another element into the preview.
 *
 * <p>The preview's own words (macro box titles, the index page) are in the page language given to the
 * constructor, like the page itself ({@link PageText}). Thread-safe.
 */
public final class StoragePreview {
    /** Used when the caller gives no stylesheet, and under a linked one (e.g. AUI's CSS) as a fallback. */
    static final String FALLBACK_STYLE = String.join("\n",
            "body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#172b4d;"
                    + "max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}",
            "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #dfe1e6;padding:4px 8px;"
                    + "vertical-align:top;text-align:left}th{background:#f4f5f7}",
            ".pm-labels{list-style:none;padding:0}.pm-labels li{display:inline-block;background:#dfe1e6;"
                    + "border-radius:3px;padding:0 6px;margin:0 4px 4px 0;font-size:.85em}",
            ".pm-macro{border:1px solid #c1c7d0;border-radius:3px;padding:.5em 1em;margin:1em 0}",
            ".pm-macro-title{font-size:.8em;font-weight:600;color:#5e6c84;text-transform:uppercase}",
            ".pm-details{background:#fafbfc}.pm-jira{background:#deebff}",
            "pre,code{font-family:SFMono-Regular,Consolas,monospace;background:#f4f5f7}",
            ".pm-status{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;font-weight:700;"
                    + "text-transform:uppercase;border:1px solid #c1c7d0;background:#dfe1e6;color:#42526e}",
            ".pm-status-red{background:#ffebe6;color:#bf2600;border-color:#ffbdad}"
                    + ".pm-status-yellow{background:#fffae6;color:#974f0c;border-color:#ffe380}"
                    + ".pm-status-green{background:#e3fcef;color:#006644;border-color:#abf5d1}"
                    + ".pm-status-blue{background:#deebff;color:#0747a6;border-color:#b3d4ff}",
            ".pm-toc ul{margin:.25em 0}details.pm-expand summary{cursor:pointer;color:#0052cc}",
            "body:has(.pm-index){max-width:1500px}.pm-index table{width:100%;font-size:.9em}"
                    + ".pm-index td.pm-title{min-width:13em}.pm-index td .pm-status{white-space:nowrap}"
                    + ".pm-index td.pm-when{min-width:6.5em}");

    private static final Set<String> KEPT = Set.of("p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "code",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "hr", "span", "div", "sub", "sup", "u", "s", "del");
    /** Dropped with their content: what they hold is not text a reader should see. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "template", "noscript", "svg", "math", "head", "title", "meta", "link", "base",
            "form", "input", "button", "select", "textarea", "ac:parameter");
    private static final Pattern JQL_KEYS = Pattern.compile("(?i)\\bkey\\s+in\\s*\\(([^)]*)\\)");

    private final PageText words;
    /** The Page Properties of each page previewed so far, by title: what the index shows per post-mortem. */
    private final Map<String, Map<String, Fact>> overview = new ConcurrentHashMap<>();

    /** One Page Properties cell: its text, and the colour of its status lozenge (empty without one). */
    private record Fact(String text, String colour) {
        static final Fact NONE = new Fact("", "");
    }
    /** The {@code lang} of the HTML: the page language when it has a translation, else English. */
    private final String lang;

    /** A preview in English. */
    public StoragePreview() {
        this(PageText.DEFAULT_LOCALE);
    }

    /** A preview whose own words are in {@code pageLocale} (null: English), as the pages rendered for it. */
    public StoragePreview(Locale pageLocale) {
        this.words = PageText.of(pageLocale);
        this.lang = words.isTranslated() ? words.locale().toLanguageTag() : PageText.DEFAULT_LOCALE.toLanguageTag();
    }

    /**
     * The page as a standalone HTML document.
     *
     * @param stylesheetHref a stylesheet to link (relative path or http(s) URL, e.g. AUI's CSS); null or unsafe
     *                       values are left out and only the inline fallback style applies
     */
    public String pageHtml(RenderedPage page, String stylesheetHref) {
        Objects.requireNonNull(page, "page");
        Document out = shell(page.title(), stylesheetHref);
        Element main = out.body().appendElement("main").addClass("pm-page");
        main.appendElement("h1").text(XmlText.oneLine(page.title()));
        if (!page.labels().isEmpty()) {
            Element labels = main.appendElement("ul").addClass("pm-labels");
            page.labels().forEach(l -> labels.appendElement("li").text(XmlText.oneLine(l)));
        }
        Document storage = Jsoup.parse("<root>" + XmlText.clean(page.storageBody()) + "</root>", "",
                Parser.xmlParser());
        Element root = storage.selectFirst("root");
        Element content = main.appendElement("div").addClass("pm-content");
        if (root != null) {
            overview.put(XmlText.oneLine(page.title()), pageProperties(root));
            convertChildren(root, content);
        }
        return serialise(out);
    }

    /** Row heading to cell text of the page's Page Properties ({@code details}) macro, as Confluence's report reads it. */
    private static Map<String, Fact> pageProperties(Element root) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Element macro : root.getElementsByTag("ac:structured-macro")) {
            if (!"details".equals(macro.attr("ac:name"))) {
                continue;
            }
            for (Element row : macro.getElementsByTag("tr")) {
                Element th = row.selectFirst("th");
                Element td = row.selectFirst("td");
                if (th != null && td != null) {
                    Element lozenge = parameter(td, "title");
                    Element colour = parameter(td, "colour");
                    facts.putIfAbsent(XmlText.oneLine(th.text()), new Fact(
                            XmlText.oneLine(lozenge != null ? lozenge.wholeText() : td.text()),
                            lozenge != null && colour != null ? XmlText.oneLine(colour.wholeText()) : ""));
                }
            }
        }
        return facts;
    }

    private static Element parameter(Element cell, String name) {
        return cell.getElementsByTag("ac:parameter").stream().filter(p -> name.equals(p.attr("ac:name"))).findFirst()
                .orElse(null);
    }

    /** One entry of the index page: a page title, the link to its preview, its labels. */
    public record IndexEntry(String title, String href, List<String> labels) {
        public IndexEntry {
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }

    /**
     * The index: the organisation's overview, one row per previewed page with its severity, status, start and
     * resolution and durations (read from the page's own Page Properties, as Confluence's Page Properties Report
     * reads them) and a link to the page; an entry that is not a previewed page but is named after one (the Jira
     * panel of the same post-mortem) becomes a second link in that row; any other entry gets a row of its own.
     *
     * @param stylesheetHref as for {@link #pageHtml}
     */
    public String indexHtml(List<IndexEntry> entries, String stylesheetHref) {
        String heading = words.text("preview.index.title");
        Document out = shell(heading, stylesheetHref);
        Element main = out.body().appendElement("main").addClass("pm-index");
        main.appendElement("h1").text(heading);
        if (entries.isEmpty()) {
            main.appendElement("p").text(words.text("preview.index.empty"));
            return serialise(out);
        }
        Map<String, IndexEntry> pages = new LinkedHashMap<>();
        Map<String, IndexEntry> panels = new LinkedHashMap<>();
        List<IndexEntry> others = new ArrayList<>();
        for (IndexEntry entry : entries) {
            String title = XmlText.oneLine(entry.title());
            if (overview.containsKey(title) && !pages.containsKey(title)) {
                pages.put(title, entry);
            } else {
                others.add(entry);
            }
        }
        for (IndexEntry other : List.copyOf(others)) {
            String title = XmlText.oneLine(other.title());
            pages.keySet().stream().filter(t -> title.endsWith(": " + t) && !panels.containsKey(t)).findFirst()
                    .ifPresent(t -> {
                        panels.put(t, other);
                        others.remove(other);
                    });
        }
        Element table = main.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(words.text("preview.index.page"));
        for (String key : OVERVIEW_KEYS) {
            head.appendElement("th").text(words.text(key));
        }
        head.appendElement("th").text(words.text("preview.index.panel"));
        head.appendElement("th").text(words.text("preview.index.labels"));
        Element body = table.appendElement("tbody");
        pages.forEach((title, entry) -> {
            Element row = body.appendElement("tr");
            link(row.appendElement("td").addClass("pm-title"), title, entry.href());
            Map<String, Fact> facts = overview.get(title);
            for (String key : OVERVIEW_KEYS) {
                Fact fact = facts.getOrDefault(words.text(key), Fact.NONE);
                Element cell = row.appendElement("td");
                if (!fact.text().isEmpty() && (key.equals("fact.severity") || key.equals("fact.status"))) {
                    lozenge(cell, fact.text(), fact.colour()); // coloured as on the page
                } else {
                    cell.text(fact.text());
                    if (key.equals("fact.started") || key.equals("fact.resolved")) {
                        cell.addClass("pm-when"); // wide enough for the date: it breaks before the time, not inside
                    }
                }
            }
            IndexEntry panel = panels.get(title);
            Element panelCell = row.appendElement("td");
            if (panel != null) {
                link(panelCell, words.text("preview.index.panel"), panel.href());
            }
            row.appendElement("td").text(labels(entry));
        });
        for (IndexEntry entry : others) {
            Element row = body.appendElement("tr");
            link(row.appendElement("td").addClass("pm-title"), XmlText.oneLine(entry.title()), entry.href());
            for (int i = 0; i < OVERVIEW_KEYS.size() + 1; i++) {
                row.appendElement("td");
            }
            row.appendElement("td").text(labels(entry));
        }
        return serialise(out);
    }

    /** The Page Properties the index shows, by page-text key (their labels are the page's row headings). */
    static final List<String> OVERVIEW_KEYS = List.of("fact.severity", "fact.status", "fact.started",
            "fact.resolved", "fact.timeToDetect", "fact.timeToMitigate", "fact.timeToResolve", "fact.userImpact");

    private static void link(Element cell, String text, String rawHref) {
        String href = safeLocalOrWebHref(rawHref);
        if (href != null) {
            cell.appendElement("a").attr("href", href).text(text);
        } else {
            cell.text(text);
        }
    }

    private static String labels(IndexEntry entry) {
        return String.join(", ", entry.labels().stream().map(XmlText::oneLine).toList());
    }

    private Document shell(String title, String stylesheetHref) {
        Document out = Document.createShell("");
        out.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html).prettyPrint(true);
        out.selectFirst("html").attr("lang", lang);
        Element head = out.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(XmlText.oneLine(title));
        String css = safeLocalOrWebHref(stylesheetHref);
        if (css != null) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", css);
        }
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(FALLBACK_STYLE));
        return out;
    }

    private static String serialise(Document out) {
        return "<!DOCTYPE html>\n" + out.html() + "\n";
    }

    /**
     * {@code raw} when it is an absolute http(s) URL or a relative path (no scheme, not protocol-relative);
     * otherwise null.
     */
    static String safeLocalOrWebHref(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || !s.equals(XmlText.clean(s))) {
            return null;
        }
        if (Links.safeUrl(s).filter(u -> u.regionMatches(true, 0, "http", 0, 4)).isPresent()) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\\' || c == '"' || c == '<' || c == '>') {
                return null;
            }
        }
        int colon = s.indexOf(':');
        int end = firstOf(s, "/?#");
        boolean hasScheme = colon >= 0 && (end < 0 || colon < end);
        return hasScheme || s.startsWith("//") ? null : s;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private void convertChildren(Element from, Element to) {
        for (Node child : new ArrayList<>(from.childNodes())) {
            convert(child, to);
        }
    }

    private void convert(Node node, Element to) {
        if (node instanceof TextNode text) {
            to.appendText(text.getWholeText());
            return;
        }
        if (!(node instanceof Element el)) {
            return; // comments, CDATA outside a plain-text body, declarations: not shown
        }
        String name = el.tagName().toLowerCase(Locale.ROOT);
        if (DROPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "ac:structured-macro", "ac:macro" -> macro(el, to);
            case "ac:rich-text-body" -> convertChildren(el, to);
            case "ac:plain-text-body" -> to.appendElement("pre").text(el.wholeText());
            case "a" -> {
                String href = Links.safeUrl(el.attr("href")).orElse(null);
                Element link = href == null ? to.appendElement("span") : to.appendElement("a").attr("href", href);
                convertChildren(el, link);
            }
            default -> {
                if (KEPT.contains(name)) {
                    convertChildren(el, to.appendElement(name));
                } else {
                    convertChildren(el, to); // unknown or ac:/ri: element: its text only
                }
            }
        }
    }

    /** Confluence's status lozenge: grey unless its colour is one Confluence draws (red, yellow, green, blue). */
    private static void lozenge(Element to, String title, String colour) {
        Element lozenge = to.appendElement("span").addClass("pm-status").text(title);
        String lower = colour.toLowerCase(Locale.ROOT);
        if (LOZENGE_COLOURS.contains(lower)) {
            lozenge.addClass("pm-status-" + lower);
        }
    }

    private static final Set<String> LOZENGE_COLOURS = Set.of("red", "yellow", "green", "blue");

    private void macro(Element el, Element to) {
        String name = XmlText.oneLine(el.attr("ac:name"));
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element child : el.children()) {
            if (child.tagName().equalsIgnoreCase("ac:parameter")) {
                parameters.put(XmlText.oneLine(child.attr("ac:name")), XmlText.oneLine(child.wholeText()));
            }
        }
        switch (name) {
            case "status" -> {
                lozenge(to, parameters.getOrDefault("title", ""), parameters.getOrDefault("colour", ""));
                return;
            }
            case "toc" -> {
                Element nav = to.appendElement("nav").addClass("pm-macro").addClass("pm-toc");
                nav.appendElement("div").addClass("pm-macro-title").text(words.text("preview.macro.toc"));
                Element list = nav.appendElement("ul");
                Element top = el.root();
                for (Element h2 : top.getElementsByTag("h2")) {
                    list.appendElement("li").text(XmlText.oneLine(h2.text()));
                }
                return;
            }
            case "expand" -> {
                Element details = to.appendElement("details").addClass("pm-expand");
                details.appendElement("summary").text(parameters.getOrDefault("title", ""));
                convertChildren(el, details);
                return;
            }
            default -> {
                // a box, below
            }
        }
        Element box = to.appendElement("div").addClass("pm-macro");
        switch (name) {
            case "details" -> {
                box.addClass("pm-details");
                box.appendElement("div").addClass("pm-macro-title").text(words.text("preview.macro.details"));
            }
            case "jira" -> {
                box.addClass("pm-jira");
                box.appendElement("div").addClass("pm-macro-title").text(words.text("preview.macro.jira"));
                jiraTable(parameters.getOrDefault("jqlQuery", ""), box);
                return;
            }
            default -> {
                box.appendElement("div").addClass("pm-macro-title")
                        .text(words.text("preview.macro.other") + ": " + (name.isEmpty() ? "?" : name));
                if (!parameters.isEmpty()) {
                    Element list = box.appendElement("ul");
                    parameters.forEach((k, v) -> list.appendElement("li").text(k + " = " + v));
                }
            }
        }
        convertChildren(el, box);
    }

    private void jiraTable(String jql, Element box) {
        List<String> keys = new ArrayList<>();
        Matcher m = JQL_KEYS.matcher(jql);
        if (m.find()) {
            for (String key : m.group(1).split(",")) {
                String k = key.strip();
                if (Links.isIssueKey(k)) {
                    keys.add(k);
                }
            }
        }
        if (keys.isEmpty()) {
            box.appendElement("p").text("JQL: " + jql);
            return;
        }
        Element table = box.appendElement("table");
        table.appendElement("thead").appendElement("tr").appendElement("th").text(words.text("preview.jira.key"));
        Element body = table.appendElement("tbody");
        keys.forEach(k -> body.appendElement("tr").appendElement("td").text(k));
        box.appendElement("p").addClass("pm-note")
                .text(words.text("preview.jira.note"));
    }
}
