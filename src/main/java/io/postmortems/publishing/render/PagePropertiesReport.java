package io.postmortems.publishing.render;

import java.util.regex.Pattern;

/**
 * Storage body for the root page: a Page Properties Report ({@code detailssummary}) that lists every post-mortem
 * page of the space in one table, one row per page, from the Page Properties macro ({@code id = postmortem})
 * that {@link StorageFormatRenderer} puts on each page.
 */
public final class PagePropertiesReport {
    /** The facts shown as report columns; each is a row heading of the details table. */
    public static final String HEADINGS = "Severity,Status,Started,Time to resolve,Services";
    private static final Pattern SPACE_KEY = Pattern.compile("~?[A-Za-z0-9_.@-]{1,255}");

    private PagePropertiesReport() {
    }

    /** @throws IllegalArgumentException naming the space key when it could not be quoted safely in CQL */
    public static String storageBody(String spaceKey) {
        if (spaceKey == null || !SPACE_KEY.matcher(spaceKey).matches()) {
            throw new IllegalArgumentException("the Confluence space key '" + XmlText.oneLine(spaceKey)
                    + "' is not a valid space key (letters and digits)");
        }
        String cql = "label = \"" + Labels.POSTMORTEM + "\" and space = \"" + spaceKey + "\"";
        return "<ac:structured-macro ac:name=\"detailssummary\" ac:schema-version=\"2\">"
                + "<ac:parameter ac:name=\"id\">" + XmlText.escape(StorageFormatRenderer.DETAILS_ID) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"cql\">" + XmlText.escape(cql) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"headings\">" + XmlText.escape(HEADINGS) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"sortBy\">Started</ac:parameter>"
                + "<ac:parameter ac:name=\"reverseSort\">true</ac:parameter>"
                + "<ac:parameter ac:name=\"firstcolumn\">Post-mortem</ac:parameter>"
                + "</ac:structured-macro>";
    }
}
