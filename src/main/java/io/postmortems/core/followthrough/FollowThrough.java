package io.postmortems.core.followthrough;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.model.Revisit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for when a post-mortem's follow-through falls due, used by the panel, the review, the page and the
 * reminders.
 *
 * <ul>
 *   <li><b>Effectiveness check</b>: a countermeasure that is done (status {@code DONE} with the day it was done,
 *       {@code doneOn}) and not yet checked is due {@link FollowThroughPolicy#effectivenessDays()} after that day.
 *       Won't-do and open countermeasures have none; once checked, it is no longer due.</li>
 *   <li><b>Revisit</b>: a published post-mortem (one with a page) is due for a revisit
 *       {@link FollowThroughPolicy#revisitDays()} after it was first published (UTC day), and after each revisit the
 *       same period after the last one.</li>
 * </ul>
 */
public final class FollowThrough {
    private FollowThrough() {
    }

    /** When its effectiveness check falls due; empty when it has none (not done, no done day, or already checked). */
    public static Optional<LocalDate> effectivenessDueOn(Countermeasure cm, FollowThroughPolicy policy) {
        if (cm == null || cm.getEffectiveness() != null || cm.getStatus() != CountermeasureStatus.DONE
                || cm.getDoneOn() == null) {
            return Optional.empty();
        }
        return Optional.of(effectivenessDueAfter(cm.getDoneOn(), policy));
    }

    /** When the effectiveness check of a countermeasure done on {@code doneOn} falls due. */
    public static LocalDate effectivenessDueAfter(LocalDate doneOn, FollowThroughPolicy policy) {
        return doneOn.plusDays(policy.effectivenessDays());
    }

    /** Its effectiveness check is due on {@code today} (on or after its due day). */
    public static boolean isEffectivenessDue(Countermeasure cm, FollowThroughPolicy policy, LocalDate today) {
        return effectivenessDueOn(cm, policy).map(due -> !due.isAfter(today)).orElse(false);
    }

    /** The countermeasures whose effectiveness check is due on {@code today}, in document order. */
    public static List<Countermeasure> effectivenessDue(PostMortem doc, FollowThroughPolicy policy, LocalDate today) {
        List<Countermeasure> due = new ArrayList<>();
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (isEffectivenessDue(cm, policy, today)) {
                due.add(cm);
            }
        }
        return due;
    }

    /**
     * How much follow-through the document awaits, whenever it falls due: done countermeasures not yet checked, plus
     * one for the next revisit once it is published. Zero means the reminders need not look at it.
     */
    public static int pending(PostMortem doc) {
        int pending = 0;
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (effectivenessDueOn(cm, FollowThroughPolicy.defaults()).isPresent()) {
                pending++;
            }
        }
        return pending + (doc.getPage() != null ? 1 : 0);
    }

    /** When the next revisit falls due; empty while it is not published. */
    public static Optional<LocalDate> revisitDueOn(PostMortem doc, FollowThroughPolicy policy) {
        return revisitCountsFrom(doc).map(day -> revisitDueAfter(day, policy));
    }

    /**
     * The day the revisit period counts from: the last revisit's (UTC) day, else the first publishing's; empty while
     * it is not published. The reports keep this day in the indexed summary and add the period on the day of viewing,
     * so a period the administrator changes applies at once.
     */
    public static Optional<LocalDate> revisitCountsFrom(PostMortem doc) {
        Optional<LocalDate> base = lastRevisit(doc).map(r -> utcDay(r.getRevisitedAt()));
        if (base.isEmpty() || base.get() == null) {
            base = firstPublished(doc.getPage());
        }
        return base;
    }

    /** When a revisit counted from {@code from} ({@link #revisitCountsFrom}) falls due. */
    public static LocalDate revisitDueAfter(LocalDate from, FollowThroughPolicy policy) {
        return from.plusDays(policy.revisitDays());
    }

    /** A revisit is due on {@code today}. */
    public static boolean isRevisitDue(PostMortem doc, FollowThroughPolicy policy, LocalDate today) {
        return revisitDueOn(doc, policy).map(due -> !due.isAfter(today)).orElse(false);
    }

    /** The latest recorded revisit, if any. */
    public static Optional<Revisit> lastRevisit(PostMortem doc) {
        Revisit last = null;
        for (Revisit r : doc.getRevisits()) {
            if (r != null && r.getRevisitedAt() != null
                    && (last == null || !r.getRevisitedAt().isBefore(last.getRevisitedAt()))) {
                last = r;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Whether a follow-up of {@code cm} may be made: it was found not effective and has none yet. */
    public static boolean offersFollowUp(PostMortem doc, Countermeasure cm) {
        return cm.getEffectiveness() != null && cm.getEffectiveness().getOutcome() == EffectivenessOutcome.NOT_EFFECTIVE
                && followUpOf(doc, cm.getId()).isEmpty();
    }

    /** The countermeasure that follows up the one with {@code id}, if one was made. */
    public static Optional<Countermeasure> followUpOf(PostMortem doc, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return doc.getCountermeasures().stream().filter(Objects::nonNull)
                .filter(cm -> id.equals(cm.getFollowUpOf())).findFirst();
    }

    /**
     * A new countermeasure following up {@code old}: the same summary, owner, priority and kind, open, no ticket yet,
     * due on {@code dueDate}, linked to {@code old} by its id.
     */
    public static Countermeasure followUp(Countermeasure old, String newId, LocalDate dueDate) {
        Countermeasure next = new Countermeasure(newId, old.getSummary(), old.getOwner(), dueDate);
        next.setPriority(old.getPriority());
        next.setKind(old.getKind());
        next.setFollowUpOf(old.getId());
        return next;
    }

    private static Optional<LocalDate> firstPublished(PublishedPage page) {
        if (page == null) {
            return Optional.empty();
        }
        OffsetDateTime first = page.getFirstPublishedAt() != null ? page.getFirstPublishedAt() : page.getPublishedAt();
        return Optional.ofNullable(utcDay(first));
    }

    private static LocalDate utcDay(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
