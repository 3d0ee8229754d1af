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
                       List<String> relatedIncidents, List<String> relatedPostMortems, Shape shape,
                       Layout layout, List<NoteRow> notes) {

    /** A label and its value, both storage format. */
    public record Row(String label, String value) {
    }

    /** Text an import kept because it fits no section: its heading (escaped, one line) and its text (prose). */
    public record NoteRow(String heading, String text) {
    }

    public record TimelineRow(String time, String kind, String text, String evidence, String author) {
        /**
         * The row's cells as the page prints them, joined here once: the template prints one value per row instead
         * of five, each of which costs Velocity a reflective call (issue #17; a page may have a thousand events).
         */
        public String cells() {
            return "<td>" + time + "</td><td>" + kind + "</td><td>" + text + "</td><td>" + evidence + "</td><td>"
                    + author + "</td>";
        }
    }

    public record CountermeasureRow(String summary, String owner, String dueDate, String priority, String kind,
                                    String status, String key) {
        /** The row's cells as the page prints them, joined once (see {@link TimelineRow#cells()}). */
        public String cells() {
            return "<td>" + summary + "</td><td>" + owner + "</td><td>" + dueDate + "</td><td>" + priority
                    + "</td><td>" + kind + "</td><td>" + status + "</td><td>" + key + "</td>";
        }
    }

    /**
     * The picture of the incident ({@link io.postmortems.core.metrics.IncidentBar}): the drawing's lines, escaped,
     * and one legend row per mark; {@code drawing} is empty when there is no bar.
     */
    public record Shape(String drawing, List<LegendRow> legend) {
    }

    /** A mark of the picture: its letter, what it is, when, and how long after the start ("" for the start). */
    public record LegendRow(String letter, String label, String time, String sinceStart) {
    }

    /**
     * Confluence conventions for long pages: a table of contents when {@code toc}; the timeline folded into an
     * expand macro titled {@code timelineExpandTitle} (escaped) when that is not empty.
     */
    public record Layout(boolean toc, String timelineExpandTitle) {
    }

    /** The Jira issues macro; {@code jql} is empty when no countermeasure has a ticket yet. */
    public record JiraMacro(String serverId, String jql, String maximumIssues, String columns) {
    }
}
