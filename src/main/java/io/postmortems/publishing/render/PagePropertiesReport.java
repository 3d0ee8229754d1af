package io.postmortems.publishing.render;

import io.postmortems.publishing.PublishTarget;

import java.util.List;
import java.util.Locale;

/**
 * Storage body for the root page: a Page Properties Report ({@code detailssummary}) that lists every post-mortem
 * page of the space in one table, one row per page, from the Page Properties macro ({@code id = postmortem})
 * that {@link StorageFormatRenderer} puts on each page.
 *
 * <p>The report finds its columns by the row headings of that table, which are in the page language: a root page
 * lists the pages published in the language it was created with.
 */
public final class PagePropertiesReport {
    /** The facts shown as report columns (page text keys); each is a row heading of the details table. */
    public static final List<String> HEADING_KEYS = List.of("fact.severity", "fact.status", "fact.started",
            "fact.timeToResolve", "fact.services");
    /** The English column names. */
    public static final String HEADINGS = PageText.of(Locale.ENGLISH).joined(HEADING_KEYS);
    /** The fact the report sorts by, newest first. */
    static final String SORT_KEY = "fact.started";

    private PagePropertiesReport() {
    }

    /** The report in English. */
    public static String storageBody(String spaceKey) {
        return storageBody(spaceKey, PageText.of(Locale.ENGLISH));
    }

    /**
     * The report with column names in the language of {@code words}.
     *
     * @throws IllegalArgumentException naming the space key when it could not be quoted safely in CQL
     */
    public static String storageBody(String spaceKey, PageText words) {
        if (!PublishTarget.isSpaceKey(spaceKey)) {
            throw new IllegalArgumentException("the Confluence space key '" + XmlText.oneLine(spaceKey)
                    + "' is not a valid space key (letters and digits)");
        }
        String cql = "label = \"" + Labels.POSTMORTEM + "\" and space = \"" + spaceKey + "\"";
        return "<ac:structured-macro ac:name=\"detailssummary\" ac:schema-version=\"2\">"
                + "<ac:parameter ac:name=\"id\">" + XmlText.escape(StorageFormatRenderer.DETAILS_ID) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"cql\">" + XmlText.escape(cql) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"headings\">" + XmlText.escape(words.joined(HEADING_KEYS))
                + "</ac:parameter>"
                + "<ac:parameter ac:name=\"sortBy\">" + words.escaped(SORT_KEY) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"reverseSort\">true</ac:parameter>"
                + "<ac:parameter ac:name=\"firstcolumn\">" + words.escaped("report.firstColumn")
                + "</ac:parameter>"
                + "</ac:structured-macro>";
    }
}
