package io.postmortems.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the reports need of one post-mortem, read back from its small indexed summary (the Jira issue property
 * {@code postmortem} that {@code jira.store.PostMortemMirror} writes), never from the full document: severity,
 * services, cause category, the key times (UTC, to the minute) and the countermeasure counts.
 *
 * @param incident       a document holding only severity, services, cause category and times, so durations are
 *                       computed by the one rule ({@link IncidentMetrics}) and grouped by {@link MetricsAggregator}
 * @param openDue        due dates of the open countermeasures (overdue is decided on the day of the report)
 * @param daysToDone     per done countermeasure, days from the incident's start day (UTC) to its done date
 * @param followThrough  effectiveness outcomes and the days the next checks and revisit count from
 */
public record MirrorSnapshot(PostMortem incident, int countermeasures, int countermeasuresOpen,
                             int countermeasuresDone, int countermeasuresDoneOnTime, int targetBreaches,
                             List<LocalDate> openDue, List<Integer> daysToDone, FollowThroughFacts followThrough) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public MirrorSnapshot {
        openDue = List.copyOf(openDue);
        daysToDone = List.copyOf(daysToDone);
        followThrough = followThrough == null ? FollowThroughFacts.NONE : followThrough;
    }

    /** A snapshot without follow-through facts (as a property written before they were mirrored reads). */
    public MirrorSnapshot(PostMortem incident, int countermeasures, int countermeasuresOpen, int countermeasuresDone,
                          int countermeasuresDoneOnTime, int targetBreaches, List<LocalDate> openDue,
                          List<Integer> daysToDone) {
        this(incident, countermeasures, countermeasuresOpen, countermeasuresDone, countermeasuresDoneOnTime,
                targetBreaches, openDue, daysToDone, FollowThroughFacts.NONE);
    }

    /**
     * The follow-through of one post-mortem as mirrored. Periods are not in it: the reports add the administered
     * ones on the day of viewing ({@code core.followthrough.FollowThrough}).
     *
     * @param effective       countermeasures whose effectiveness check found them effective
     * @param notEffective    ... not effective
     * @param notVerifiable   ... not verifiable
     * @param uncheckedDoneOn done days of the done countermeasures not checked yet
     * @param revisitFrom     the day the next revisit counts from; null while it is not published
     */
    public record FollowThroughFacts(int effective, int notEffective, int notVerifiable,
                                     List<LocalDate> uncheckedDoneOn, LocalDate revisitFrom) {
        /** Nothing known: a property written before these were mirrored, until its post-mortem is saved again. */
        public static final FollowThroughFacts NONE = new FollowThroughFacts(0, 0, 0, List.of(), null);

        public FollowThroughFacts {
            uncheckedDoneOn = List.copyOf(uncheckedDoneOn);
        }
    }

    /** The snapshot of a mirror JSON; empty when it is not a JSON object (a broken property is left out, not fatal). */
    public static Optional<MirrorSnapshot> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        PostMortem doc = new PostMortem();
        doc.setSeverity(text(node, "severity"));
        doc.setCauseCategory(text(node, "causeCategory"));
        List<String> services = new ArrayList<>();
        for (JsonNode s : node.path("services")) {
            if (s.isTextual()) {
                services.add(s.asText());
            }
        }
        doc.setServices(services);
        IncidentTimes times = new IncidentTimes();
        times.setStarted(time(node, "started"));
        times.setDetected(time(node, "detected"));
        times.setAcknowledged(time(node, "acknowledged"));
        times.setMitigated(time(node, "mitigated"));
        times.setResolved(time(node, "resolved"));
        doc.setTimes(times);
        List<LocalDate> openDue = dates(node, "countermeasureOpenDue");
        List<Integer> daysToDone = new ArrayList<>();
        for (JsonNode d : node.path("countermeasureDaysToDone")) {
            if (d.canConvertToInt() && d.asInt() >= 0) {
                daysToDone.add(d.asInt());
            }
        }
        return Optional.of(new MirrorSnapshot(doc, count(node, "countermeasures"), count(node, "countermeasuresOpen"),
                count(node, "countermeasuresDone"), count(node, "countermeasuresDoneOnTime"),
                count(node, "countermeasureTargetBreaches"), openDue, daysToDone,
                new FollowThroughFacts(count(node, "countermeasuresEffective"),
                        count(node, "countermeasuresNotEffective"), count(node, "countermeasuresNotVerifiable"),
                        dates(node, "countermeasureUncheckedDoneOn"), date(text(node, "revisitFrom")))));
    }

    private static List<LocalDate> dates(JsonNode node, String field) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode d : node.path(field)) {
            LocalDate day = date(d.asText());
            if (day != null) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** A {@code yyyy-MM-dd} day; null when absent or malformed (left out, not fatal). */
    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    /** Mirror times are UTC to the minute, {@code 2026-03-01T10:15Z}. */
    private static OffsetDateTime time(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int count(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.canConvertToInt() ? Math.max(0, v.asInt()) : 0;
    }
}
