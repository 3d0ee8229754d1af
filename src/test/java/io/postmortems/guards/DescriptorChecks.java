package io.postmortems.guards;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a plugin descriptor against the build: the plugin key, module classes, resource locations, i18n keys,
 * unique module keys and the Data Center params. Returns violations instead of failing, so tests can show the
 * checks catch a broken descriptor.
 */
final class DescriptorChecks {
    /**
     * Per module element, and per attribute naming a class, the type that class must be (by fully-qualified
     * name, so the check works whichever jar provides it). Extend this as the descriptor grows.
     */
    static final Map<String, String> REQUIRED_TYPE = Map.ofEntries(
            Map.entry("web-panel/context-provider", "com.atlassian.plugin.web.ContextProvider"),
            Map.entry("web-item/context-provider", "com.atlassian.plugin.web.ContextProvider"),
            Map.entry("web-item/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("web-panel/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("web-section/condition", "com.atlassian.plugin.web.Condition"),
            Map.entry("servlet/class", "jakarta.servlet.http.HttpServlet"),
            Map.entry("servlet-filter/class", "jakarta.servlet.Filter"),
            Map.entry("ao/entity", "net.java.ao.RawEntity"),
            Map.entry("webwork1/action", "com.atlassian.jira.web.action.JiraWebActionSupport"));

    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");

    private final ClassLoader classLoader;
    private final Predicate<String> resourceExists;
    private final Properties bundle;

    DescriptorChecks(ClassLoader classLoader, Predicate<String> resourceExists, Properties bundle) {
        this.classLoader = classLoader;
        this.resourceExists = resourceExists;
        this.bundle = bundle;
    }

    static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    List<String> check(Document descriptor, String expectedKey) {
        List<String> violations = new ArrayList<>();
        Element root = descriptor.getDocumentElement();
        if (!expectedKey.equals(root.getAttribute("key"))) {
            violations.add("plugin key is '" + root.getAttribute("key") + "', pom says '" + expectedKey + "'");
        }
        checkDataCenterParams(root, violations);
        Set<String> moduleKeys = new HashSet<>();
        for (Element module : children(root)) {
            String type = module.getTagName();
            if (type.equals("plugin-info")) {
                continue;
            }
            String key = module.getAttribute("key");
            if (!type.equals("resource") && !moduleKeys.add(key)) {
                violations.add("module key '" + key + "' is used twice");
            }
            checkClasses(module, type, violations);
        }
        checkResources(root, violations);
        checkI18nKeys(root, violations);
        return violations;
    }

    private void checkDataCenterParams(Element root, List<String> violations) {
        Map<String, String> wanted = Map.of("atlassian-data-center-status", "compatible",
                "atlassian-data-center-compatible", "true");
        for (var entry : wanted.entrySet()) {
            boolean found = false;
            for (Element param : descendants(root, "param")) {
                if (entry.getKey().equals(param.getAttribute("name"))
                        && entry.getValue().equals(param.getTextContent().trim())) {
                    found = true;
                }
            }
            if (!found) {
                violations.add("plugin-info lacks param " + entry.getKey() + "=" + entry.getValue());
            }
        }
    }

    private void checkClasses(Element module, String type, List<String> violations) {
        // class attribute on the module itself, and on nested elements (context-provider, condition, entity...)
        List<Element> candidates = new ArrayList<>();
        candidates.add(module);
        candidates.addAll(descendants(module, "*"));
        for (Element element : candidates) {
            if (!element.hasAttribute("class")) {
                continue;
            }
            String className = element.getAttribute("class");
            String slot = element == module ? type + "/class" : type + "/" + element.getTagName();
            Class<?> cls;
            try {
                cls = Class.forName(className, false, classLoader);
            } catch (ClassNotFoundException e) {
                violations.add(slot + " names " + className + ", which is not a class of the build");
                continue;
            }
            String required = REQUIRED_TYPE.get(slot);
            if (required != null && !isA(cls, required)) {
                violations.add(slot + " " + className + " is not a " + required);
            }
        }
        // AO entities are listed as <entity> text, not class attributes
        if (type.equals("ao")) {
            for (Element entity : descendants(module, "entity")) {
                String className = entity.getTextContent().trim();
                try {
                    Class<?> cls = Class.forName(className, false, classLoader);
                    if (!isA(cls, REQUIRED_TYPE.get("ao/entity"))) {
                        violations.add("ao entity " + className + " is not a net.java.ao.RawEntity");
                    }
                } catch (ClassNotFoundException e) {
                    violations.add("ao entity " + className + " is not a class of the build");
                }
            }
        }
    }

    static boolean isA(Class<?> cls, String typeName) {
        if (cls == null) {
            return false;
        }
        if (cls.getName().equals(typeName)) {
            return true;
        }
        for (Class<?> iface : cls.getInterfaces()) {
            if (isA(iface, typeName)) {
                return true;
            }
        }
        return isA(cls.getSuperclass(), typeName);
    }

    private void checkResources(Element root, List<String> violations) {
        for (Element resource : descendants(root, "resource")) {
            String location = resource.getAttribute("location");
            String type = resource.getAttribute("type");
            String path = type.equals("i18n") ? location.replace('.', '/') + ".properties" : location;
            if (!resourceExists.test(path)) {
                violations.add("resource '" + resource.getAttribute("name") + "' points at missing " + path);
            }
        }
        for (Element param : descendants(root, "param")) {
            String name = param.getAttribute("name");
            if (name.equals("plugin-icon") || name.equals("plugin-logo")) {
                String path = param.getTextContent().trim();
                if (!resourceExists.test(path)) {
                    violations.add("param " + name + " points at missing " + path);
                }
            }
        }
    }

    private void checkI18nKeys(Element root, List<String> violations) {
        Set<String> used = new HashSet<>();
        for (Element element : descendants(root, "*")) {
            if (element.hasAttribute("i18n-name-key")) {
                used.add(element.getAttribute("i18n-name-key"));
            }
            if ((element.getTagName().equals("label") || element.getTagName().equals("description")
                    || element.getTagName().equals("tooltip")) && element.hasAttribute("key")) {
                used.add(element.getAttribute("key"));
            }
        }
        // keys used by Velocity templates the descriptor points at
        for (Element resource : descendants(root, "resource")) {
            if (resource.getAttribute("type").equals("velocity")) {
                used.addAll(templateKeys(resource.getAttribute("location")));
            }
        }
        for (String key : used) {
            if (!bundle.containsKey(key)) {
                violations.add("i18n key '" + key + "' is used but not in the bundle");
            }
        }
    }

    private Set<String> templateKeys(String location) {
        Set<String> keys = new HashSet<>();
        try (InputStream in = classLoader.getResourceAsStream(location)) {
            if (in == null) {
                return keys;
            }
            Matcher m = TEMPLATE_KEY.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    static List<Element> descendants(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
