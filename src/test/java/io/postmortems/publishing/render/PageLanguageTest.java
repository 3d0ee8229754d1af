package io.postmortems.publishing.render;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.MessageText;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.Status;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.tree.PageTreeLayout;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The page language: German headings, English fallbacks, escaping of translated words, the bundle's shape. */
public class PageLanguageTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();
    private static final Locale ESPERANTO = new Locale("eo");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$w\\.get\\(\"([^\"]+)\"\\)");

    static PublishTarget target(Locale locale) {
        PublishTarget t = Samples.target();
        return new PublishTarget(t.spaceKey(), t.rootTitle(), t.layout(), t.jiraBaseUrl(), t.jiraServerId(),
                t.displayZone(), locale);
    }

    private static RenderedPage render(Locale locale) {
        return RENDERER.render(Samples.complete(), target(locale));
    }

    @Test
    public void render_shouldUseGermanHeadingsAndWordsForGerman() throws Exception {
        String body = render(Locale.GERMAN).storageBody();

        for (String heading : List.of("<h2>Zusammenfassung</h2>", "<h2>Auswirkung</h2>", "<h2>Zeitverlauf</h2>",
                "<h2>Grundursache</h2>", "<h3>F\u00fcnf Warum</h3>", "<h2>Gegenma\u00dfnahmen</h2>",
                "<h3>Was gut lief</h3>", "<h2>Bez\u00fcge</h2>")) {
            assertTrue(heading, body.contains(heading));
        }
        assertTrue(body, body.contains("<tr><th>Schweregrad</th><td><ac:structured-macro ac:name=\"status\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"colour\">Red</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">SEV1</ac:parameter></ac:structured-macro></td></tr>"));
        assertTrue(body, body.contains("<tr><th>Status</th><td><ac:structured-macro ac:name=\"status\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"colour\">Yellow</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">In Pr\u00fcfung</ac:parameter></ac:structured-macro></td></tr>"));
        assertTrue(body, body.contains("<tr><th>Review-Termin</th><td>2026-04-02</td></tr>"));
        assertTrue(body, body.contains("<tr><th>Abgemildert</th><td>2026-03-29 04:10 CEST</td></tr>"));
        assertTrue(body, body.contains("<h2>Der Vorfall auf einen Blick</h2>"));
        assertTrue(body, body.contains("<tr><th>F\u00fcr Kunden sichtbar</th><td>Ja</td></tr>"));
        assertTrue(body, body.contains("<th>Was geschah</th>"));
        assertTrue(body, body.contains("<td>Beobachtung</td>"));
        assertTrue(body, body.contains("<td>Hoch</td><td>Verhindern</td><td>In Arbeit</td>"));
        assertTrue(body, body.contains("<th>Status bei Ver\u00f6ffentlichung</th>"));
        for (String english : List.of("<h2>Summary</h2>", "<th>Severity</th>", "In review", "<h2>Timeline</h2>",
                "Countermeasures", "What happened", "Observation")) {
            assertFalse(english, body.contains(english));
        }
        Samples.parseStorage(body);
    }

    @Test
    public void render_shouldStructureTheGermanPageLikeTheEnglishOne() throws Exception {
        Document english = Samples.parseStorage(render(Locale.ENGLISH).storageBody());
        Document german = Samples.parseStorage(render(Locale.GERMAN).storageBody());

        for (String element : List.of("h2", "h3", "tr", "th", "td", "li", "a", "ac:structured-macro",
                "ac:parameter")) {
            assertEquals(element, english.getElementsByTagName(element).getLength(),
                    german.getElementsByTagName(element).getLength());
        }
        assertEquals(render(Locale.ENGLISH).labels(), render(Locale.GERMAN).labels());
    }

    @Test
    public void render_shouldFallBackToEnglishForALanguageWithoutTranslation() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);  // the server's own locale must not leak into pages
        try {
            RenderedPage english = render(Locale.ENGLISH);
            RenderedPage french = render(Locale.FRENCH);
            RenderedPage swissFrench = render(Locale.forLanguageTag("fr-CH"));

            assertTrue(french.storageBody().contains("<h2>Summary</h2>"));
            assertEquals(english.storageBody(), french.storageBody());
            assertEquals(english.contentHash(), french.contentHash());
            assertEquals(english.contentHash(), swissFrench.contentHash());
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    public void render_shouldUseTheLanguageOfARegionalVariant() {
        String body = render(Locale.forLanguageTag("de-AT")).storageBody();

        assertTrue(body, body.contains("<h2>Zusammenfassung</h2>"));
    }

    @Test
    public void render_shouldShowEnglishForAKeyTheTranslationLacks_neverTheKey() {
        String body = render(ESPERANTO).storageBody();

        assertTrue(body, body.contains("<h2>Resumo</h2>"));
        assertTrue(body, body.contains("<h2>Timeline</h2>"));
        assertTrue(body, body.contains("<th>Started</th>"));
        assertFalse(body, body.contains("heading."));
        assertFalse(body, body.contains("postmortems.page"));
        assertEquals("Timeline", PageText.of(ESPERANTO).text("heading.timeline"));
    }

    @Test
    public void render_shouldEscapeTranslatedWordsThatLookLikeMarkup() throws Exception {
        String body = render(ESPERANTO).storageBody();

        assertTrue(body, body.contains("<h2>&lt;b&gt;Efiko&lt;/b&gt; &amp; sekvoj</h2>"));
        assertTrue(body, body.contains("<th>Grav&lt;i&gt;eco&lt;/i&gt; &amp; &quot;nivelo&quot;</th>"));
        assertTrue(body, body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(body, body.contains("<b>Efiko"));
        assertFalse(body, body.contains("<script"));
        Document doc = Samples.parseStorage(body);
        assertEquals(0, doc.getElementsByTagName("b").getLength());
        assertEquals(0, doc.getElementsByTagName("i").getLength());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
    }

    @Test
    public void rootBody_shouldEscapeTranslatedIntroAndReportColumns() throws Exception {
        PublishTarget eo = target(ESPERANTO);
        String root = PageTreeLayout.rootBody(eo);

        assertTrue(root, root.startsWith("<p>Enkonduko &lt;a href=&quot;javascript:x&quot;&gt;ligilo&lt;/a&gt;"
                + " &amp; pli</p>"));
        assertEquals(0, Samples.parseStorage(root).getElementsByTagName("a").getLength());
        assertTrue(root, root.contains("Grav&lt;i&gt;eco&lt;/i&gt; &amp; &quot;nivelo&quot;,Status,Started"));
    }

    @Test
    public void rootBody_shouldBeInThePageLanguage() {
        String root = PageTreeLayout.rootBody(target(Locale.GERMAN));

        assertTrue(root, root.startsWith("<p>Post-Mortems zu Vorf\u00e4llen"));
        assertTrue(root, root.contains("<ac:parameter ac:name=\"headings\">Schweregrad,Status,Beginn,"
                + "Zeit bis zur Behebung,Dienste</ac:parameter>"));
        assertTrue(root, root.contains("<ac:parameter ac:name=\"sortBy\">Beginn</ac:parameter>"));
        assertTrue(root, root.contains("<ac:parameter ac:name=\"firstcolumn\">Post-Mortem</ac:parameter>"));
    }

    /** The report on the root page finds its columns by the facts' row headings: both must be in one language. */
    @Test
    public void reportColumns_shouldBeRowHeadingsOfTheFactsTableInEachLanguage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, ESPERANTO)) {
            Document page = Samples.parseStorage(render(locale).storageBody());
            NodeList headers = page.getElementsByTagName("th");
            Set<String> rowHeadings = new TreeSet<>();
            for (int i = 0; i < headers.getLength(); i++) {
                rowHeadings.add(headers.item(i).getTextContent());
            }
            Document root = Samples.parseStorage(PageTreeLayout.rootBody(target(locale)));
            NodeList parameters = root.getElementsByTagName("ac:parameter");
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < parameters.getLength(); i++) {
                String name = parameters.item(i).getAttributes().getNamedItem("ac:name").getNodeValue();
                if (name.equals("headings")) {
                    columns.addAll(List.of(parameters.item(i).getTextContent().split(",")));
                } else if (name.equals("sortBy")) {
                    columns.add(parameters.item(i).getTextContent());
                }
            }
            assertEquals(locale + ": " + columns, 6, columns.size());
            assertTrue(locale + ": " + columns + " vs " + rowHeadings, rowHeadings.containsAll(columns));
        }
    }

    @Test
    public void title_shouldNameAnUntitledPostMortemInThePageLanguage() {
        PostMortem doc = Samples.complete();
        doc.setTitle("  ");

        assertTrue(RENDERER.render(doc, target(Locale.ENGLISH)).title().endsWith("OPS-42: Post-mortem"));
        assertTrue(RENDERER.render(doc, target(Locale.GERMAN)).title().endsWith("OPS-42: Post-Mortem"));
    }

    @Test
    public void englishEnumWords_shouldBeTheWordsPagesShowedBeforeTranslation() {
        PageText english = PageText.of(Locale.ENGLISH);
        java.util.ResourceBundle bundle = AppBundle.load(Locale.ROOT);
        Map<String, Class<? extends Enum<?>>> groups = Map.of("status", Status.class, "eventKind", EventKind.class,
                "priority", Priority.class, "cmKind", CountermeasureKind.class,
                "cmStatus", CountermeasureStatus.class);
        groups.forEach((group, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = MessageText.enumKey(group, value);
                assertTrue("no English text for " + key, bundle.containsKey(key));
                assertEquals(key, XmlText.escape(PageText.fallbackWords(value.name())),
                        english.enumWord(group, value));
            }
        });
        assertEquals("Won&#39;t do", english.enumWord("cmStatus", CountermeasureStatus.WONT_DO));
    }

    @Test
    public void everyTemplateKey_shouldHaveAnEnglishText() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/confluence"))) {
            for (Path template : templates.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.toString(), used.size() >= 25);
        Set<String> english = PageText.of(Locale.ENGLISH).escapedTexts().keySet();
        for (String key : used) {
            assertTrue("templates use " + key + " but the bundle has no " + PageText.PREFIX + key,
                    english.contains(key));
        }
    }

    @Test
    public void germanTranslation_shouldCoverEveryPageKeyWithoutCommasInReportColumns() throws Exception {
        Properties german = new Properties();
        try (var in = PageText.class.getClassLoader().getResourceAsStream("i18n/postmortems_de.properties")) {
            german.load(in);
        }
        PageText english = PageText.of(Locale.ENGLISH);
        PageText de = PageText.of(Locale.GERMAN);
        for (String key : english.escapedTexts().keySet()) {
            assertTrue("German lacks " + key, german.containsKey(PageText.PREFIX + key));
        }
        for (String key : PagePropertiesReport.HEADING_KEYS) {
            assertFalse(key, english.text(key).contains(","));
            assertFalse(key, de.text(key).contains(","));
        }
        assertNotEquals(english.text("heading.summary"), de.text("heading.summary"));
    }

    @Test
    public void localeOf_shouldReadLanguageTagsAndFallBackToEnglish() {
        assertEquals(Locale.GERMAN, PageText.localeOf("de"));
        assertEquals(Locale.forLanguageTag("de-CH"), PageText.localeOf(" de_CH "));
        assertEquals(Locale.ENGLISH, PageText.localeOf(null));
        assertEquals(Locale.ENGLISH, PageText.localeOf(" "));
        assertEquals(Locale.ENGLISH, PageText.localeOf("not a tag!"));
        assertEquals(Locale.ENGLISH, PageText.localeOf("<b>"));
        assertTrue(PageText.isLanguageTag("pt-BR"));
        assertFalse(PageText.isLanguageTag("12"));
        assertFalse(PageText.isLanguageTag(null));
    }
}
