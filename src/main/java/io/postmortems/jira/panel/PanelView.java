package io.postmortems.jira.panel;

import java.util.List;

/**
 * Everything the post-mortem panel shows, built once per render. Immutable; getters only. Every String getter ends
 * in "Html" and returns text that is already HTML-escaped: Jira's Velocity renderer leaves references to methods named
 * {@code *Html} unescaped, and the standalone preview does not escape at all, so the text is escaped exactly once on
 * either path and user-typed text can never become markup.
 */
public final class PanelView {
    private final String issueKeyHtml;
    private final long revision;
    private final boolean canEdit;
    private final String zoneHtml;
    private final List<FindingRow> findings;
    private final List<TimeRow> times;
    private final List<TimeRow> durations;
    private final List<TimelineRow> timeline;
    private final List<CountermeasureRow> countermeasures;
    private final int pendingCount;
    private final boolean statusesUnavailable;
    private final String publishStateHtml;
    private final String pageUrlHtml;
    private final String pageVersionHtml;
    private final String publishErrorHtml;

    PanelView(String issueKey, long revision, boolean canEdit, String zone, List<FindingRow> findings,
              List<TimeRow> times, List<TimeRow> durations, List<TimelineRow> timeline,
              List<CountermeasureRow> countermeasures, int pendingCount, boolean statusesUnavailable,
              String publishState, String pageUrl, String pageVersion, String publishError) {
        this.issueKeyHtml = Html.escape(issueKey);
        this.revision = revision;
        this.canEdit = canEdit;
        this.zoneHtml = Html.escape(zone);
        this.findings = List.copyOf(findings);
        this.times = List.copyOf(times);
        this.durations = List.copyOf(durations);
        this.timeline = List.copyOf(timeline);
        this.countermeasures = List.copyOf(countermeasures);
        this.pendingCount = pendingCount;
        this.statusesUnavailable = statusesUnavailable;
        this.publishStateHtml = Html.escape(publishState);
        this.pageUrlHtml = Html.escape(pageUrl);
        this.pageVersionHtml = Html.escape(pageVersion);
        this.publishErrorHtml = Html.escape(publishError);
    }

    public String getIssueKeyHtml() { return issueKeyHtml; }
    public long getRevision() { return revision; }
    public boolean isCanEdit() { return canEdit; }
    /** The viewer's time zone, in which every time on the panel is shown. */
    public String getZoneHtml() { return zoneHtml; }
    public List<FindingRow> getFindings() { return findings; }
    public boolean isHasFindings() { return !findings.isEmpty(); }
    public List<TimeRow> getTimes() { return times; }
    public List<TimeRow> getDurations() { return durations; }
    public List<TimelineRow> getTimeline() { return timeline; }
    public boolean isHasTimeline() { return !timeline.isEmpty(); }
    public List<CountermeasureRow> getCountermeasures() { return countermeasures; }
    public boolean isHasCountermeasures() { return !countermeasures.isEmpty(); }
    /** Countermeasures without a ticket yet. */
    public int getPendingCount() { return pendingCount; }
    public boolean isStatusesUnavailable() { return statusesUnavailable; }
    public String getPublishStateHtml() { return publishStateHtml; }
    public boolean isHasPage() { return !pageUrlHtml.isEmpty(); }
    public String getPageUrlHtml() { return pageUrlHtml; }
    public String getPageVersionHtml() { return pageVersionHtml; }
    public boolean isHasPublishError() { return !publishErrorHtml.isEmpty(); }
    public String getPublishErrorHtml() { return publishErrorHtml; }
}
