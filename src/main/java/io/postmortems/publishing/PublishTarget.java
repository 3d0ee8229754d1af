package io.postmortems.publishing;

import java.time.ZoneId;

/**
 * Where and how to publish.
 *
 * @param spaceKey     Confluence space key
 * @param rootTitle    title of the root page (default "Post-mortems"), created if missing
 * @param layout       grouping below the root
 * @param jiraBaseUrl  base URL of Jira, for links back to issues; may be null (CLI)
 * @param jiraServerId Confluence's id of the Jira server for the Jira issues macro; may be null
 * @param displayZone  zone the page shows times in
 */
public record PublishTarget(String spaceKey, String rootTitle, TreeLayout layout, String jiraBaseUrl,
                            String jiraServerId, ZoneId displayZone) {
    public static final String DEFAULT_ROOT_TITLE = "Post-mortems";

    public PublishTarget {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("a Confluence space key is required");
        }
        rootTitle = rootTitle == null || rootTitle.isBlank() ? DEFAULT_ROOT_TITLE : rootTitle.strip();
        layout = layout == null ? TreeLayout.YEAR : layout;
        displayZone = displayZone == null ? ZoneId.of("UTC") : displayZone;
    }
}
