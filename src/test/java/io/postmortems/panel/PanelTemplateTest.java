package io.postmortems.panel;

import io.postmortems.core.review.ReviewReport;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PanelTemplateTest {
    @Test
    public void render_shouldShowFindingsSectionsAndTablesWithoutRawUserMarkup() {
        String html = PanelPreview.render(PanelSamples.view(), "aui.css");
        assertTrue(html.contains("id=\"pm-countermeasures\""));
        assertTrue(html.contains("Add canary for payment config"));
        assertTrue(html.contains("Describe the root cause before publishing."));
        assertTrue(html.contains("href=\"#pm-field-rootCause-description\""));
        assertTrue(html.contains("id=\"pm-field-rootCause-description\""));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<b>and</b>"));
        assertFalse(html.contains("javascript:"));
        assertFalse("every i18n key resolved", html.contains("postmortems.panel."));
        assertTrue(html.contains("Overdue"));
        assertTrue("the panel's stylesheet is inlined", html.contains(".pm-sections dd"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"aui.css\">"));
    }

    @Test
    public void render_shouldOfferTheFormsOnlyToEditors() {
        String editor = PanelPreview.panelHtml(PanelSamples.view());
        for (String form : List.of("pm-form-section", "pm-form-event", "pm-form-cm", "pm-form-publish")) {
            assertTrue(form, editor.contains("id=\"" + form + "\""));
        }
        String reader = PanelPreview.panelHtml(PanelViews.build(PanelSamples.input(false, null)));
        assertFalse(reader.contains("<form"));
        assertFalse(reader.contains("pm-edit-section"));
    }

    @Test
    public void render_shouldShowTheEmptyStates() {
        ResourceBundle bundle = ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH);
        String html = PanelPreview.panelHtml(PanelViews.preview(new io.postmortems.core.model.PostMortem(),
                new ReviewReport(List.of()), ZoneId.of("UTC"), bundle, LocalDate.of(2026, 1, 1)));
        assertTrue(html.contains("No findings \u2014 ready to publish."));
        assertTrue(html.contains("No timeline events yet."));
        assertTrue(html.contains("No countermeasures yet."));
        assertTrue(html.contains("Not written yet"));
    }

    private static final Pattern FOREACH = Pattern.compile("#foreach\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\.(\\w+)\\s*\\)");
    private static final Pattern REF = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)");

    /** The methods the template calls on the view, resolved the way Velocity does (getX, then isX). */
    static Set<String> templateMethods(String template) throws NoSuchMethodException {
        StringBuilder code = new StringBuilder();
        for (String line : template.split("\n")) {
            if (!line.strip().startsWith("##")) {
                code.append(line).append('\n');
            }
        }
        Map<String, Class<?>> types = new HashMap<>();
        types.put("view", PanelView.class);
        Matcher loops = FOREACH.matcher(code);
        while (loops.find()) {
            Method list = getter(types.get(loops.group(2)), loops.group(3));
            types.put(loops.group(1), (Class<?>) ((ParameterizedType) list.getGenericReturnType())
                    .getActualTypeArguments()[0]);
        }
        Set<String> methods = new TreeSet<>();
        Matcher refs = REF.matcher(code);
        while (refs.find()) {
            if (refs.group(1).equals("i18n")) {
                continue;
            }
            Class<?> type = types.get(refs.group(1));
            assertTrue("unknown template variable $" + refs.group(1), type != null);
            methods.add(type.getName() + "#" + getter(type, refs.group(2)).getName() + "()");
        }
        return methods;
    }

    private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            return type.getMethod("get" + cap);
        } catch (NoSuchMethodException e) {
            return type.getMethod("is" + cap);
        }
    }

    @Test
    public void velocityAllowlist_shouldListExactlyTheGettersTheTemplatesCall() throws Exception {
        String template = Files.readString(Path.of("src/main/resources", PanelPreview.TEMPLATE));
        Set<String> used = templateMethods(template);
        // the admin page's template is data-free (only $i18n): it adds nothing, and must stay that way or be listed
        Set<String> admin = templateMethods(Files.readString(Path.of("src/main/resources/templates/admin/settings.vm")));
        assertEquals(Set.of(), admin);
        used.addAll(admin);
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("atlassian-plugin.xml.template").toFile());
        NodeList nodes = descriptor.getElementsByTagName("method");
        Set<String> allowed = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            allowed.add(nodes.item(i).getTextContent().trim());
        }
        assertTrue(used.size() > 40);
        assertTrue(used.stream().allMatch(m -> m.startsWith("io.postmortems.panel.")));
        assertEquals(used, allowed);
    }

    /**
     * Jira escapes Velocity references itself unless their name ends in "Html"; the view escapes every String in
     * Java instead. Both hold together only if every String the template prints comes from an "...Html" getter: a
     * plain-named String would be escaped twice by Jira (visible as &amp;amp;), or not at all in the preview.
     */
    @Test
    public void template_shouldPrintStringsOnlyThroughHtmlGetters() throws Exception {
        String template = Files.readString(Path.of("src/main/resources", PanelPreview.TEMPLATE));
        List<String> plainStrings = new java.util.ArrayList<>();
        for (String method : templateMethods(template)) {
            String className = method.substring(0, method.indexOf('#'));
            String name = method.substring(method.indexOf('#') + 1, method.length() - 2);
            Method m = Class.forName(className).getMethod(name);
            if (m.getReturnType() == String.class && !name.endsWith("Html")) {
                plainStrings.add(method);
            }
        }
        assertEquals(List.of(), plainStrings);
    }
}
