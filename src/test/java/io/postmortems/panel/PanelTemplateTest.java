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
        assertTrue(html.contains("id=\"pm-cm-list\""));
        assertTrue(html.contains("value=\"Add canary for payment config\""));
        assertTrue(html.contains("value=\"Alert on &lt;script&gt;alert(1)&lt;/script&gt; rate\""));
        assertTrue(html.contains("Describe the root cause before publishing."));
        assertTrue(html.contains("href=\"#pm-field-rootCause-description\""));
        assertTrue(html.contains("id=\"pm-field-rootCause-description\""));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<b>and</b>"));
        assertFalse("no javascript: link; the document's own data is only an escaped attribute",
                html.replaceAll("data-document=\"[^\"]*\"", "").contains("javascript:"));
        assertFalse("every i18n key resolved", html.contains("postmortems.panel."));
        assertTrue(html.contains("Overdue"));
        assertFalse("the document JSON is escaped for its attribute", html.contains("\"severity\":\"SEV2\""));
        assertTrue(html.contains("&quot;severity&quot;:&quot;SEV2&quot;"));
        assertTrue("the panel's stylesheet is inlined", html.contains(".pm-sections dd"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"aui.css\">"));
    }

    @Test
    public void render_shouldOfferTheFormsOnlyToEditors() {
        String editor = PanelPreview.panelHtml(PanelSamples.view());
        for (String form : List.of("pm-form-document", "pm-form-event", "pm-form-delete-event", "pm-form-publish",
                "pm-form-import")) {
            assertTrue(form, editor.contains("id=\"" + form + "\""));
        }
        String reader = PanelPreview.panelHtml(PanelViews.build(PanelSamples.input(false, null)));
        for (String control : List.of("<form", "<input", "<textarea", "<select", "<button", "data-field",
                "data-document")) {
            assertFalse(control, reader.contains(control));
        }
        assertTrue("readers see the countermeasures with their status", reader.contains("id=\"pm-countermeasures\""));
        assertTrue(reader.contains("SEV2 \u2014 Major"));
    }

    /**
     * Everyone sees the status lozenge at the top and who approved when, escaped; only the viewer's allowed steps are
     * buttons, with their ids; "Publish now" only for viewers who may publish.
     */
    @Test
    public void render_shouldShowTheStatusToEveryoneAndTheStepsOnlyToThoseWhoMayTakeThem() {
        String editor = PanelPreview.panelHtml(PanelSamples.view());
        assertTrue(editor.contains("id=\"pm-status-lozenge\">In review</span>"));
        assertTrue(editor.contains("id=\"pm-status-draft\" type=\"button\" data-status=\"DRAFT\">Back to draft<"));
        assertTrue(editor.contains("id=\"pm-status-approved\" type=\"button\" data-status=\"APPROVED\">Approve<"));
        assertFalse(editor.contains("pm-status-in_review"));
        assertTrue(editor.contains("id=\"pm-publish\""));
        assertTrue("the lozenge comes before the findings", editor.indexOf("pm-status-lozenge")
                < editor.indexOf("id=\"pm-findings\""));

        String reader = PanelPreview.panelHtml(PanelViews.build(PanelSamples.input(false, null)));
        assertTrue(reader.contains("aui-lozenge-current pm-status-lozenge\" id=\"pm-status-lozenge\">Approved</span>"));
        assertTrue(reader.contains("Approved by Grace &lt;i&gt;Hopper&lt;/i&gt; on 2026-03-14 09:30"));
        assertFalse(reader.contains("<i>Hopper"));
        assertFalse(reader.contains("pm-status-step"));

        PanelInput in = PanelSamples.input(true, null);
        String mayNotPublish = PanelPreview.panelHtml(PanelViews.build(new PanelInput(in.issueKey(), in.document(),
                in.revision(), in.review(), true, in.tickets(), in.publish(), in.viewerZone(), in.today(), in.text(),
                in.settings(), new ReviewState(io.postmortems.core.model.Status.DRAFT,
                List.of(io.postmortems.core.model.Status.IN_REVIEW), null, false))));
        assertFalse("no Publish now without the right to publish", mayNotPublish.contains("id=\"pm-publish\""));
        assertTrue(mayNotPublish.contains("id=\"pm-status-in_review\""));
        assertTrue(mayNotPublish.contains("id=\"pm-approved-by\" hidden>"));
    }

    @Test
    public void render_shouldShowTheEmptyStates() {
        ResourceBundle bundle = ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH);
        String html = PanelPreview.panelHtml(PanelViews.preview(new io.postmortems.core.model.PostMortem(),
                new ReviewReport(List.of()), ZoneId.of("UTC"), bundle, LocalDate.of(2026, 1, 1)));
        assertTrue(html.contains("No findings \u2014 ready to publish."));
        assertTrue(html.contains("No timeline events yet."));
        assertTrue(html.contains("No countermeasures yet."));
        assertTrue(html.contains("Nothing written yet."));
    }

    /**
     * Every editable input of the write-up form names its document path in data-field (what review findings and the
     * journey tests use), ids are unique, and the three countermeasure rows edit countermeasures[0..2].
     */
    @Test
    public void render_shouldNameTheDocumentPathOfEveryEditableInput() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(PanelPreview.panelHtml(PanelSamples.view()));
        org.jsoup.select.Elements inputs = page.select("#pm-form-document input, #pm-form-document select, "
                + "#pm-form-document textarea");
        assertTrue(inputs.size() > 45);
        Set<String> fields = new TreeSet<>();
        for (org.jsoup.nodes.Element input : inputs) {
            if (input.parents().stream().anyMatch(p -> p.tagName().equals("template"))) {
                continue; // blank rows the script clones and numbers
            }
            assertFalse(input.outerHtml(), input.attr("data-field").isEmpty());
            assertFalse(input.outerHtml(), input.attr("data-kind").isEmpty());
            assertTrue("unique path " + input.attr("data-field"), fields.add(input.attr("data-field")));
        }
        for (int i = 0; i < 3; i++) {
            for (String part : List.of("summary", "owner", "dueDate", "priority", "kind")) {
                assertTrue(fields.contains("countermeasures[" + i + "]." + part));
            }
        }
        assertTrue(fields.containsAll(List.of("severity", "times.detected", "meeting.participants", "ideas")));
        Set<String> ids = new java.util.HashSet<>();
        page.select("[id]").forEach(e -> assertTrue("unique id " + e.id(), ids.add(e.id())));
        assertTrue("the stored priority is selected", page.selectFirst(
                "[data-field=\"countermeasures[0].priority\"] option[value=HIGH]").hasAttr("selected"));
        assertFalse(page.selectFirst("[data-field=\"countermeasures[0].priority\"] option[value=LOW]")
                .hasAttr("selected"));
    }

    /**
     * The author records the status of a countermeasure without a ticket in the editor, in the shared words of the
     * enum; with a ticket there is no such control (Jira's workflow owns the status).
     */
    @Test
    public void render_shouldOfferAStatusChoiceOnlyForCountermeasuresWithoutATicket() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(PanelPreview.panelHtml(PanelSamples.view()));
        assertTrue("c1 and c2 have tickets", page.select("[data-field=\"countermeasures[0].status\"], "
                + "[data-field=\"countermeasures[1].status\"]").isEmpty());
        org.jsoup.nodes.Element status = page.selectFirst("select[data-field=\"countermeasures[2].status\"]");
        assertTrue("c3 has no ticket", status != null);
        assertEquals("status", status.attr("data-part"));
        assertEquals(List.of("Open", "In progress", "Done", "Won't do"),
                status.select("option").eachText());
        assertEquals(List.of("OPEN", "IN_PROGRESS", "DONE", "WONT_DO"), status.select("option").eachAttr("value"));
        assertTrue("the recorded status is selected", status.selectFirst("option[value=OPEN]").hasAttr("selected"));
        assertTrue(page.select("#pm-cm-template [data-part=status]").isEmpty());
        String reader = PanelPreview.panelHtml(PanelViews.build(PanelSamples.input(false, null)));
        assertFalse(reader.contains("data-part=\"status\""));

        PanelInput in = PanelSamples.input(true, null);
        org.jsoup.nodes.Document german = org.jsoup.Jsoup.parse(PanelPreview.panelHtml(PanelViews.build(new PanelInput(
                in.issueKey(), in.document(), in.revision(), new ReviewReport(List.of()), true, in.tickets(),
                in.publish(), in.viewerZone(), in.today(), BundleText.of(Locale.GERMAN), in.settings(),
                in.lifecycle()))));
        assertEquals(List.of("Offen", "In Arbeit", "Erledigt", "Wird nicht umgesetzt"),
                german.select("select[data-field=\"countermeasures[2].status\"] option").eachText());
    }

    private static final Pattern FOREACH = Pattern.compile(
            "#foreach\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)((?:\\.\\w+)*)\\.(\\w+)\\s*\\)");
    private static final Pattern REF = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+)+)");

    /** The methods the template calls on the view, resolved the way Velocity does (getX, then isX). */
    static Set<String> templateMethods(String template) throws NoSuchMethodException {
        return templateMethods(template, PanelView.class);
    }

    /** The same for a template whose {@code $view} is of another type (the reports page's {@link ReportsView}). */
    static Set<String> templateMethods(String template, Class<?> viewType) throws NoSuchMethodException {
        StringBuilder code = new StringBuilder();
        for (String line : template.split("\n")) {
            if (!line.strip().startsWith("##")) {
                code.append(line).append('\n');
            }
        }
        Map<String, Class<?>> types = new HashMap<>();
        types.put("view", viewType);
        Matcher loops = FOREACH.matcher(code);
        while (loops.find()) {
            Class<?> owner = types.get(loops.group(2));
            for (String step : loops.group(3).split("\\.")) {
                owner = step.isEmpty() ? owner : getter(owner, step).getReturnType();
            }
            Method list = getter(owner, loops.group(4));
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
            // a chain ($view.review.statusLabelHtml) calls every getter along it
            for (String property : refs.group(2).substring(1).split("\\.")) {
                Method getter = getter(type, property);
                methods.add(type.getName() + "#" + getter.getName() + "()");
                type = getter.getReturnType();
            }
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
        used.addAll(templateMethods(Files.readString(Path.of("src/main/resources/templates/reports/reports.vm")),
                ReportsView.class));
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

    @Test
    public void render_shouldShowImportedNotesEscapedToReadersAndInThePreview() {
        io.postmortems.core.model.PostMortem doc = PanelSamples.document();
        doc.setNotes(List.of(new io.postmortems.core.model.Note("Room <i>B</i>", "Blue & <script>alert(1)</script>"),
                new io.postmortems.core.model.Note("", " "),
                new io.postmortems.core.model.Note("Open questions", "Page on age?\nOr on depth?")));
        PanelView view = PanelViews.preview(doc, new ReviewReport(List.of()), ZoneId.of("UTC"),
                ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ENGLISH),
                LocalDate.of(2026, 1, 1));
        assertEquals(List.of("Room &lt;i&gt;B&lt;/i&gt;", "Open questions"),
                view.getNotes().stream().map(TimeRow::getLabelHtml).toList());
        assertEquals("Blue &amp; &lt;script&gt;alert(1)&lt;/script&gt;", view.getNotes().get(0).getValueHtml());
        String html = PanelPreview.panelHtml(view);
        assertTrue(html, html.contains("Notes (imported)</h3>"));
        assertTrue(html.contains("<dt>Open questions</dt>\n      <dd class=\"pm-section-value\">Page on age?\nOr on depth?</dd>"));
        assertFalse(html.contains("<script>alert"));
        String without = PanelPreview.panelHtml(PanelViews.build(PanelSamples.input(false, null)));
        assertFalse("no notes, no section", without.contains("pm-notes"));
        assertFalse(PanelSamples.view().isHasNotes());
    }

    @Test
    public void render_shouldShowImportedNotesEscapedToEditorsBesideTheImportForm() {
        PanelInput in = PanelSamples.input(true, null);
        in.document().setNotes(List.of(new io.postmortems.core.model.Note("Room <i>B</i>",
                "Blue & <script>alert(1)</script>")));
        String html = PanelPreview.panelHtml(PanelViews.build(in));
        assertTrue(html, html.contains("id=\"pm-notes\""));
        assertTrue(html.contains("<dt>Room &lt;i&gt;B&lt;/i&gt;</dt>"));
        assertTrue(html.contains("Blue &amp; &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>alert"));
        assertTrue("the import asks for a file or pasted text", html.contains("id=\"pm-import-file\"")
                && html.contains("id=\"pm-import-markdown\""));
        assertTrue("the confirmation waits for the server", html.contains("<div class=\"field-group pm-import-confirm\" hidden>"));
    }
}
