package io.postmortems.journey.rig;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The app's web-resources as the plugin descriptor declares them: modules, their dependencies, download resources and
 * contexts. Resolves a context (e.g. {@code jira.view.issue}) into the ordered list of script and style URLs a page
 * loads, dependencies first, as Jira's web-resource manager does. AUI ({@code com.atlassian.auiplugin:ajs}) comes
 * from {@code node_modules/@atlassian/aui} (installed by {@code .ci/prepare}) with jQuery before it.
 */
public final class WebResources {
    public static final String AUI = "com.atlassian.auiplugin:ajs";

    /** One downloadable file of a module. */
    public record Download(String module, String name, String location) {
        public boolean isScript() {
            return name.endsWith(".js");
        }
    }

    /** A web-item of the descriptor: section, link id, label key, link (with Velocity references) and style class. */
    public record WebItem(String key, String section, String linkId, String labelKey, String link,
                          String styleClass, String conditionClass) {
    }

    private record Module(String key, List<String> dependencies, List<Download> downloads, List<String> contexts) {
    }

    private final String pluginKey;
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final List<WebItem> webItems = new ArrayList<>();

    private WebResources(String pluginKey) {
        this.pluginKey = pluginKey;
    }

    /** The generated descriptor on the classpath, or the template at the top level with the plugin key filled. */
    public static WebResources load() {
        try {
            String xml;
            try (InputStream in = WebResources.class.getResourceAsStream("/atlassian-plugin.xml")) {
                xml = in != null ? new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        : Files.readString(Path.of("atlassian-plugin.xml.template"));
            }
            String key = System.getProperty("atlassian.plugin.key", "io.postmortems.postmortems-for-jira");
            xml = xml.replaceAll("\\$\\{[^}]+}", "").replace("key=\"\"", "key=\"" + key + "\"");
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            String pluginKey = doc.getDocumentElement().getAttribute("key");
            WebResources resources = new WebResources(pluginKey);
            NodeList list = doc.getElementsByTagName("web-resource");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                String moduleKey = pluginKey + ":" + e.getAttribute("key");
                List<String> deps = texts(e, "dependency", pluginKey);
                List<String> contexts = texts(e, "context", pluginKey);
                List<Download> downloads = new ArrayList<>();
                NodeList rs = e.getElementsByTagName("resource");
                for (int j = 0; j < rs.getLength(); j++) {
                    Element r = (Element) rs.item(j);
                    if ("download".equals(r.getAttribute("type"))) {
                        downloads.add(new Download(moduleKey, r.getAttribute("name"), r.getAttribute("location")));
                    }
                }
                resources.modules.put(moduleKey, new Module(moduleKey, deps, downloads, contexts));
            }
            NodeList items = doc.getElementsByTagName("web-item");
            for (int i = 0; i < items.getLength(); i++) {
                Element e = (Element) items.item(i);
                Element link = first(e, "link");
                Element label = first(e, "label");
                Element style = first(e, "styleClass");
                Element condition = first(e, "condition");
                resources.webItems.add(new WebItem(e.getAttribute("key"), e.getAttribute("section"),
                        link == null ? "" : link.getAttribute("linkId"), label == null ? "" : label.getAttribute("key"),
                        link == null ? "" : link.getTextContent().trim(), style == null ? "" : style.getTextContent().trim(),
                        condition == null ? "" : condition.getAttribute("class")));
            }
            return resources;
        } catch (Exception e) {
            throw new IllegalStateException("the plugin descriptor could not be read: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Element parent, String tag, String pluginKey) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            String text = nodes.item(i).getTextContent().trim();
            // "${atlassian.plugin.key}:x" was emptied above to ":x"
            out.add(text.startsWith(":") ? pluginKey + text : text);
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    /** The descriptor's web-items in a section (e.g. {@code operations-top-level}), in descriptor order. */
    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(w -> w.section().equals(section)).toList();
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** Modules for the given contexts and module keys, each after its dependencies, each once. */
    public List<String> resolve(Set<String> contexts, Set<String> moduleKeys) {
        Set<String> ordered = new LinkedHashSet<>();
        for (Module m : modules.values()) {
            if (m.contexts.stream().anyMatch(contexts::contains) || moduleKeys.contains(m.key)) {
                add(m.key, ordered, new LinkedHashSet<>());
            }
        }
        return new ArrayList<>(ordered);
    }

    private void add(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        Module m = modules.get(key);
        if (m != null) {
            for (String dep : m.dependencies) {
                add(dep, ordered, visiting);
            }
        } else if (!AUI.equals(key)) {
            throw new IllegalStateException("web-resource dependency " + key + " is not declared");
        }
        ordered.add(key);
    }

    public List<Download> downloads(String moduleKey) {
        Module m = modules.get(moduleKey);
        return m == null ? List.of() : m.downloads;
    }

    /** The download of a module by its name, for the resource servlet. */
    public Download download(String moduleKey, String name) {
        return downloads(moduleKey).stream().filter(d -> d.name.equals(name)).findFirst().orElse(null);
    }

    /** The {@code <link>}/{@code <script>} tags of the resolved modules, under the context path. */
    public String tags(String contextPath, Set<String> contexts, Set<String> moduleKeys) {
        StringBuilder html = new StringBuilder();
        for (String key : resolve(contexts, moduleKeys)) {
            if (AUI.equals(key)) {
                if (Files.isDirectory(auiDir())) {
                    // Jira's page head defines AJS.contextPath() before AUI loads; AUI re-exports it
                    html.append("<script>window.AJS = window.AJS || {}; AJS.contextPath = function () { "
                            + "return window.contextPath || ''; };</script>\n");
                    html.append("<script src=\"").append(contextPath).append("/rig-static/jquery/jquery.min.js\"></script>\n");
                    html.append("<link rel=\"stylesheet\" href=\"").append(contextPath)
                            .append("/rig-static/aui/aui-prototyping.css\">\n");
                    html.append("<script src=\"").append(contextPath)
                            .append("/rig-static/aui/aui-prototyping.js\"></script>\n");

                }
                continue;
            }
            for (Download d : downloads(key)) {
                String url = contextPath + "/download/resources/" + key + "/" + d.name;
                html.append(d.isScript() ? "<script src=\"" + url + "\"></script>\n"
                        : "<link rel=\"stylesheet\" href=\"" + url + "\">\n");
            }
        }
        return html.toString();
    }

    /** Where {@code .ci/prepare} puts AUI's distribution. */
    public static Path auiDir() {
        return Path.of("node_modules", "@atlassian", "aui", "dist", "aui");
    }

    public static Path jqueryDir() {
        return Path.of("node_modules", "jquery", "dist");
    }
}
