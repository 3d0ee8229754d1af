package io.postmortems.panel;

import java.util.List;

/** The findings of one level (errors, warnings or hints), with the level's lozenge. Escaped. */
public final class FindingGroup {
    private final String levelHtml;
    private final String lozengeHtml;
    private final List<FindingRow> findings;

    FindingGroup(String level, String lozenge, List<FindingRow> findings) {
        this.levelHtml = Html.escape(level);
        this.lozengeHtml = Html.escape(lozenge);
        this.findings = List.copyOf(findings);
    }

    /** Localised level name, e.g. "Errors". */
    public String getLevelHtml() { return levelHtml; }
    /** AUI lozenge modifier class for the level. */
    public String getLozengeHtml() { return lozengeHtml; }
    public List<FindingRow> getFindings() { return findings; }
    public int getCount() { return findings.size(); }
}
