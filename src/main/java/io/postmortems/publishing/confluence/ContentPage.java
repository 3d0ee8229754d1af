package io.postmortems.publishing.confluence;

import java.util.List;
import java.util.Set;

/**
 * A Confluence page as the REST API describes it (only what publishing needs).
 *
 * @param id          content id
 * @param title       page title
 * @param spaceKey    key of the space the page is in
 * @param version     current version number
 * @param ancestorIds ancestor ids ordered root first, parent last (empty when not expanded or a top-level page)
 * @param labels      label names (empty when not expanded)
 * @param webUrl      absolute link to the page
 */
public record ContentPage(String id, String title, String spaceKey, int version, List<String> ancestorIds,
                          Set<String> labels, String webUrl) {
    public ContentPage {
        ancestorIds = List.copyOf(ancestorIds);
        labels = Set.copyOf(labels);
    }

    /** Id of the direct parent, or null for a top-level page. */
    public String parentId() {
        return ancestorIds.isEmpty() ? null : ancestorIds.get(ancestorIds.size() - 1);
    }
}
