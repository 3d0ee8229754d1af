package io.postmortems.publishing.render;

import java.util.List;

/**
 * What the page templates see. Every {@code String} here is already storage format: escaped text or sanitised
 * XHTML built by {@link StorageFormatRenderer}. Templates print these values and never evaluate them, so user text
 * that looks like a template directive ({@code #set}, {@code $x}) or markup shows literally. Public only because
 * Velocity reflects on public types; not an API.
 */
public record PageView(List<Row> facts, String summary, List<Row> impact, List<TimelineRow> timeline,
                       List<String> investigationPaths, String rootCause, List<String> fiveWhys,
                       List<String> contributingFactors, String resolution, List<String> wentWell,
                       List<String> wentWrong, List<String> gotLucky, List<String> lessonsLearned,
                       JiraMacro jira, List<CountermeasureRow> countermeasures, List<String> ideas,
                       List<String> relatedIncidents, List<String> relatedPostMortems) {

    /** A label and its value, both storage format. */
    public record Row(String label, String value) {
    }

    public record TimelineRow(String time, String kind, String text, String evidence, String author) {
    }

    public record CountermeasureRow(String summary, String owner, String dueDate, String priority, String kind,
                                    String status, String key) {
    }

    /** The Jira issues macro; {@code jql} is empty when no countermeasure has a ticket yet. */
    public record JiraMacro(String serverId, String jql, String maximumIssues, String columns) {
    }
}
