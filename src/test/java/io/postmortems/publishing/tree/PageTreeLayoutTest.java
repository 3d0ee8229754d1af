package io.postmortems.publishing.tree;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.render.PagePropertiesReport;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PageTreeLayoutTest {
    private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    private static PublishTarget target(TreeLayout layout, String root, String zone) {
        return new PublishTarget("OPS", root, layout, null, null, ZoneId.of(zone));
    }

    private static PostMortem started(String at) {
        PostMortem d = new PostMortem();
        d.getTimes().setStarted(OffsetDateTime.parse(at));
        return d;
    }

    @Test
    public void ancestorTitles_shouldGroupByYearAndMonthInTheDisplayZone() {
        PostMortem d = started("2026-02-28T23:30:00Z");
        assertEquals(List.of("Post-mortems", "Post-mortems 2026"),
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR, null, "UTC"), NOW));
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "Post-mortems 2026-03"),
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR_MONTH, null, "Europe/Berlin"), NOW));
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "Post-mortems 2026-02"),
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR_MONTH, null, "UTC"), NOW));
    }

    @Test
    public void ancestorTitles_shouldGroupByFirstServiceOrUnassigned() {
        PostMortem d = started("2026-02-01T10:00:00Z");
        d.getServices().addAll(List.of("  ", "Payments  API", "search"));
        assertEquals(List.of("Ops PMs", "Ops PMs: Payments API"),
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.SERVICE, "Ops PMs", "UTC"), NOW));
        d.getServices().clear();
        assertEquals(List.of("Ops PMs", "Ops PMs: " + PageTreeLayout.UNASSIGNED),
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.SERVICE, "Ops PMs", "UTC"), NOW));
    }

    @Test
    public void ancestorTitles_shouldFallBackToOtherTimesThenThePublishDate() {
        PostMortem d = new PostMortem();
        d.getTimes().setResolved(OffsetDateTime.parse("2025-07-04T10:00:00Z"));
        assertEquals("Post-mortems 2025", PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR, null, "UTC"),
                NOW).get(1));
        PostMortem reviewed = new PostMortem();
        reviewed.getMeeting().setReviewDate(LocalDate.parse("2024-05-02"));
        assertEquals("Post-mortems 2024-05", PageTreeLayout.ancestorTitles(reviewed,
                target(TreeLayout.YEAR_MONTH, null, "UTC"), NOW).get(2));
        assertEquals("Post-mortems 2027", PageTreeLayout.ancestorTitles(new PostMortem(),
                target(TreeLayout.YEAR, null, "UTC"), NOW).get(1));
    }

    @Test
    public void rootBody_shouldHoldAPagePropertiesReportForTheSpace() {
        String body = PageTreeLayout.rootBody(target(TreeLayout.YEAR, null, "UTC"));
        assertTrue(body, body.contains("<ac:structured-macro ac:name=\"detailssummary\""));
        assertTrue(body, body.contains("<ac:parameter ac:name=\"cql\">label = &quot;postmortem&quot; and space"
                + " = &quot;OPS&quot;</ac:parameter>"));
        assertTrue(body, body.contains("<ac:parameter ac:name=\"headings\">" + PagePropertiesReport.HEADINGS + "</ac:parameter>"));
    }

    @Test
    public void ancestorTitles_shouldClipOverlongTitlesToConfluencesLimit() {
        PostMortem d = started("2026-02-01T10:00:00Z");
        d.getServices().add("s".repeat(400));
        List<String> titles = PageTreeLayout.ancestorTitles(d, target(TreeLayout.SERVICE, null, "UTC"), NOW);
        assertEquals(PageTreeLayout.MAX_TITLE, titles.get(1).length());
    }

    @Test
    public void ancestorTitles_shouldCleanGroupTitlesAsPageTitlesAreCleaned() {
        PostMortem d = started("2026-02-01T10:00:00Z");
        d.getServices().add("pay\u202Ements\u0000\uD800 api\n");
        String root = "Ops\u0007 post\u2066mortems\uDC00\t ";
        for (TreeLayout layout : TreeLayout.values()) {
            for (String title : PageTreeLayout.ancestorTitles(d, target(layout, root, "UTC"), NOW)) {
                assertTrue(layout + ": " + title, title.startsWith("Ops postmortems"));
                assertTrue(layout + ": " + title, title.chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c)
                        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)));
                assertEquals(layout + ": cleaned exactly like a page title", PageTreeLayout.title(title), title);
            }
        }
        assertEquals("Ops postmortems: payments api",
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.SERVICE, root, "UTC"), NOW).get(1));
        assertEquals("a root that cleans to nothing is the default root", "Post-mortems",
                PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR, "\u202E\u0001", "UTC"), NOW).get(0));
    }

    @Test
    public void ancestorTitles_shouldKeepYearAndMonthWhenALongRootIsShortened() {
        PostMortem d = started("2026-02-01T10:00:00Z");
        String root = "R".repeat(254) + "\uD83D\uDE00";  // 256 chars, ends with a surrogate pair
        List<String> titles = PageTreeLayout.ancestorTitles(d, target(TreeLayout.YEAR_MONTH, root, "UTC"), NOW);
        assertEquals(3, titles.size());
        assertEquals("root, year and month pages never share a title", 3, new java.util.HashSet<>(titles).size());
        for (String title : titles) {
            assertTrue(title, title.length() <= PageTreeLayout.MAX_TITLE);
            assertTrue("no pair cut in half: " + title,
                    !Character.isHighSurrogate(title.charAt(title.length() - 1)) && !title.contains("\uDE00"));
        }
        assertTrue(titles.get(1), titles.get(1).endsWith(" 2026"));
        assertTrue(titles.get(2), titles.get(2).endsWith(" 2026-02"));
        assertEquals(PageTreeLayout.MAX_TITLE, titles.get(2).length());

        PostMortem other = started("2026-03-01T10:00:00Z");
        assertTrue("another month is another page", !titles.get(2).equals(PageTreeLayout.ancestorTitles(other,
                target(TreeLayout.YEAR_MONTH, root, "UTC"), NOW).get(2)));
        PostMortem withService = started("2026-02-01T10:00:00Z");
        withService.getServices().add("payments");
        assertTrue(PageTreeLayout.ancestorTitles(withService, target(TreeLayout.SERVICE, root, "UTC"), NOW).get(1)
                .endsWith(": payments"));
    }
}
