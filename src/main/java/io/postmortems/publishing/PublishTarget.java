package io.postmortems.publishing;

import io.postmortems.core.recurrence.Recurrence;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
 * @param earlier      earlier post-mortems this one recurs ({@link Recurrence#earlier}), for the page's "Related earlier
 *                     post-mortems" section, found by the host as the publishing user; empty: no section (the CLI)
 */
public record PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                            String jiraServerId, ZoneId displayZone, Locale pageLocale,
                            List<Recurrence.Match> earlier) {
    /**
     * Root title when none is given. Not translated: the root title is the tree's identity (group titles start with
     * it), so switching the page language must not start a second tree.
     */
    public static final String DEFAULT_ROOT_TITLE = "Post-mortems";

    /**
     * Confluence space keys: a global space's key is letters and digits; a personal space's is "~" and the user name.
     * Nothing else is accepted, which also keeps a key safe inside a quoted CQL string.
     */
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9]{1,255}|~[A-Za-z0-9_.@+-]{1,254}");

    public PublishTarget {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("a Confluence space key is required");
        }
        rootTitle = rootTitle == null || rootTitle.isBlank() ? DEFAULT_ROOT_TITLE : rootTitle.strip();
        layout = layout == null ? TreeLayout.YEAR : layout;
        displayZone = displayZone == null ? ZoneId.of("UTC") : displayZone;
        pageLocale = pageLocale == null ? Locale.ENGLISH : pageLocale;
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /** A target without earlier post-mortems. */
    public PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                         String jiraServerId, ZoneId displayZone, Locale pageLocale) {
        this(spaceKey, rootTitle, layout, jiraBaseUrl, jiraServerId, displayZone, pageLocale, List.of());
    }

    /** This target with the earlier post-mortems the page links. */
    public PublishTarget withEarlier(List<Recurrence.Match> matches) {
        return new PublishTarget(spaceKey, rootTitle, layout, jiraBaseUrl, jiraServerId, displayZone, pageLocale,
                matches);
    }

    /** Whether {@code key} has the form of a Confluence space key (the one rule the app applies everywhere). */
    public static boolean isSpaceKey(String key) {
        return key != null && SPACE_KEY.matcher(key).matches();
    }

    /** A target for English pages. */
    public PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                         String jiraServerId, ZoneId displayZone) {
        this(spaceKey, rootTitle, layout, jiraBaseUrl, jiraServerId, displayZone, Locale.ENGLISH);
    }
}
