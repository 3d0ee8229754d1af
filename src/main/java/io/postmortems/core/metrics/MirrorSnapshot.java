package io.postmortems.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.DueDateTargets;
import io.postmortems.core.review.ReviewConfig;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the reports need of one post-mortem, read back from its small indexed summary (the Jira issue property
 * {@code postmortem} that {@code jira.store.PostMortemMirror} writes), never from the full document: severity,
 * services, cause category, the key times (UTC, to the minute) and the countermeasure counts.
 *
 * @param incident       a document holding only severity, services, tags, cause category and times, so durations are
 *                       computed by the one rule ({@link IncidentMetrics}) and grouped by {@link MetricsAggregator}
 * @param openDue        due dates of the open countermeasures (overdue is decided on the day of the report)
 * @param daysToDone     per done countermeasure, days from the incident's start day (UTC) to its done date
 * @param effectiveness  how the recorded effectiveness checks came out (recurrence and the reports show them); none
 *                       when the mirror was written before it held them
 * @param followThrough  the days the next effectiveness checks and the revisit count from
 */
public record MirrorSnapshot(PostMortem incident, int countermeasures, int countermeasuresOpen,
                             int countermeasuresDone, int countermeasuresDoneOnTime, int targetBreaches,
                             List<LocalDate> openDue, List<Integer> daysToDone, EffectivenessCounts effectiveness,
                             FollowThroughFacts followThrough) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public MirrorSnapshot {
        openDue = List.copyOf(openDue);
        daysToDone = List.copyOf(daysToDone);
        effectiveness = effectiveness == null ? EffectivenessCounts.NONE : effectiveness;
        followThrough = followThrough == null ? FollowThroughFacts.NONE : followThrough;
    }

    /** A snapshot without effectiveness outcomes and follow-through days (as an older property reads). */
    public MirrorSnapshot(PostMortem incident, int countermeasures, int countermeasuresOpen, int countermeasuresDone,
                          int countermeasuresDoneOnTime, int targetBreaches, List<LocalDate> openDue,
                          List<Integer> daysToDone) {
        this(incident, countermeasures, countermeasuresOpen, countermeasuresDone, countermeasuresDoneOnTime,
                targetBreaches, openDue, daysToDone, EffectivenessCounts.NONE, FollowThroughFacts.NONE);
    }

    /** Open countermeasures due before {@code today} (the rule of {@code CountermeasureProgress}). */
    public int overdueOn(LocalDate today) {
        return (int) openDue.stream().filter(d -> d.isBefore(today)).count();
    }

    /**
     * The snapshot of a whole document, the one rule for its countermeasure counts: the mirror writes these (capped)
     * and the CLI's report reads documents through it. Done is {@link CountermeasureProgress#isDone} on the recorded
     * status; done on time is a done date on or before the due date; days to done count from the incident's start
     * day in UTC and leave out done dates before it; target breaches are {@link DueDateTargets#breaches}; the
     * effectiveness outcomes are {@link EffectivenessCounts#of}; unchecked done days and the revisit's day are
     * {@link FollowThrough}'s.
     */
    public static MirrorSnapshot of(PostMortem document, ReviewConfig config) {
        int open = 0;
        int done = 0;
        int doneOnTime = 0;
        List<LocalDate> openDue = new ArrayList<>();
        List<Integer> daysToDone = new ArrayList<>();
        List<LocalDate> uncheckedDoneOn = new ArrayList<>();
        LocalDate incidentDay = document.getTimes().getStarted() == null ? null
                : document.getTimes().getStarted().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        for (Countermeasure cm : document.getCountermeasures()) {
            if (cm == null) {
                continue;
            }
            if ((cm.getEffectiveness() == null || cm.getEffectiveness().getOutcome() == null)
                    && FollowThrough.effectivenessDueOn(cm, FollowThroughPolicy.defaults()).isPresent()) {
                // done and not checked yet: the check falls due a period after this day (the period is applied
                // when the reports are viewed, so a changed period counts at once)
                uncheckedDoneOn.add(cm.getDoneOn());
            }
            if (CountermeasureProgress.isDone(cm)) {
                done++;
                if (cm.getDoneOn() != null && cm.getDueDate() != null && !cm.getDoneOn().isAfter(cm.getDueDate())) {
                    doneOnTime++;
                }
                if (cm.getDoneOn() != null && incidentDay != null && !cm.getDoneOn().isBefore(incidentDay)) {
                    daysToDone.add((int) ChronoUnit.DAYS.between(incidentDay, cm.getDoneOn()));
                }
            } else {
                open++;
                if (cm.getDueDate() != null) {
                    openDue.add(cm.getDueDate());
                }
            }
        }
        return new MirrorSnapshot(document, open + done, open, done, doneOnTime,
                DueDateTargets.breaches(document, config), openDue, daysToDone, EffectivenessCounts.of(document),
                new FollowThroughFacts(uncheckedDoneOn, FollowThrough.revisitCountsFrom(document).orElse(null)));
    }

    /**
     * The follow-through days of one post-mortem as mirrored. Periods are not in it: the reports add the administered
     * ones on the day of viewing ({@link FollowThrough}).
     *
     * @param uncheckedDoneOn done days of the done countermeasures not checked yet
     * @param revisitFrom     the day the next revisit counts from; null while it is not published
     */
    public record FollowThroughFacts(List<LocalDate> uncheckedDoneOn, LocalDate revisitFrom) {
        /** Nothing known: a property written before these were mirrored, until its post-mortem is saved again. */
        public static final FollowThroughFacts NONE = new FollowThroughFacts(List.of(), null);

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
        doc.setServices(texts(node, "services"));
        doc.setTags(texts(node, "tags"));
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
                new EffectivenessCounts(count(node, "countermeasuresEffective"),
                        count(node, "countermeasuresNotEffective"), count(node, "countermeasuresNotVerifiable")),
                new FollowThroughFacts(dates(node, "countermeasureUncheckedDoneOn"), date(text(node, "revisitFrom")))));
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode s : node.path(field)) {
            if (s.isTextual()) {
                texts.add(s.asText());
            }
        }
        return texts;
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
