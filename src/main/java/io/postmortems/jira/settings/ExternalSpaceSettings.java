package io.postmortems.jira.settings;

/**
 * Where external summaries are published: a Confluence space apart from the post-mortems' own (for readers outside
 * the organisation), and the title of the root page there. Absent ({@code null} in {@link AppSettings}) or with a
 * blank space key, no external page is published.
 *
 * @param spaceKey  the external space's key
 * @param rootTitle title of the root page in that space; blank reads as {@link #DEFAULT_ROOT_TITLE}
 */
public record ExternalSpaceSettings(String spaceKey, String rootTitle) {
    /** Root title when none is given. */
    public static final String DEFAULT_ROOT_TITLE = "Incident reports";

    public ExternalSpaceSettings {
        spaceKey = spaceKey == null || spaceKey.isBlank() ? null : spaceKey.strip();
        rootTitle = rootTitle == null || rootTitle.isBlank() ? DEFAULT_ROOT_TITLE : rootTitle.strip();
    }

    /** Whether external pages are published: a space key is set. */
    public boolean enabled() {
        return spaceKey != null;
    }
}
