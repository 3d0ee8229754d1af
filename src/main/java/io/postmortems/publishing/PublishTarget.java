package io.postmortems.publishing;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Where and how to publish.
 *
 * @param spaceKey     Confluence space key
 * @param rootTitle    title of the root page (default "Post-mortems"), created if missing
 * @param layout       grouping below the root
 * @param jiraBaseUrl  base URL of Jira, for links back to issues; may be null (CLI)
 * @param jiraServerId Confluence's id of the Jira server for the Jira issues macro; may be null
 * @param displayZone  zone the page shows times in
 * @param pageLocale   language of the page's fixed words (headings, labels, root page text); null: English. A
 *                     language without a translation shows in English. The content hash covers the rendered
 *                     words, so changing the language updates a page and an unchanged one is not rewritten.
 */
public record PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                            String jiraServerId, ZoneId displayZone, Locale pageLocale) {
    /**
     * Root title when none is given. Not translated: the root title is the tree's identity (group titles start with
     * it), so switching the page language must not start a second tree.
     */
    public static final String DEFAULT_ROOT_TITLE = "Post-mortems";

    public PublishTarget {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("a Confluence space key is required");
        }
        rootTitle = rootTitle == null || rootTitle.isBlank() ? DEFAULT_ROOT_TITLE : rootTitle.strip();
        layout = layout == null ? TreeLayout.YEAR : layout;
        displayZone = displayZone == null ? ZoneId.of("UTC") : displayZone;
        pageLocale = pageLocale == null ? Locale.ENGLISH : pageLocale;
    }

    /** A target for English pages. */
    public PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                         String jiraServerId, ZoneId displayZone) {
        this(spaceKey, rootTitle, layout, jiraBaseUrl, jiraServerId, displayZone, Locale.ENGLISH);
    }
}
