package io.postmortems.publishing.tree;

import io.postmortems.publishing.render.Labels;
import io.postmortems.publishing.render.PagePropertiesReport;
import io.postmortems.publishing.render.PageText;
import io.postmortems.publishing.render.XmlText;

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
    /** Group title for post-mortems that name no service, in English (page text {@code group.unassigned}). */
    public static final String UNASSIGNED = "Unassigned";
    /** Label the Page Properties Report on the root page lists. */
    public static final String REPORT_LABEL = Labels.POSTMORTEM;
    /** Confluence's limit on page titles. */
    public static final int MAX_TITLE = io.postmortems.core.io.DocumentLimits.MAX_TITLE_CHARS;

    private PageTreeLayout() {
    }

    /** Titles from the root page down to the direct parent of the post-mortem's page (root first). */
    public static List<String> ancestorTitles(PostMortem document, PublishTarget target, Instant now) {
        Objects.requireNonNull(document, "document");
        String root = title(target.rootTitle());
        if (root.isEmpty()) {
            root = PublishTarget.DEFAULT_ROOT_TITLE;
        }
        List<String> titles = new ArrayList<>();
        titles.add(root);
        ZonedDateTime when = incidentTime(document, now).atZoneSameInstant(target.displayZone());
        String year = String.valueOf(when.getYear());
        switch (target.layout()) {
            case YEAR -> titles.add(group(root, " ", year));
            case YEAR_MONTH -> {
                titles.add(group(root, " ", year));
                titles.add(group(root, " ", String.format(java.util.Locale.ROOT, "%04d-%02d", when.getYear(),
                        when.getMonthValue())));
            }
            case SERVICE -> titles.add(group(root, ": ", service(document, PageText.of(target.pageLocale()))));
        }
        return List.copyOf(titles);
    }

    static String service(PostMortem document, PageText words) {
        return document.getServices().stream()
                .filter(Objects::nonNull)
                .map(XmlText::oneLine)
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElseGet(() -> XmlText.oneLine(words.text("group.unassigned")));
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

    /**
     * The page-title clean-up, the same rule as a post-mortem page's title: {@link XmlText#oneLine} (no control
     * characters, bidi overrides or lone surrogates; whitespace runs become one space) and {@link XmlText#truncate}
     * to Confluence's limit without splitting a surrogate pair.
     */
    static String title(String raw) {
        return XmlText.truncate(XmlText.oneLine(raw), MAX_TITLE);
    }

    /**
     * A group title: the (cleaned) root, a separator and what distinguishes the group (year, month, service). When
     * too long, the root is shortened, never the distinguishing part (a service name is cut only if it alone nearly
     * fills the limit), so year and month pages of one long root never share a title.
     */
    private static String group(String root, String separator, String distinguishing) {
        String tail = XmlText.truncate(XmlText.oneLine(distinguishing), MAX_TITLE - separator.length() - 1);
        String head = XmlText.truncate(root, MAX_TITLE - separator.length() - tail.length());
        return head + separator + tail;
    }

    /**
     * Body of a new root page, in the target's page language: a short introduction and the Page Properties Report
     * that lists every post-mortem page of the space, with columns taken from the facts table each page carries.
     */
    public static String rootBody(PublishTarget target) {
        PageText words = PageText.of(target.pageLocale());
        return "<p>" + words.escaped("root.intro") + "</p>"
                + PagePropertiesReport.storageBody(target.spaceKey(), words);
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
