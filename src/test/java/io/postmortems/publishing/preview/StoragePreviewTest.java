package io.postmortems.publishing.preview;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.render.HostileInputCorpusTest;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.Samples;
import io.postmortems.publishing.render.StorageFormatRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class StoragePreviewTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();
    private final StoragePreview preview = new StoragePreview();

    private static RenderedPage complete() {
        return RENDERER.render(Samples.complete(), Samples.target());
    }

    /** Fails when the preview could run script: script elements, event handlers, non-web link targets. */
    static void assertInert(String html) {
        Document doc = Jsoup.parse(html);
        assertTrue("script element", doc.select("script, iframe, object, embed, svg, math, form, base, meta[http-equiv]")
                .isEmpty());
        assertEquals("only the inline fallback style", 1, doc.select("style").size());
        assertEquals(StoragePreview.FALLBACK_STYLE, doc.selectFirst("style").data());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse("event handler " + name + " on " + e.tagName(), name.startsWith("on"));
                assertFalse("inline style on " + e.tagName(), name.equals("style"));
                assertFalse("src on " + e.tagName(), name.equals("src"));
                if (name.equals("href")) {
                    String v = a.getValue().toLowerCase(Locale.ROOT).strip();
                    assertFalse("href " + v, v.contains("script:") || v.startsWith("data:"));
                }
            }
        }
        for (Element a : doc.select("main a[href]")) {
            String v = a.attr("href").toLowerCase(Locale.ROOT);
            assertTrue("content link " + v, v.startsWith("https://") || v.startsWith("http://")
                    || v.startsWith("mailto:"));
        }
    }

    @Test
    public void pageHtml_shouldShowTitleLabelsAndLinkTheStylesheet() {
        String html = preview.pageHtml(complete(), "css/aui.min.css");
        Document doc = Jsoup.parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("2026-03-29 OPS-42: Checkout outage after config push", doc.title());
        assertEquals("2026-03-29 OPS-42: Checkout outage after config push", doc.selectFirst("h1").text());
        assertEquals(List.of("postmortem", "sev1", "checkout", "payment-gateway", "config", "night-shift"),
                doc.select(".pm-labels li").eachText());
        assertEquals("css/aui.min.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNotNull(doc.selectFirst("style"));
    }

    @Test
    public void pageHtml_shouldShowPagePropertiesAsABoxedTable() {
        Document doc = Jsoup.parse(preview.pageHtml(complete(), null));
        Element details = doc.selectFirst(".pm-macro.pm-details");
        assertNotNull(details);
        assertEquals("Page properties", details.selectFirst(".pm-macro-title").text());
        assertEquals("2026-03-29 03:30 CEST", details.select("tr:has(th:containsOwn(Started)) td").text());
        assertEquals("https://jira.example.com/browse/OPS-42", details.selectFirst("a").attr("href"));
        assertFalse("parameters are not shown as text", details.text().contains("postmortem"));
    }

    @Test
    public void pageHtml_shouldShowJiraMacroAsATableOfCountermeasureKeys() {
        Document doc = Jsoup.parse(preview.pageHtml(complete(), null));
        Element jira = doc.selectFirst(".pm-macro.pm-jira");
        assertNotNull(jira);
        assertEquals(List.of("OPS-101", "OPS-102"), jira.select("tbody td").eachText());
    }

    @Test
    public void pageHtml_shouldShowOtherMacrosAsLabelledBoxesWithEscapedContent() {
        RenderedPage page = new RenderedPage("t", "<ac:structured-macro ac:name=\"code\">"
                + "<ac:parameter ac:name=\"language\">java</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[if (a < b) { run(); }]]></ac:plain-text-body></ac:structured-macro>",
                List.of());
        String html = preview.pageHtml(page, null);
        Element box = Jsoup.parse(html).selectFirst(".pm-macro");
        assertEquals("Macro: code", box.selectFirst(".pm-macro-title").text());
        assertEquals("language = java", box.selectFirst("li").text());
        assertEquals("if (a < b) { run(); }", box.selectFirst("pre").text());
        assertTrue(html.contains("if (a &lt; b)"));
    }

    @Test
    public void pageHtml_shouldLeaveOutUnsafeStylesheets() {
        for (String href : new String[] {"javascript:alert(1)", "//evil.example/x.css", "data:text/css,x",
                "a.css\" onload=\"x", " ", "file:///etc/passwd"}) {
            assertNull(href, Jsoup.parse(preview.pageHtml(complete(), href)).selectFirst("link"));
        }
        assertEquals("https://cdn.example.com/aui.css", Jsoup.parse(preview.pageHtml(complete(),
                "https://cdn.example.com/aui.css")).selectFirst("link").attr("href"));
    }

    @Test
    public void pageHtml_shouldBeInertForEveryHostilePayloadInEveryField() {
        for (Map.Entry<String, String> payload : HostileInputCorpusTest.payloads().entrySet()) {
            if (payload.getValue().length() > 65_536) {
                continue;
            }
            String p = payload.getValue();
            PostMortem d = Samples.complete();
            d.setTitle(p);
            d.setSummary("<p>" + p + "</p>");
            d.setResolution(p);
            d.getTimeline().get(0).setText(p);
            d.getTimeline().get(0).setEvidenceUrl(p);
            d.getCountermeasures().get(0).setSummary(p);
            d.getCountermeasures().get(2).setIssueKey(p);
            d.setTags(List.of(p));
            d.setRelatedIncidents(List.of(p));
            String html = preview.pageHtml(RENDERER.render(d, Samples.target()), p);
            try {
                assertInert(html);
            } catch (AssertionError e) {
                throw new AssertionError(payload.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    public void pageHtml_shouldBeInertForAHostileStorageBodyNotMadeByTheRenderer() {
        RenderedPage hostile = new RenderedPage("</title><script>alert(1)</script>",
                "<script>alert(1)</script><img src=\"x\" onerror=\"alert(1)\"/><svg onload=\"alert(1)\"/>"
                        + "<p onclick=\"x\" style=\"color:red\">text</p><a href=\"javascript:alert(1)\">j</a>"
                        + "<a href=\"https://ok.example/\" onmouseover=\"x\">ok</a>"
                        + "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script>alert(2)</script>]]>"
                        + "</ac:plain-text-body></ac:structured-macro><iframe src=\"https://evil.example\"></iframe>"
                        + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"jqlQuery\">"
                        + "key in (A-1,<script>)</ac:parameter></ac:structured-macro><style>*{}</style>",
                List.of("<script>alert(3)</script>", "\" onmouseover=\"x"));
        String html = preview.pageHtml(hostile, "aui.css");
        assertInert(html);
        Document doc = Jsoup.parse(html);
        assertEquals("</title><script>alert(1)</script>", doc.title());
        assertTrue(doc.select(".pm-content").text().contains("<script>alert(2)</script>"));
        assertEquals("https://ok.example/", doc.selectFirst("main a").attr("href"));
        assertEquals("<script>alert(3)</script>", doc.selectFirst(".pm-labels li").text());
    }

    @Test
    public void indexHtml_shouldLinkEveryPreviewAndEscapeTitles() {
        String html = preview.indexHtml(List.of(
                new StoragePreview.IndexEntry("2026-03-29 OPS-42: Checkout <b>down</b>", "ops-42.html",
                        List.of("postmortem", "sev1")),
                new StoragePreview.IndexEntry("Evil", "javascript:alert(1)", null)), "aui.css");
        Document doc = Jsoup.parse(html);
        Element first = doc.selectFirst("tbody tr a");
        assertEquals("ops-42.html", first.attr("href"));
        assertEquals("2026-03-29 OPS-42: Checkout <b>down</b>", first.text());
        assertEquals("labels: the last column, after the overview's facts and the panel link",
                "postmortem, sev1", doc.select("tbody tr").get(0).select("td").last().text());
        assertEquals("Evil", doc.select("tbody tr").get(1).select("td").get(0).text());
        assertTrue(doc.select("tbody tr").get(1).select("a").isEmpty());
        assertTrue(doc.select("b").isEmpty());
        assertEquals("aui.css", doc.selectFirst("link").attr("href"));
    }

    @Test
    public void indexHtml_shouldSayWhenThereIsNothingToList() {
        assertTrue(Jsoup.parse(preview.indexHtml(List.of(), null)).text().contains("No post-mortems."));
    }

    @Test
    public void indexHtml_shouldShowEachPostMortemsFactsFromItsPagePropertiesWithItsPanelInTheSameRow() {
        RenderedPage page = new RenderedPage("2026-03-29 OPS-42: Checkout down",
                "<ac:structured-macro ac:name=\"details\"><ac:rich-text-body><table><tbody>"
                        + "<tr><th>Severity</th><td><ac:structured-macro ac:name=\"status\">"
                        + "<ac:parameter ac:name=\"colour\">Red</ac:parameter>"
                        + "<ac:parameter ac:name=\"title\">SEV1</ac:parameter></ac:structured-macro></td></tr>"
                        + "<tr><th>Started</th><td>2026-03-29 03:30 CEST</td></tr>"
                        + "<tr><th>Time to resolve</th><td>1d 0h 11m</td></tr>"
                        + "</tbody></table></ac:rich-text-body></ac:structured-macro>", List.of("postmortem"));
        String pageHtml = preview.pageHtml(page, null);
        assertTrue(pageHtml, pageHtml.contains("<span class=\"pm-status pm-status-red\">SEV1</span>"));
        Document doc = Jsoup.parse(preview.indexHtml(List.of(
                new StoragePreview.IndexEntry(page.title(), "ops-42.html", page.labels()),
                new StoragePreview.IndexEntry("Jira panel: " + page.title(), "ops-42-panel.html", List.of())), null));
        assertEquals(1, doc.select("tbody tr").size());
        List<String> cells = doc.select("tbody tr td").stream().map(Element::text).toList();
        assertEquals(List.of("2026-03-29 OPS-42: Checkout down", "SEV1", "", "2026-03-29 03:30 CEST", "", "", "",
                "1d 0h 11m", "", "Jira panel", "postmortem"), cells);
        assertEquals("ops-42-panel.html", doc.select("tbody tr td").get(9).selectFirst("a").attr("href"));
    }
}
