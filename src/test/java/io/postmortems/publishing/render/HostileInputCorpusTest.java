package io.postmortems.publishing.render;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.recurrence.Recurrence;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every hostile payload in every field a user can type into. Each case renders the complete sample document with
 * one field set to the payload (after benign text, and for some fields also alone) and checks the storage body with
 * a strict XML parser: well-formed; only elements and attributes the templates emit; as many {@code ac:}/{@code ri:}
 * elements as the same document with benign text; no event handlers; every link http(s) or mailto; the benign text
 * shown verbatim; the title and labels clean.
 */
@RunWith(Parameterized.class)
public class HostileInputCorpusTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();
    private static final String TEXT = "Kept R&D 'x' \"y\" 2<3>1 $v #end";
    private static final String URL = "https://example.com/e?a=1&b=2";
    private static final String KEY = "OPS-77";

    private static final Set<String> ELEMENTS = Set.of("root", "ac:structured-macro", "ac:parameter",
            "ac:rich-text-body", "h2", "h3", "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "a", "code", "pre",
            "table", "tbody", "tr", "th", "td");
    private static final Set<String> ATTRIBUTES = Set.of("ac:name", "ac:schema-version", "href");
    private static final Set<String> MACRO_NAMES = Set.of("details", "jira", "status", "toc", "expand");
    private static final Set<String> PARAMETER_NAMES = Set.of("id", "serverId", "jqlQuery", "columns", "maximumIssues",
            "colour", "title", "maxLevel");
    private static final Set<String> COLOURS = Set.of("Grey", "Red", "Yellow", "Blue", "Green");
    private static final Map<String, Integer> BENIGN_MARKUP = new ConcurrentHashMap<>();

    /** Where a field shows: the post-mortem page's body or title, or the external summary's page. */
    enum Shown { BODY, TITLE, EXTERNAL, EXTERNAL_TITLE }

    record Field(String name, String benign, Shown shown, boolean alsoBare, BiConsumer<PostMortem, String> set) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", TEXT, Shown.TITLE, true, PostMortem::setTitle),
            new Field("issueKey", KEY, Shown.BODY, true, PostMortem::setIssueKey),
            new Field("severity", TEXT, Shown.BODY, true, PostMortem::setSeverity),
            new Field("summary", TEXT, Shown.BODY, true, PostMortem::setSummary),
            new Field("impact.whoAffected", TEXT, Shown.BODY, false, (d, s) -> d.getImpact().setWhoAffected(s)),
            new Field("facilitator", TEXT, Shown.BODY, false, (d, s) -> d.getMeeting().setFacilitatedBy(s)),
            new Field("meeting.contact", TEXT, Shown.BODY, false, (d, s) -> d.getMeeting().setContact(s)),
            new Field("meeting.createdBy", TEXT, Shown.BODY, false, (d, s) -> d.getMeeting().setCreatedBy(s)),
            new Field("meeting.participants", TEXT, Shown.BODY, false,
                    (d, s) -> d.getMeeting().setParticipants(List.of("Robin", s))),
            new Field("times.custom.name", TEXT, Shown.BODY, false, (d, s) -> d.getTimes().setCustom(
                    List.of(new io.postmortems.core.model.NamedTime(s, d.getTimes().getDetected())))),
            new Field("timeline.text", TEXT, Shown.BODY, false, (d, s) -> d.getTimeline().get(0).setText(s)),
            new Field("timeline.evidenceUrl", URL, Shown.BODY, true, (d, s) -> d.getTimeline().get(0).setEvidenceUrl(s)),
            new Field("timeline.author", TEXT, Shown.BODY, false, (d, s) -> d.getTimeline().get(0).setAuthor(s)),
            new Field("rootCause.fiveWhys", TEXT, Shown.BODY, false, (d, s) -> d.getRootCause().setFiveWhys(List.of(s))),
            new Field("resolution", TEXT, Shown.BODY, false, PostMortem::setResolution),
            new Field("countermeasure.summary", TEXT, Shown.BODY, false,
                    (d, s) -> d.getCountermeasures().get(0).setSummary(s)),
            new Field("countermeasure.owner", TEXT, Shown.BODY, false,
                    (d, s) -> d.getCountermeasures().get(0).setOwner(s)),
            new Field("countermeasure.issueKey", KEY, Shown.BODY, true,
                    (d, s) -> d.getCountermeasures().get(2).setIssueKey(s)),
            new Field("ideas", TEXT, Shown.BODY, false, (d, s) -> d.setIdeas(List.of(s))),
            new Field("tags", TEXT, Shown.BODY, true, (d, s) -> d.setTags(List.of("config", s))),
            new Field("services", TEXT, Shown.BODY, false, (d, s) -> d.setServices(List.of(s))),
            new Field("relatedIncidents", URL, Shown.BODY, true, (d, s) -> d.setRelatedIncidents(List.of(s))),
            new Field("notes.heading", TEXT, Shown.BODY, false,
                    (d, s) -> d.setNotes(List.of(new io.postmortems.core.model.Note(s, "Kept text")))),
            new Field("notes.text", TEXT, Shown.BODY, true,
                    (d, s) -> d.setNotes(List.of(new io.postmortems.core.model.Note("Appendix", s)))),
            new Field("externalSummary.whatHappened", TEXT, Shown.EXTERNAL, true,
                    (d, s) -> external(d).setWhatHappened(s)),
            new Field("externalSummary.impact", TEXT, Shown.EXTERNAL, true, (d, s) -> external(d).setImpact(s)),
            new Field("externalSummary.whatWeChanged", TEXT, Shown.EXTERNAL, true,
                    (d, s) -> external(d).setWhatWeChanged(s)),
            new Field("externalSummary.title", TEXT, Shown.EXTERNAL_TITLE, false, (d, s) -> {
                external(d);
                d.setTitle(s);
            }));

    private static final ExternalSummaryPage EXTERNAL = new ExternalSummaryPage();

    /** The document's external summary, created with plain parts when it has none. */
    private static io.postmortems.core.model.ExternalSummary external(PostMortem d) {
        if (d.getExternalSummary() == null) {
            io.postmortems.core.model.ExternalSummary s = new io.postmortems.core.model.ExternalSummary();
            s.setWhatHappened("Payments were slow.");
            s.setImpact("Some orders waited.");
            s.setWhatWeChanged("More capacity.");
            d.setExternalSummary(s);
        }
        return d.getExternalSummary();
    }

    public static Map<String, String> payloads() {
        Map<String, String> p = new LinkedHashMap<>();
        // scripts and event handlers
        p.put("script", "<script>alert(1)</script>");
        p.put("script-src", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>");
        p.put("img-onerror", "<img src=x onerror=alert(1)>");
        p.put("svg-onload", "<svg onload=alert(1)>");
        p.put("svg-script", "<svg><script>alert(1)</script></svg>");
        p.put("p-onclick", "<p onclick=\"alert(1)\">x</p>");
        p.put("b-onmouseover", "<p>ok</p><b onmouseover=alert(1)>bold</b>");
        p.put("a-onclick", "<a href=\"https://ok.example\" onclick=\"x()\">ok</a>");
        p.put("style-attr", "<p style=\"background:url(javascript:alert(1))\">x</p>");
        p.put("style-element", "<style>body{background:url(javascript:alert(1))}</style>");
        p.put("iframe", "<iframe src=\"https://evil.example\"></iframe>");
        p.put("object", "<object data=\"x.swf\"></object><embed src=x>");
        p.put("form", "<form action=\"https://evil.example\"><input name=a><button>go</button></form>");
        p.put("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");
        p.put("base", "<base href=\"https://evil.example/\"><link rel=stylesheet href=x>");
        p.put("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
        p.put("mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">");
        p.put("namespaced-script", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>");
        p.put("table", "<table><tr><td>cell</td></tr></table>");
        // link schemes
        p.put("javascript-link", "<a href=\"javascript:alert(1)\">x</a>");
        p.put("javascript-mixed-case", "<a href=\"JaVaScRiPt:alert(1)\">x</a>");
        p.put("javascript-tab-entity", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>");
        p.put("javascript-newline-entity", "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>");
        p.put("javascript-decimal-entities",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>");
        p.put("javascript-leading-space", "<a href=\" javascript:alert(1)\">x</a>");
        p.put("data-link", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>");
        p.put("vbscript-link", "<a href=\"vbscript:msgbox(1)\">x</a>");
        p.put("relative-link", "<a href=\"//evil.example/x\">x</a><a href=\"/secure/admin\">y</a>");
        p.put("mailto-link", "<a href=\"mailto:oncall@example.com?subject=hi\">mail</a>");
        p.put("javascript-plain", "javascript:alert(1)");
        p.put("data-plain", "data:text/html,<script>alert(1)</script>");
        p.put("url-quote-breakout", "https://ok.example/\"><script>alert(1)</script>");
        // Confluence macros and wiki markup
        p.put("html-macro", "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script>alert(1)"
                + "</script>]]></ac:plain-text-body></ac:structured-macro>");
        p.put("include-macro", "<ac:structured-macro ac:name=\"include\"><ac:parameter ac:name=\"\"><ac:link>"
                + "<ri:page ri:content-title=\"Secret\"/></ac:link></ac:parameter></ac:structured-macro>");
        p.put("ri-url", "<ri:url ri:value=\"javascript:alert(1)\"/>");
        p.put("ac-image", "<ac:image><ri:url ri:value=\"https://evil.example/x.png\"/></ac:image>");
        p.put("ac-emoticon", "<p><ac:emoticon ac:name=\"smile\"/></p>");
        p.put("ri-user", "<ri:user ri:userkey=\"admin\"/>");
        p.put("unterminated-macro", "<ac:structured-macro ac:name=\"html\"");
        p.put("wiki-html", "{html}<script>alert(1)</script>{html}");
        p.put("wiki-jira", "{jira:key=OPS-1}{include:Secret}");
        // CDATA, entities, XML declarations
        p.put("cdata-end", "]]>");
        p.put("cdata-section", "<![CDATA[ x ]]>");
        p.put("cdata-breakout", "]]><script>alert(1)</script>");
        p.put("billion-laughs", "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<p>&lol2;</p>");
        p.put("xxe", "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>&xxe;");
        p.put("bare-entity", "&xxe; &lol; &");
        p.put("html-entities", "&nbsp;&copy;&bogus;&#0;&#x1;&#xD800;&#xFFFF;");
        p.put("processing-instruction", "<?xml version=\"1.0\"?><?php echo 1 ?>");
        p.put("comment", "<!-- comment --><p>x");
        p.put("unclosed-comment", "<p>x</p><!--");
        // Velocity directives
        p.put("velocity-set", "#set($x=1)$x");
        p.put("velocity-class", "$class.forName('java.lang.Runtime').getRuntime().exec('id')");
        p.put("velocity-foreach", "#foreach($i in [1..3])$i#end");
        p.put("velocity-evaluate", "#evaluate('#set($a=1)')$a");
        p.put("velocity-parse", "#parse(\"templates/confluence/page.vm\")#include(\"/etc/passwd\")");
        p.put("velocity-view", "${v.summary()} $v $!v");
        p.put("velocity-macro", "#macro(x)y#end#x() ##comment #[[unparsed]]#");
        // characters XML forbids or that mislead
        p.put("c0-controls", "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0085i");
        p.put("lone-high-surrogate", "x\uD800y");
        p.put("lone-low-surrogate", "x\uDC00y");
        p.put("reversed-pair", "\uDC00\uD800");
        p.put("nonchars", "\uFFFE\uFFFF");
        p.put("bidi-override", "\u202Egnp.exe\u202C \u202A\u202B\u202D");
        p.put("bidi-isolate", "\u2066x\u2069\u2067y\u2068z");
        p.put("carriage-returns", "a\r\nb\rc");
        p.put("unicode", "Zo\u00eb \u6f22\u5b57 \uD83D\uDD25");
        p.put("percent-encoded", "%3Cscript%3Ealert(1)%3C/script%3E");
        // size
        p.put("1mb-text", "A".repeat(1 << 20));
        // 20,000 CDATA terminators (each becomes an entity reference; at 1 MB the strict parser needs seconds)
        p.put("many-cdata-ends", "]]>".repeat(20_000));
        p.put("1mb-tags", "<b>".repeat((1 << 20) / 3));
        p.put("1mb-controls", "\u0001\uD800".repeat(1 << 19));
        p.put("deep-lists", "<ul><li>".repeat(5_000));
        return p;
    }

    @Parameterized.Parameters(name = "{index}: {0} <- {1} {3}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (Field field : FIELDS) {
            payloads().forEach((name, payload) -> {
                boolean huge = payload.length() > 65_536;
                cases.add(new Object[] {field, name, field.benign() + " " + payload, "after-text"});
                // In prose, a second variant forces the rich-text path (an allowed tag is present). Huge payloads
                // that take that path anyway skip it: each costs the strict parser a second or so.
                if (!huge || !RichText.looksLikeHtml(payload)) {
                    cases.add(new Object[] {field, name, field.benign() + " <p>" + payload + "</p>", "as-html"});
                }
                if (field.alsoBare() && !huge) {
                    cases.add(new Object[] {field, name, payload, "alone"});
                }
            });
        }
        return cases;
    }

    @Parameterized.Parameter(0)
    public Field field;
    @Parameterized.Parameter(1)
    public String payloadName;
    @Parameterized.Parameter(2)
    public String value;
    @Parameterized.Parameter(3)
    public String variant;

    /**
     * The sample with the field set, rendered with one earlier post-mortem ("Related earlier post-mortems") that has
     * the document's own key and shares its services, cause category and tags: so the key, services and tags
     * payloads reach that section too.
     */
    private static RenderedPage render(Field field, String value) {
        PostMortem d = Samples.complete();
        field.set().accept(d, value);
        if (field.shown() == Shown.EXTERNAL || field.shown() == Shown.EXTERNAL_TITLE) {
            return EXTERNAL.render(d, Samples.target());
        }
        Recurrence.Match earlier = new Recurrence.Match(d.getIssueKey(), "title", d.getTimes().getStarted(),
                d.getServices(), d.getCauseCategory(), d.getTags(), 1, 0, EffectivenessCounts.NONE);
        return RENDERER.render(d, Samples.target().withEarlier(List.of(earlier)));
    }

    @Test
    public void render_shouldStayWellFormedAndAddNoMarkup() throws Exception {
        RenderedPage page = render(field, value);
        Document doc;
        try {
            doc = Samples.parseStorage(page.storageBody());
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        int[] markup = {0};
        walk(doc.getDocumentElement(), markup);
        int benign = BENIGN_MARKUP.computeIfAbsent(field.name(), n -> {
            try {
                int[] count = {0};
                walk(Samples.parseStorage(render(field, field.benign()).storageBody()).getDocumentElement(), count);
                return count[0];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a severity that is nothing after clean-up is left out, and with it its lozenge (a macro and 2 parameters)
        int expected = field.name().equals("severity") && XmlText.oneLine(value).isEmpty() ? benign - 3 : benign;
        assertEquals("ac:/ri: elements compared with benign text", expected, markup[0]);
        if (!variant.equals("alone")) {
            if (field.shown() == Shown.TITLE || field.shown() == Shown.EXTERNAL_TITLE) {
                assertTrue(page.title(), page.title().contains(field.benign()));
            } else {
                assertTrue("benign text shown verbatim", doc.getDocumentElement().getTextContent().contains(field.benign()));
            }
        }
        assertCleanTitle(page.title());
        page.labels().forEach(HostileInputCorpusTest::assertValidLabel);
    }

    private static void walk(Node node, int[] markup) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                Element e = (Element) node;
                String name = e.getTagName();
                assertTrue("element " + name, ELEMENTS.contains(name));
                if (name.startsWith("ac:") || name.startsWith("ri:")) {
                    markup[0]++;
                }
                if (name.equals("ac:structured-macro")) {
                    assertTrue(MACRO_NAMES.contains(e.getAttribute("ac:name")));
                }
                if (name.equals("ac:parameter")) {
                    assertTrue(PARAMETER_NAMES.contains(e.getAttribute("ac:name")));
                    assertEquals("a parameter holds text only", 0, e.getElementsByTagName("*").getLength());
                    if (e.getAttribute("ac:name").equals("colour")) {
                        assertTrue("colour " + e.getTextContent(), COLOURS.contains(e.getTextContent()));
                    }
                }
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr a = (Attr) attributes.item(i);
                    String attr = a.getName();
                    if (attr.startsWith("xmlns") && name.equals("root")) {
                        continue;
                    }
                    assertFalse("event handler " + attr, attr.toLowerCase(Locale.ROOT).startsWith("on"));
                    assertTrue("attribute " + attr + " on " + name, ATTRIBUTES.contains(attr));
                    if (attr.equals("href")) {
                        String href = a.getValue().toLowerCase(Locale.ROOT);
                        assertTrue("href " + a.getValue(), href.startsWith("https://") || href.startsWith("http://")
                                || href.startsWith("mailto:"));
                    }
                }
            }
            case Node.TEXT_NODE -> {
                // fine: text
            }
            default -> fail("unexpected node type " + node.getNodeType() + ": " + node.getNodeName());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, markup);
        }
    }

    static void assertCleanTitle(String title) {
        assertFalse("empty title", title.isEmpty());
        assertTrue("title length " + title.length(), title.length() <= 255);
        assertEquals("title is trimmed", title.strip(), title);
        assertEquals("title has nothing XML forbids", XmlText.clean(title), title);
        title.chars().forEach(c -> assertFalse("control char in title", Character.isISOControl(c)));
    }

    static void assertValidLabel(String label) {
        assertFalse("empty label", label.isEmpty());
        assertTrue("label length", label.length() <= 255);
        assertEquals("lower case", label.toLowerCase(Locale.ROOT), label);
        assertEquals("label has nothing XML forbids: " + label, XmlText.clean(label), label);
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            assertTrue("forbidden '" + c + "' in " + label, ":;,.?&[]()#^*@!".indexOf(c) < 0);
            assertFalse("whitespace in label", Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertFalse("control in label", Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        }
    }
}
