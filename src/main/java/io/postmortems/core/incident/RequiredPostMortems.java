package io.postmortems.core.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which resolved incidents require a post-mortem, and by when its review meeting is due (issue #13 item 2). Host-free:
 * the adapter reads the incident's severity value (Jira priority or a custom field) and its resolution day; this class
 * maps the value onto the scheme, says whether that severity requires a post-mortem, and counts the review meeting's
 * due date in working days (Monday to Friday; public holidays are not known here and count as working days).
 */
public final class RequiredPostMortems {
    /** What happens when a required incident is resolved. */
    public enum OnResolve {
        /** The post-mortem is created at once, as the incident's assignee (reporter when unassigned). */
        CREATE,
        /** The assignee is asked in a comment to create it with the incident's "Create post-mortem" action. */
        ASK
    }

    /**
     * The administrator's rules.
     *
     * @param severityMapping    incident value (priority name or field value, compared ignoring case and outer
     *                           blanks) to a severity id of the scheme, e.g. {@code Highest -> SEV1}
     * @param requiredSeverities the severity ids whose incidents require a post-mortem; empty requires none
     * @param onResolve          create or ask
     * @param reviewDueDays      per severity id, working days from the resolution day to the review meeting
     */
    public record Policy(Map<String, String> severityMapping, Set<String> requiredSeverities, OnResolve onResolve,
                         Map<String, Integer> reviewDueDays) {
        public Policy {
            severityMapping = severityMapping == null ? Map.of() : Map.copyOf(severityMapping);
            requiredSeverities = requiredSeverities == null ? Set.of() : Set.copyOf(requiredSeverities);
            onResolve = onResolve == null ? OnResolve.CREATE : onResolve;
            reviewDueDays = reviewDueDays == null ? Map.of() : Map.copyOf(reviewDueDays);
        }
    }

    /**
     * What a resolved incident calls for.
     *
     * @param severity  the scheme's severity id the incident's value maps to; null when it maps to none
     * @param required  whether that severity requires a post-mortem
     * @param reviewDue the review meeting's due day; empty when no due days are set for the severity
     */
    public record Decision(String severity, boolean required, OnResolve action, Optional<LocalDate> reviewDue) {
        public Decision {
            reviewDue = reviewDue == null ? Optional.empty() : reviewDue;
        }
    }

    private RequiredPostMortems() {
    }

    /**
     * The severity id an incident value maps to: the mapping's entry for the value (ignoring case and outer blanks),
     * else the value itself when it already is a severity id of {@code knownIds} (a field holding "SEV1").
     */
    public static Optional<String> severityOf(String value, Map<String, String> mapping, Set<String> knownIds) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (e.getKey() != null && e.getKey().strip().equalsIgnoreCase(wanted) && e.getValue() != null
                    && !e.getValue().isBlank()) {
                return Optional.of(e.getValue().strip());
            }
        }
        return knownIds.stream().filter(id -> id.equalsIgnoreCase(wanted)).findFirst();
    }

    /** What {@code value} (the incident's severity as read) calls for when the incident was resolved on a day. */
    public static Decision decide(String value, Policy policy, Set<String> knownIds, LocalDate resolvedOn) {
        Objects.requireNonNull(policy, "policy");
        Optional<String> severity = severityOf(value, policy.severityMapping(), knownIds == null ? Set.of() : knownIds);
        if (severity.isEmpty()) {
            return new Decision(null, false, policy.onResolve(), Optional.empty());
        }
        boolean required = policy.requiredSeverities().stream().anyMatch(s -> s.equalsIgnoreCase(severity.get()));
        return new Decision(severity.get(), required, policy.onResolve(),
                reviewDue(severity.get(), policy, resolvedOn));
    }

    /** The review meeting's due day for a severity, counted from the resolution day; empty without due days. */
    public static Optional<LocalDate> reviewDue(String severity, Policy policy, LocalDate resolvedOn) {
        if (severity == null || resolvedOn == null) {
            return Optional.empty();
        }
        return policy.reviewDueDays().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(severity) && e.getValue() != null && e.getValue() >= 0)
                .findFirst().map(e -> addWorkingDays(resolvedOn, e.getValue()));
    }

    /**
     * The day {@code days} working days after {@code from}, Saturdays and Sundays skipped: Friday + 1 is Monday, and
     * a resolution on a Saturday counts from the next Monday (Saturday + 1 is Monday too). Zero days is {@code from}.
     */
    public static LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (!isWeekend(day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The default mapping of Jira's default priorities onto the default scheme. */
    public static Map<String, String> defaultPriorityMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Highest", "SEV1");
        m.put("High", "SEV2");
        m.put("Medium", "SEV3");
        m.put("Low", "SEV4");
        m.put("Lowest", "SEV4");
        return m;
    }
}
