package io.postmortems.publishing.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.Approval;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.Revisit;
import io.postmortems.core.model.TimelineEvent;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The external page shows the external summary, title, severity and dates, and nothing internal. */
public class ExternalSummaryPageTest {
    private static final PostMortemCodec CODEC = new PostMortemCodec();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Every field of the document set, the external summary with plain words. */
    private static PostMortem everythingSet() {
        PostMortem d = Samples.complete();
        d.setTimeZone("Europe/Berlin");
        d.getMeeting().setContact("contact person");
        d.getMeeting().setCreatedBy("creator person");
        d.getMeeting().setParticipants(List.of("participant one", "participant two"));
        d.getTimes().setAcknowledged(OffsetDateTime.parse("2026-03-29T01:45:00Z"));
        d.getTimes().setFirstUserImpact(OffsetDateTime.parse("2026-03-29T01:35:00Z"));
        d.getTimes().setFirstUserReport(OffsetDateTime.parse("2026-03-29T01:50:00Z"));
        d.getTimes().setHotfix(OffsetDateTime.parse("2026-03-29T02:30:00Z"));
        d.getTimes().setCustom(List.of(new NamedTime("custom time", OffsetDateTime.parse("2026-03-29T02:00:00Z"))));
        d.setCauseCategory("change");
        d.setIdeas(List.of("an idea"));
        d.setServices(List.of("payment-gateway"));
        d.setTags(List.of("a-tag"));
        d.setRelatedIncidents(List.of("OPS-1"));
        d.setRelatedPostMortems(List.of("OPS-2"));
        d.setNotes(List.of(new Note("note heading", "note text")));
        d.setAuthors(List.of("author-key"));
        Approval approval = new Approval();
        approval.setApproverKey("approver-key");
        approval.setApproverName("approver name");
        approval.setApprovedAt(OffsetDateTime.parse("2026-04-03T10:00:00Z"));
        d.setApproval(approval);
        PublishedPage page = new PublishedPage();
        page.setPageId("123");
        page.setSpaceKey("OPS");
        page.setUrl("https://wiki.example.com/x");
        d.setPage(page);
        d.setAnnouncedAt(OffsetDateTime.parse("2026-04-04T10:00:00Z"));
        TimelineEvent draft = new TimelineEvent("d1", OffsetDateTime.parse("2026-03-29T01:40:00Z"), "draft text",
                null);
        d.setDraftTimeline(List.of(draft));
        Revisit revisit = new Revisit();
        revisit.setNotes("revisit notes");
        revisit.setRevisitedByName("revisitor");
        d.setRevisits(List.of(revisit));
        EffectivenessCheck check = new EffectivenessCheck();
        check.setOutcome(EffectivenessOutcome.EFFECTIVE);
        check.setReason("check reason");
        check.setCheckedByName("checker");
        d.getCountermeasures().get(0).setEffectiveness(check);
        d.getCountermeasures().get(0).setDueDateReason("due reason");
        ExternalSummary s = new ExternalSummary();
        s.setWhatHappened("Payments failed for some customers.");
        s.setImpact("About one in ten orders could not be completed.");
        s.setWhatWeChanged("We now check settings before they go live.");
        s.setAllowedTerms(List.of("allowed term"));
        d.setExternalSummary(s);
        return d;
    }

    /**
     * The document with every text outside the external summary, title and severity replaced by a marker of its own
     * (dates, times and enum values stay: they are not text a person wrote); returns the markers.
     */
    private static PostMortem marked(List<String> markers) {
        ObjectNode tree = CODEC.jsonMapper().valueToTree(everythingSet());
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        List<Map.Entry<String, JsonNode>> top = new ArrayList<>();
        fields.forEachRemaining(top::add);
        for (Map.Entry<String, JsonNode> field : top) {
            String name = field.getKey();
            if (name.equals("externalSummary")) {
                ((ObjectNode) field.getValue()).set("allowedTerms",
                        tree.arrayNode().add(mark(markers)));
                continue;
            }
            if (name.equals("title") || name.equals("severity") || name.equals("schemaVersion")) {
                continue;
            }
            tree.set(name, replaceTexts(field.getValue(), markers));
        }
        ReadResult read = CODEC.read(tree);
        assertTrue(read.problems().toString(), read.isOk());
        return read.get();
    }

    private static String mark(List<String> markers) {
        String m = "ZQMARK" + markers.size() + "Q";
        markers.add(m);
        return m;
    }

