package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Due-date targets by severity: a countermeasure should be due within {@link ReviewConfig#dueWeeksFor(String)} weeks
 * of the incident. The incident's day is the day it was resolved, else detected, else started, in the incident's own
 * offset; a document without any of these times has no target (the completeness rules already ask for the times).
 *
 * <p>A due date after the target is a <em>breach</em>, counted whether or not a reason was given (the JQL property
 * {@code countermeasureTargetBreaches}); the warning {@value #BEYOND_TARGET} asks for a {@code dueDateReason} and
 * goes once one is given. Done countermeasures are counted but not warned about.
 */
public final class DueDateTargets {
    public static final String BEYOND_TARGET = "completeness.countermeasure.due-date.beyond-target";

    static final List<String> CODES = List.of(BEYOND_TARGET);

    private DueDateTargets() {
    }

    static List<ReviewRule> rules(ReviewConfig config) {
        return List.of((doc, out) -> warnBeyondTarget(config, doc, out));
    }

    /** The incident's day the target counts from; empty when the document has no resolved, detected or start time. */
    public static Optional<LocalDate> incidentDay(PostMortem doc) {
        IncidentTimes times = doc.getTimes();
        if (times == null) {
            return Optional.empty();
        }
        for (OffsetDateTime t : new OffsetDateTime[]{times.getResolved(), times.getDetected(), times.getStarted()}) {
            if (t != null) {
                return Optional.of(t.toLocalDate());
            }
        }
        return Optional.empty();
    }

    /** The latest due date within the target of the document's severity; empty without an incident day. */
    public static Optional<LocalDate> target(PostMortem doc, ReviewConfig config) {
        int weeks = config.dueWeeksFor(doc.getSeverity());
        return incidentDay(doc).map(day -> day.plusWeeks(weeks));
    }

    /** Whether this countermeasure's due date lies after the target. */
    public static boolean isBeyondTarget(Countermeasure cm, PostMortem doc, ReviewConfig config) {
        if (cm == null || cm.getDueDate() == null) {
            return false;
        }
        return target(doc, config).map(t -> cm.getDueDate().isAfter(t)).orElse(false);
    }

    /** How many countermeasures are due after the target (with or without a reason). */
    public static int breaches(PostMortem doc, ReviewConfig config) {
        int count = 0;
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (isBeyondTarget(cm, doc, config)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The due date to pre-fill for a new countermeasure: the target when it is still ahead (or today), otherwise (a
     * late write-up, or no incident times yet) today plus the severity's weeks.
     */
    public static LocalDate suggestedDueDate(PostMortem doc, ReviewConfig config, LocalDate today) {
        return suggestedDueDate(doc, config.dueWeeksFor(doc.getSeverity()), today);
    }

    /** {@link #suggestedDueDate(PostMortem, ReviewConfig, LocalDate)} for a severity given as its weeks. */
    public static LocalDate suggestedDueDate(PostMortem doc, int weeks, LocalDate today) {
        Optional<LocalDate> target = incidentDay(doc).map(day -> day.plusWeeks(weeks));
        if (target.isPresent() && !target.get().isBefore(today)) {
            return target.get();
        }
        return today.plusWeeks(weeks);
    }

    private static void warnBeyondTarget(ReviewConfig config, PostMortem doc, Findings out) {
        Optional<LocalDate> target = target(doc, config);
        if (target.isEmpty()) {
            return;
        }
        List<Countermeasure> cms = doc.getCountermeasures();
        for (int i = 0; i < cms.size(); i++) {
            Countermeasure cm = cms.get(i);
            if (cm == null || cm.getDueDate() == null || !cm.getDueDate().isAfter(target.get())
                    || (cm.getStatus() != null && cm.getStatus().isFinished())
                    || (cm.getDueDateReason() != null && !cm.getDueDateReason().isBlank())) {
                continue;
            }
            String label = cm.getSummary() == null || cm.getSummary().isBlank() ? "#" + (i + 1)
                    : cm.getSummary().strip();
            out.warning("countermeasures[" + i + "].dueDateReason", BEYOND_TARGET, label,
                    cm.getDueDate().toString(), target.get().toString(),
                    String.valueOf(config.dueWeeksFor(doc.getSeverity())));
        }
    }
}
