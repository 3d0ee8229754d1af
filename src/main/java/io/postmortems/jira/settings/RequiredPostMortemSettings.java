package io.postmortems.jira.settings;

import io.postmortems.core.incident.RequiredPostMortems;
import io.postmortems.core.incident.RequiredPostMortems.OnResolve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Post-mortems required by severity (issue #13 item 2), administered on the settings page. Immutable; a missing value
 * reads as its default, so settings stored before these existed load with nothing required.
 *
 * @param severityField      where an incident's severity comes from: {@value #PRIORITY} (Jira's priority, also
 *                           for null or blank) or a custom field id such as {@code customfield_10010}
 * @param severityMapping    the incident's value (priority name or field value, ignoring case) to a severity id
 *                           of the scheme; default Jira's priorities Highest to Lowest onto SEV1 to SEV4
 * @param requiredSeverities severity ids whose resolved incidents require a post-mortem; default none
 * @param onResolve          create the post-mortem at once, or ask the assignee in a comment; default CREATE
 * @param reviewDueDays      per severity id, working days from the resolution to the review meeting; default SEV1 5,
 *                           SEV2 10
 */
public record RequiredPostMortemSettings(String severityField, Map<String, String> severityMapping,
                                         List<String> requiredSeverities, OnResolve onResolve,
                                         Map<String, Integer> reviewDueDays) {
    /** The severity field value meaning Jira's priority. */
    public static final String PRIORITY = "priority";

    public RequiredPostMortemSettings {
        severityField = severityField == null || severityField.isBlank() ? PRIORITY : severityField.strip();
        severityMapping = severityMapping == null ? RequiredPostMortems.defaultPriorityMapping()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severityMapping));
        requiredSeverities = requiredSeverities == null ? List.of() : List.copyOf(requiredSeverities);
        onResolve = onResolve == null ? OnResolve.CREATE : onResolve;
        reviewDueDays = reviewDueDays == null ? defaultDueDays()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reviewDueDays));
    }

    public static RequiredPostMortemSettings defaults() {
        return new RequiredPostMortemSettings(null, null, null, null, null);
    }

    /** Whether the severity is Jira's priority (else {@link #severityField} is a custom field id). */
    public boolean fromPriority() {
        return PRIORITY.equalsIgnoreCase(severityField);
    }

    /** The rules for the core decision. */
    public RequiredPostMortems.Policy policy() {
        return new RequiredPostMortems.Policy(severityMapping, new LinkedHashSet<>(requiredSeverities), onResolve,
                reviewDueDays);
    }

    private static Map<String, Integer> defaultDueDays() {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("SEV1", 5);
        days.put("SEV2", 10);
        return java.util.Collections.unmodifiableMap(days);
    }
}
