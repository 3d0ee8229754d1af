package io.postmortems.publishing.tree;

import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where a post-mortem's page goes: space → root page → grouping pages → the page itself.
 *
 * <p>Group pages carry the root's title as a prefix ("Post-mortems 2026", "Post-mortems 2026-03",
 * "Post-mortems: payments") because Confluence titles are unique per space: two roots in one space (say
 * "Post-mortems" and "Security post-mortems") then never fight over a page called "2026".
 *
 * <p>The incident's month is taken from its start (else detection, first user impact, resolution, review
 * date), in the target's display zone; a post-mortem without any of these is filed under the publish date.
 */
public final class PageTreeLayout {
    /** Group title for post-mortems that name no service. */
    public static final String UNASSIGNED = "Unassigned";
    /** Label the Page Properties Report on the root page lists. */
    public static final String REPORT_LABEL = "postmortem";
    /** Columns of the root page's report: keys of the Page Properties table the renderer writes. */
    public static final List<String> REPORT_COLUMNS = List.of("Issue", "Severity", "Status", "Incident start",
            "Time to resolve", "Services", "Owner");
    /** Confluence's limit on page titles. */
    public static final int MAX_TITLE = 255;

    private PageTreeLayout() {
    }

    /** Titles from the root page down to the direct parent of the post-mortem's page (root first). */
    public static List<String> ancestorTitles(PostMortem document, PublishTarget target, Instant now) {
        Objects.requireNonNull(document, "document");
        String root = target.rootTitle();
        List<String> titles = new ArrayList<>();
        titles.add(clip(root));
        ZonedDateTime when = incidentTime(document, now).atZoneSameInstant(target.displayZone());
        switch (target.layout()) {
            case YEAR -> titles.add(clip(root + " " + when.getYear()));
            case YEAR_MONTH -> {
                titles.add(clip(root + " " + when.getYear()));
                titles.add(clip(root + " " + String.format(java.util.Locale.ROOT, "%04d-%02d", when.getYear(),
                        when.getMonthValue())));
            }
            case SERVICE -> titles.add(clip(root + ": " + service(document)));
        }
        return List.copyOf(titles);
    }

    static String service(PostMortem document) {
        return document.getServices().stream()
                .filter(Objects::nonNull)
                .map(s -> s.strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse(UNASSIGNED);
    }

    static OffsetDateTime incidentTime(PostMortem document, Instant now) {
        IncidentTimes t = document.getTimes();
        return Stream.of(t.getStarted(), t.getDetected(), t.getFirstUserImpact(), t.getResolved())
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> java.util.Optional.ofNullable(document.getMeeting().getReviewDate())
                        .map(d -> d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC).withHour(12)))
                .orElseGet(() -> now.atOffset(java.time.ZoneOffset.UTC));
    }

    private static String clip(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }

    /**
     * Body of a new root page: a short introduction and a Page Properties Report listing every page labelled
     * {@value #REPORT_LABEL} in the space.
     */
    public static String rootBody(PublishTarget target) {
        String cql = "label = \"" + REPORT_LABEL + "\" and space = \"" + target.spaceKey() + "\"";
        return "<p>Post-mortems of incidents, published from Jira by Post-Mortems for Jira. Each page is kept up to"
                + " date from its Jira issue; edit the post-mortem in Jira, not here.</p>"
                + "<ac:structured-macro ac:name=\"detailssummary\" ac:schema-version=\"2\">"
                + "<ac:parameter ac:name=\"cql\">" + escape(cql) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"headings\">" + escape(String.join(",", REPORT_COLUMNS.subList(1,
                REPORT_COLUMNS.size()))) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"firstcolumn\">Post-mortem</ac:parameter>"
                + "<ac:parameter ac:name=\"sortBy\">Incident start</ac:parameter>"
                + "<ac:parameter ac:name=\"reverseSort\">true</ac:parameter>"
                + "<ac:parameter ac:name=\"pageSize\">50</ac:parameter>"
                + "</ac:structured-macro>";
    }

    /** Body of a new grouping page: the list of its children. */
    public static String groupBody() {
        return "<ac:structured-macro ac:name=\"children\" ac:schema-version=\"2\">"
                + "<ac:parameter ac:name=\"sort\">title</ac:parameter>"
                + "<ac:parameter ac:name=\"reverse\">true</ac:parameter>"
                + "</ac:structured-macro>";
    }

    /** XML text escaping for storage format. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
