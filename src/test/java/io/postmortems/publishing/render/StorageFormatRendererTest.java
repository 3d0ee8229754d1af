package io.postmortems.publishing.render;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class StorageFormatRendererTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();

    private static String body(PostMortem d) {
        return RENDERER.render(d, Samples.target()).storageBody();
    }

    private static Element macro(Document doc, String name) {
        NodeList macros = doc.getElementsByTagNameNS(Samples.AC, "structured-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            Element e = (Element) macros.item(i);
            if (name.equals(e.getAttributeNS(Samples.AC, "name"))) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " macro");
    }

    private static String parameter(Element macro, String name) {
        NodeList params = macro.getElementsByTagNameNS(Samples.AC, "parameter");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if (name.equals(p.getAttributeNS(Samples.AC, "name"))) {
                return p.getTextContent();
            }
        }
        return null;
    }

    @Test
    public void render_shouldTitleThePageWithStartDateInDisplayZoneKeyAndTitle() {
        PostMortem d = Samples.complete();
        d.getTimes().setStarted(OffsetDateTime.parse("2026-03-28T23:30:00Z")); // already the 29th in Berlin
        assertEquals("2026-03-29 OPS-42: Checkout outage after config push", RENDERER.render(d, Samples.target()).title());
    }

    @Test
    public void render_shouldFallBackToReviewDateAndOmitMissingParts() {
        PostMortem d = new PostMortem();
        d.getMeeting().setReviewDate(LocalDate.of(2026, 4, 2));
        d.setTitle("  Slow\tsearch \n results\u0007 ");
        assertEquals("2026-04-02 Slow search results", RENDERER.render(d, Samples.target()).title());
        assertEquals("Post-mortem", RENDERER.render(new PostMortem(), Samples.target()).title());
    }

    @Test
    public void render_shouldLimitTitleTo255CharactersWithoutSplittingASurrogatePair() {
        PostMortem d = new PostMortem();
        d.setIssueKey("OPS-1");
        d.setTitle("\uD83D\uDD25".repeat(300));
        String title = RENDERER.render(d, Samples.target()).title();
        assertTrue(title.length() <= 255);
        assertTrue(title.startsWith("OPS-1: \uD83D\uDD25"));
        assertFalse(Character.isHighSurrogate(title.charAt(title.length() - 1)));
    }

    @Test
    public void render_shouldPutKeyFactsIntoAPagePropertiesMacroWithIdPostmortem() throws Exception {
        Document doc = Samples.parseStorage(body(Samples.complete()));
        Element details = macro(doc, "details");
        assertEquals("postmortem", parameter(details, "id"));
        String facts = details.getTextContent();
        for (String expected : List.of("SeverityRedSEV1", "StatusYellowIn review", "Started2026-03-29 03:30 CEST",
                "Detected2026-03-29 03:42 CEST", "Mitigated2026-03-29 04:10 CEST", "Resolved2026-03-29 04:45 CEST",
                "Time to detect12m", "Time to mitigate40m", "Time to resolve1h 15m", "User impact40m",
                "Review date2026-04-02", "FacilitatorDana Reviewer",
                "ServicesCheckout, Payment Gateway", "Tagsconfig, Night Shift", "Jira issueOPS-42")) {
            assertTrue(expected + " in " + facts, facts.contains(expected));
        }
        for (String empty : List.of("Acknowledged", "Hotfix", "First user", "Time to acknowledge", "Contact",
                "Written by", "Participants")) {
            assertFalse("empty fact left out: " + empty, facts.contains(empty));
        }
        assertTrue(body(Samples.complete()).contains("<a href=\"https://jira.example.com/browse/OPS-42\">OPS-42</a>"));
    }

    @Test
    public void render_shouldShowApproverAndTimeAmongTheFactsOnlyWhenApproved() throws Exception {
        PostMortem approved = Samples.complete();
        approved.setStatus(io.postmortems.core.model.Status.APPROVED);
        approved.setApproval(new io.postmortems.core.model.Approval("k9", "Ada <Lovelace> & Co",
                OffsetDateTime.parse("2026-04-02T08:15:00Z")));
        String facts = macro(Samples.parseStorage(body(approved)), "details").getTextContent();
        assertTrue(facts, facts.contains("Approved byAda <Lovelace> & Co"));
        assertTrue(facts, facts.contains("Approved at2026-04-02 10:15 CEST"));
        assertTrue("the name is text, never markup", body(approved).contains("Ada &lt;Lovelace&gt; &amp; Co"));
        String plain = macro(Samples.parseStorage(body(Samples.complete())), "details").getTextContent();
        assertFalse(plain, plain.contains("Approved"));
    }

    @Test
    public void render_shouldListCountermeasureTicketsInAJiraIssuesMacro() throws Exception {
        Element jira = macro(Samples.parseStorage(body(Samples.complete())), "jira");
        assertEquals("key in (OPS-101,OPS-102)", parameter(jira, "jqlQuery"));
        assertEquals("a1b2-c3", parameter(jira, "serverId"));
        assertEquals("key,summary,assignee,duedate,status", parameter(jira, "columns"));
    }

    @Test
    public void render_shouldLeaveOutServerIdWhenNotConfiguredAndBadKeysFromJql() throws Exception {
        PostMortem d = Samples.complete();
        d.getCountermeasures().get(1).setIssueKey("OPS-1) OR project = SECRET");
        PublishTarget noServer = new PublishTarget("OPS", null, TreeLayout.YEAR, null, null, ZoneId.of("UTC"));
        Element jira = macro(Samples.parseStorage(RENDERER.render(d, noServer).storageBody()), "jira");
        assertEquals("key in (OPS-101)", parameter(jira, "jqlQuery"));
        assertEquals(null, parameter(jira, "serverId"));
    }

    @Test
    public void render_shouldOmitJiraMacroWhenNoCountermeasureHasATicketButKeepTheTable() throws Exception {
        PostMortem d = Samples.complete();
        d.getCountermeasures().forEach(c -> c.setIssueKey(null));
        String body = body(d);
        assertFalse(body.contains("ac:name=\"jira\""));
        assertTrue(body.contains("Validate config on push"));
        Samples.parseStorage(body);
    }

    @Test
    public void render_shouldShowCountermeasureStatusAsOfPublishingAndIdeasApart() {
        String body = body(Samples.complete());
        assertTrue(body, body.contains("<td>Validate config on push</td><td>Alex</td><td>2026-04-30</td><td>High</td>"
                + "<td>Prevent</td><td>In progress</td><td><a href=\"https://jira.example.com/browse/OPS-101\">OPS-101</a></td>"));
        assertTrue(body.contains("<h2>Ideas (not commitments)</h2>"));
        assertTrue(body.indexOf("Maybe a config linter") > body.indexOf("Ideas (not commitments)"));
    }

    @Test
    public void render_shouldSortTimelineByInstantAndShowDisplayZone() {
        String body = body(Samples.complete());
        int pushed = body.indexOf("<td>2026-03-29 03:30 CEST</td><td>Action</td><td>Config pushed</td>");
        int alert = body.indexOf("<td>2026-03-29 03:42 CEST</td><td>Observation</td><td>Alert fired</td>"
                + "<td><a href=\"https://grafana.example.com/d/1\">https://grafana.example.com/d/1</a></td>"
                + "<td>oncall-bot</td>");
        assertTrue(body, pushed >= 0 && alert > pushed);
    }

    @Test
    public void render_shouldPutFiveWhysIntoAnOrderedList() {
        String body = body(Samples.complete());
        assertTrue(body, body.contains("<h3>Five whys</h3>\n<ol>\n<li>Why 1</li>\n<li>Why 2</li>"));
    }

    @Test
    public void render_shouldTurnPlainTextParagraphsAndLinesIntoXhtml() {
        PostMortem d = Samples.complete();
        d.setSummary("First line\nsecond line\n\n\nNext paragraph");
        assertTrue(body(d).contains("<p>First line<br />second line</p><p>Next paragraph</p>"));
    }

    @Test
    public void render_shouldKeepAllowedRichTextAndDropTheRest() {
        PostMortem d = Samples.complete();
        d.setSummary("<p>We <strong>lost</strong> <em>orders</em>, see <a href=\"https://x.example/p?a=1&amp;b=2\" "
                + "onclick=\"evil()\">runbook</a>.</p><ul><li><code>cfg.pool=0</code></li></ul>"
                + "<pre>line 1\nline 2</pre><script>alert(1)</script><ac:structured-macro ac:name=\"html\"/>");
        String body = body(d);
        assertTrue(body, body.contains("<p>We <strong>lost</strong> <em>orders</em>, see "
                + "<a href=\"https://x.example/p?a=1&amp;b=2\">runbook</a>.</p><ul><li><code>cfg.pool=0</code></li></ul>"
                + "<pre>line 1\nline 2</pre>"));
        assertFalse(body.contains("alert"));
        assertFalse(body.contains("onclick"));
        assertFalse(body.contains("ac:name=\"html\""));
    }

    @Test
    public void render_shouldShowTemplateDirectivesLiterally() {
        PostMortem d = Samples.complete();
        d.setSummary("#set($x = 1) $x ${v} #foreach($i in [1..3])$i#end $class.forName('java.lang.Runtime')");
        String body = body(d);
        assertTrue(body, body.contains("<p>#set($x = 1) $x ${v} #foreach($i in [1..3])$i#end "
                + "$class.forName(&#39;java.lang.Runtime&#39;)</p>"));
    }

    @Test
    public void render_shouldLinkRelatedIssueKeysAndSafeUrlsOnly() {
        PostMortem d = Samples.complete();
        d.setRelatedIncidents(List.of("OPS-7", "https://status.example.com/i/9", "javascript:alert(1)"));
        String body = body(d);
        assertTrue(body.contains("<li><a href=\"https://jira.example.com/browse/OPS-7\">OPS-7</a></li>"));
        assertTrue(body.contains("<li><a href=\"https://status.example.com/i/9\">https://status.example.com/i/9</a></li>"));
        assertTrue(body.contains("<li>javascript:alert(1)</li>"));
    }

    @Test
    public void render_shouldLabelPageWithPostmortemSeverityServicesAndTags() {
        assertEquals(List.of("postmortem", "sev1", "checkout", "payment-gateway", "config", "night-shift"),
                RENDERER.render(Samples.complete(), Samples.target()).labels());
    }

    @Test
    public void render_shouldRenderAnEmptyDocumentAsWellFormedXml() throws Exception {
        PostMortem empty = new PostMortem();
        empty.setStatus(null);
        empty.setCountermeasures(new ArrayList<>(java.util.Arrays.asList(null, new Countermeasure())));
        RenderedPage page = RENDERER.render(empty, Samples.target());
        Samples.parseStorage(page.storageBody());
        assertEquals(List.of("postmortem"), page.labels());
        assertTrue(page.storageBody().contains("ac:name=\"details\""));
        assertTrue("only the table of the placeholder countermeasure", page.storageBody().contains("<h2>Countermeasures</h2>"));
        PostMortem blank = new PostMortem();
        assertFalse("no empty sections", RENDERER.render(blank, Samples.target()).storageBody().contains("<h2>"));
    }

    @Test
    public void render_shouldBeDeterministicAndChangeHashWhenContentChanges() {
        RenderedPage a = RENDERER.render(Samples.complete(), Samples.target());
        RenderedPage b = new StorageFormatRenderer().render(Samples.complete(), Samples.target());
        assertEquals(a, b);
        assertEquals(a.contentHash(), b.contentHash());
        PostMortem changed = Samples.complete();
        changed.getCountermeasures().get(0).setOwner("Robin");
        assertNotEquals(a.contentHash(), RENDERER.render(changed, Samples.target()).contentHash());
    }

    @Test
    public void render_shouldNotLinkIssueWhenJiraBaseUrlIsNotHttp() {
        PostMortem d = Samples.complete();
        PublishTarget bad = new PublishTarget("OPS", null, TreeLayout.YEAR, "javascript:alert(1)//", null, null);
        String body = RENDERER.render(d, bad).storageBody();
        assertFalse(body.contains("javascript"));
        assertTrue(body.contains("<th>Jira issue</th><td>OPS-42</td>"));
    }

    private static PostMortem everyTime() {
        PostMortem d = Samples.complete();
        d.getTimes().setFirstUserImpact(OffsetDateTime.parse("2026-03-29T01:35:00Z"));
        d.getTimes().setFirstUserReport(OffsetDateTime.parse("2026-03-29T01:38:00Z"));
        d.getTimes().setAcknowledged(OffsetDateTime.parse("2026-03-29T01:50:00Z"));
        d.getTimes().setHotfix(OffsetDateTime.parse("2026-03-29T02:30:00Z"));
        d.getTimes().setResolved(OffsetDateTime.parse("2026-03-30T01:41:00Z"));
        d.getTimes().setCustom(List.of(new io.postmortems.core.model.NamedTime("Status page <updated>",
                OffsetDateTime.parse("2026-03-29T02:00:00Z"))));
        d.getMeeting().setContact("Lee <oncall>");
        d.getMeeting().setCreatedBy("Robin");
        d.getMeeting().setParticipants(List.of("Robin", "Dana Reviewer", "Alex"));
        return d;
    }

    @Test
    public void render_shouldShowEveryKeyTimeDurationAndMeetingDetailInThePageProperties() throws Exception {
        String body = body(everyTime());
        String facts = macro(Samples.parseStorage(body), "details").getTextContent();
        for (String expected : List.of("Started2026-03-29 03:30 CEST", "First user impact2026-03-29 03:35 CEST",
                "First user report2026-03-29 03:38 CEST", "Detected2026-03-29 03:42 CEST",
                "Acknowledged2026-03-29 03:50 CEST", "Mitigated2026-03-29 04:10 CEST",
                "Hotfix deployed2026-03-29 04:30 CEST", "Resolved2026-03-30 03:41 CEST",
                "Status page <updated>2026-03-29 04:00 CEST", "Time to detect12m", "Time to acknowledge8m",
                "Time to mitigate40m", "Time to resolve1d 0h 11m", "User impact35m", "Review date2026-04-02",
                "FacilitatorDana Reviewer", "ContactLee <oncall>", "Written byRobin",
                "ParticipantsRobin, Dana Reviewer, Alex")) {
            assertTrue(expected + " in " + facts, facts.contains(expected));
        }
        assertTrue(body, body.contains("<tr><th>Status page &lt;updated&gt;</th><td>2026-03-29 04:00 CEST</td></tr>"));
        assertTrue(body, body.contains("<tr><th>Time to resolve</th><td>1d 0h 11m</td></tr>"));
    }

    @Test
    public void render_shouldShowSeverityAndStatusAsStatusLozengesWithEscapedTitles() {
        PostMortem d = Samples.complete();
        d.setSeverity("P2 </ac:parameter><ac:parameter ac:name=\"colour\">Green");
        d.setStatus(io.postmortems.core.model.Status.PUBLISHED);
        String body = body(d);
        assertTrue(body, body.contains("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">Yellow</ac:parameter><ac:parameter ac:name=\"title\">"
                + "P2 &lt;/ac:parameter&gt;&lt;ac:parameter ac:name=</ac:parameter></ac:structured-macro>"));
        assertTrue(body, body.contains("<ac:parameter ac:name=\"colour\">Green</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">Published</ac:parameter>"));
        d.setSeverity("Critical");
        assertTrue(body(d).contains("<ac:parameter ac:name=\"colour\">Grey</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">Critical</ac:parameter>"));
    }

    @Test
    public void render_shouldDrawTheIncidentAsATimeBarWithALegendReadableWithoutColour() {
        String body = body(Samples.complete());
        assertTrue(body, body.contains("<h2>The incident at a glance</h2>\n<pre>"
                + "Incident     S-------D-----------------M---------------------R\n"
                + "User impact  S#########################M</pre>"));
        assertTrue(body, body.contains("<tr><td>D</td><td>Detected</td><td>2026-03-29 03:42 CEST</td><td>+12m</td></tr>"));
        assertTrue(body, body.contains("<tr><td>R</td><td>Resolved</td><td>2026-03-29 04:45 CEST</td><td>+1h 15m</td></tr>"));
        PostMortem open = Samples.complete();
        open.getTimes().setResolved(null);
        assertFalse(body(open).contains("at a glance"));
    }

    @Test
    public void render_shouldAddATableOfContentsOnlyToLongPages() {
        assertTrue(body(Samples.complete()).contains("<ac:structured-macro ac:name=\"toc\" ac:schema-version=\"1\">\n"
                + "<ac:parameter ac:name=\"maxLevel\">2</ac:parameter>\n</ac:structured-macro>"));
        PostMortem shortOne = new PostMortem();
        shortOne.setTitle("Short");
        shortOne.setSummary("One paragraph.");
        shortOne.setResolution("Restarted.");
        assertFalse(body(shortOne).contains("ac:name=\"toc\""));
    }

    @Test
    public void render_shouldFoldALongTimelineIntoAnExpandMacro() throws Exception {
        PostMortem d = Samples.complete();
        assertFalse(body(d).contains("ac:name=\"expand\""));
        List<io.postmortems.core.model.TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < StorageFormatRenderer.EXPAND_MIN_EVENTS; i++) {
            events.add(new io.postmortems.core.model.TimelineEvent("e" + i,
                    OffsetDateTime.parse("2026-03-29T01:30:00Z").plusMinutes(i), "Step " + i,
                    io.postmortems.core.model.EventKind.ACTION));
        }
        d.setTimeline(events);
        String body = body(d);
        Element expand = macro(Samples.parseStorage(body), "expand");
        assertEquals("Timeline (16)", parameter(expand, "title"));
        assertTrue(expand.getTextContent().contains("Step 15"));
    }

    @Test
    public void render_shouldShowImportedNotesEscapedUnderTheirHeadingsAndLeaveThemOutWhenNone() throws Exception {
        PostMortem d = Samples.complete();
        String without = body(d);
        assertFalse(without.contains("Notes (imported)"));
        d.setNotes(java.util.Arrays.asList(
                new io.postmortems.core.model.Note("Room <b onclick=x()>", "Blue room & $v #end <script>alert(1)</script>"),
                new io.postmortems.core.model.Note("Open questions", "Page on age?\n\nOr on depth?"),
                new io.postmortems.core.model.Note("  ", " "),
                null));
        String body = body(d);
        assertTrue(body, body.endsWith("<h2>Notes (imported)</h2>\n<h3>Room &lt;b onclick=x()&gt;</h3>\n"
                + "<p>Blue room &amp; $v #end &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                + "<h3>Open questions</h3>\n<p>Page on age?</p><p>Or on depth?</p>"));
        assertTrue("the page before the notes is unchanged", body.startsWith(without));
        Samples.parseStorage(body);
        assertFalse(body.contains("<script"));
        String german = RENDERER.render(d, PageLanguageTest.target(java.util.Locale.GERMAN)).storageBody();
        assertTrue(german.contains("<h2>Notizen (importiert)</h2>"));
    }

    @Test
    public void render_shouldShowTheCountOfAnIdeaRaisedInSeveralPostMortemsAsTheTargetGivesIt() {
        PostMortem d = Samples.complete();
        d.setIdeas(new ArrayList<>(List.of("Canary <i>config</i> pushes", "Write a runbook", "Page on-call")));
        PublishTarget target = Samples.target().withIdeaCounts(java.util.Map.of(
                io.postmortems.core.model.Ideas.fingerprint("Canary <i>config</i> pushes").orElseThrow(), 3,
                io.postmortems.core.model.Ideas.fingerprint("Write a runbook").orElseThrow(), 1));
        String body = RENDERER.render(d, target).storageBody();
        assertTrue(body, body.contains("<em>(raised in 3 post-mortems)</em></li>"));
        assertTrue("raised once: no count", body.contains("<li>Write a runbook</li>"));
        assertTrue("not counted: no count", body.contains("<li>Page on-call</li>"));
        String german = RENDERER.render(d, new PublishTarget("OPS", null, TreeLayout.YEAR, null, null,
                ZoneId.of("UTC"), java.util.Locale.GERMAN).withIdeaCounts(target.ideaCounts())).storageBody();
        assertTrue(german, german.contains("<em>(in 3 Post-mortems genannt)</em>"));
    }
}
