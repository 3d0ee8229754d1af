package io.postmortems.publishing.confluence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one batched title search ({@link ConfluenceClient#findByTitles}) learned.
 *
 * @param pages      the current pages found, by title
 * @param properties the requested content property of a found page, by title, only where Confluence expanded it
 *                   (no entry: not known, read it separately; an empty value: the page has no such property)
 * @param absent     titles the search answered for completely and found no current page with
 */
public record TitleSearch(Map<String, ContentPage> pages, Map<String, Optional<ContentProperty>> properties,
                          Set<String> absent) {
    public TitleSearch {
        pages = Map.copyOf(pages);
        properties = Map.copyOf(properties);
        absent = Set.copyOf(absent);
    }
}