    private static JsonNode replaceTexts(JsonNode node, List<String> markers) {
        if (node.isTextual()) {
            String t = node.textValue();
            boolean structured = t.matches("[A-Z_]+") || t.matches("\\d{4}-\\d{2}-\\d{2}.*");
            return structured ? node : TextNode.valueOf(mark(markers));
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            node.forEach(child -> out.add(replaceTexts(child, markers)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), replaceTexts(e.getValue(), markers)));
            return out;
        }
        return node;
    }

    @Test
    public void render_shouldShowNoInternalFieldInPageMarkdownOrHtml() {
        List<String> markers = new ArrayList<>();
        PostMortem doc = marked(markers);
        assertTrue("enough fields marked: " + markers.size(), markers.size() > 40);
        RenderedPage page = new ExternalSummaryPage().render(doc, Samples.target());
        String markdown = ExternalSummaryPage.markdown(doc, BERLIN, Locale.ENGLISH);
        String html = ExternalSummaryPage.html(doc, BERLIN, Locale.ENGLISH);
        String all = page.title() + "\n" + page.storageBody() + "\n" + page.labels() + "\n" + markdown + "\n" + html;
        for (String marker : markers) {
            assertFalse(marker + " leaked", all.contains(marker));
        }
        assertFalse("no issue key", all.contains("OPS-42"));
        assertEquals(List.of(ExternalSummaryPage.LABEL), page.labels());
    }

    @Test
    public void render_shouldShowTheSummaryTitleSeverityAndDates() {
        PostMortem doc = everythingSet();
        RenderedPage page = new ExternalSummaryPage().render(doc, Samples.target());
        assertEquals("2026-03-29 Checkout outage after config push", page.title());
        String body = page.storageBody();
        assertTrue(body, body.contains("<h2>What happened</h2><p>Payments failed for some customers.</p>"));
        assertTrue(body, body.contains("<h2>Impact</h2>"));
        assertTrue(body, body.contains("<h2>What we changed</h2>"));
        assertTrue(body, body.contains("<ac:parameter ac:name=\"title\">SEV1</ac:parameter>"));
        assertTrue(body, body.contains("<th>Started</th><td>2026-03-29 03:30 CEST</td>"));
        assertTrue(body, body.contains("<th>Resolved</th><td>2026-03-29 04:45 CEST</td>"));
        assertTrue(body, body.contains("<th>Duration</th><td>1h 15m</td>"));
        assertFalse("allowed terms are notes to the review, not content", body.contains("allowed term"));
    }

    @Test
    public void markdown_shouldEscapeMarkupAndKeepParagraphs() {
        PostMortem doc = everythingSet();
        doc.getExternalSummary().setWhatHappened("# not a heading\n\n1. not a list *nor bold* <b>x</b>");
        String md = ExternalSummaryPage.markdown(doc, BERLIN, Locale.ENGLISH);
        assertTrue(md, md.startsWith("# 2026-03-29 Checkout outage after config push\n"));
        assertTrue(md, md.contains("- **Severity:** SEV1\n"));
        assertTrue(md, md.contains("## What happened\n\n\\# not a heading\n\n1\\. not a list \\*nor bold\\* \\<b\\>x\\</b\\>\n"));
    }

    @Test
    public void html_shouldEscapeTextAndLoadNothing() {
        PostMortem doc = everythingSet();
        doc.getExternalSummary().setImpact("<script>alert(1)</script> & more");
        String html = ExternalSummaryPage.html(doc, BERLIN, Locale.GERMAN);
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertFalse(html, html.contains("<script"));
        assertTrue(html, html.contains("<h2>Was ist passiert</h2>"));
        assertTrue(html, html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"));
    }

    @Test
    public void projection_shouldReplaceTheIssueKeyByAnOpaqueStableIdentity() {
        PostMortem a = ExternalSummaryPage.projection(everythingSet(), null);
        PostMortem b = ExternalSummaryPage.projection(everythingSet(), null);
        assertTrue(a.getIssueKey(), a.getIssueKey().matches("external-[0-9a-f]{16}"));
        assertEquals(a.getIssueKey(), b.getIssueKey());
        assertEquals(a.getIssueKey(), ExternalSummaryPage.projection(a, null).getIssueKey());
        assertEquals(LocalDate.of(2026, 3, 29), a.getTimes().getStarted().toLocalDate());
        assertTrue(a.getServices().isEmpty() && a.getTimeline().isEmpty() && a.getCountermeasures().isEmpty());
    }
}
