package io.postmortems.core.incident;

import java.time.Instant;
import java.util.List;

/**
 * What the app reads of an incident issue to start its post-mortem, free of Jira types. People are display names.
 *
 * @param key           the incident's issue key, e.g. OPS-42
 * @param summary       the incident's summary
 * @param created       when the incident issue was created
 * @param resolved      the incident's resolution date; null while unresolved
 * @param components    names of the incident's components, in Jira's order
 * @param assignee      the assignee; null when unassigned
 * @param reporter      the reporter; null when unknown
 * @param watchers      the watchers
 * @param statusChanges every change of the status field, in any order
 * @param comments      every comment, in any order
 */
public record IncidentSnapshot(String key, String summary, Instant created, Instant resolved, List<String> components,
                               String assignee, String reporter, List<String> watchers,
                               List<StatusChange> statusChanges, List<Comment> comments) {
    public IncidentSnapshot {
        components = components == null ? List.of() : List.copyOf(components);
        watchers = watchers == null ? List.of() : List.copyOf(watchers);
        statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** A change of the incident's status from one status name to another. */
    public record StatusChange(Instant at, String from, String to) {
    }

    /** A comment on the incident. */
    public record Comment(Instant at, String author, String body) {
    }
}
