package io.postmortems.core.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides who gets which reminder on a day. Pure: the same countermeasures, policy and day always give the same
 * reminders, and nothing is sent or stored here ({@link ReminderRound} does that).
 *
 * <ul>
 *   <li><b>Digest</b>: every owner gets one message naming all their countermeasures that are overdue or due within
 *       {@link ReminderPolicy#soonDueDays()}. Its period is the day ({@code day:2026-03-01}): one digest per owner per
 *       day, however many countermeasures, runs or nodes; and after downtime the next run sends one digest, not one
 *       per missed day, because only today's period is ever planned.</li>
 *   <li><b>Escalation</b>: a countermeasure overdue by {@link ReminderPolicy#escalationDays()} days or more is told
 *       to the post-mortem's owner and the lead, once per countermeasure and due date ({@code due:2026-02-01}); moving
 *       the due date starts a new period, so the new date escalates again if it is missed too. Each recipient gets one
 *       message per run listing every countermeasure newly escalated to them.</li>
 * </ul>
 * Countermeasures without an owner get no digest (there is nobody to remind) but are still escalated.
 *
 * <p>The digest also names the follow-through due ({@link DueFollowThrough}: effectiveness checks to the
 * countermeasure's owner, revisits to the post-mortem's owner), under the same key: a recipient with only
 * follow-through due gets a digest too, still at most one a day.
 */
public final class ReminderPlanner {
    private static final Comparator<DueCountermeasure> ORDER = Comparator.comparing(DueCountermeasure::dueDate)
            .thenComparing(DueCountermeasure::issueKey);

    private static final Comparator<DueFollowThrough> FOLLOW_THROUGH_ORDER = Comparator
            .comparing(DueFollowThrough::kind).thenComparing(DueFollowThrough::dueOn)
            .thenComparing(DueFollowThrough::issueKey);

    private final ReminderPolicy policy;

    public ReminderPlanner(ReminderPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    /** The digest period of a day. */
    public static String dayPeriod(LocalDate day) {
        return "day:" + day;
    }

    /** The escalation period of a due date. */
    public static String duePeriod(LocalDate dueDate) {
        return "due:" + dueDate;
    }

    /** Whether a countermeasure due on {@code dueDate} is overdue by the escalation days on {@code today}. */
    public boolean isEscalated(LocalDate dueDate, LocalDate today) {
        return !dueDate.plusDays(policy.escalationDays()).isAfter(today);
    }

    /** Digests first (by recipient), then escalations (by recipient); no follow-through. */
    public List<Reminder> plan(Collection<DueCountermeasure> due, LocalDate today) {
        return plan(due, List.of(), today);
    }

    /** Digests first (by recipient), then escalations (by recipient). */
    public List<Reminder> plan(Collection<DueCountermeasure> due, Collection<DueFollowThrough> followThrough,
                               LocalDate today) {
        LocalDate soonLimit = today.plusDays(policy.soonDueDays());
        Map<String, List<DueCountermeasure>> byOwner = new TreeMap<>();
        Map<String, List<DueCountermeasure>> byEscalationRecipient = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DueCountermeasure cm : due) {
            if (cm == null || !seen.add(cm.issueKey()) || cm.dueDate().isAfter(soonLimit)) {
                continue;
            }
            if (present(cm.owner())) {
                byOwner.computeIfAbsent(cm.owner().strip(), k -> new ArrayList<>()).add(cm);
            }
            if (isEscalated(cm.dueDate(), today)) {
                Set<String> recipients = new LinkedHashSet<>();
                if (present(cm.postMortemOwner())) {
                    recipients.add(cm.postMortemOwner().strip());
                }
                if (policy.lead() != null) {
                    recipients.add(policy.lead());
                }
                for (String recipient : recipients) {
                    byEscalationRecipient.computeIfAbsent(recipient, k -> new ArrayList<>()).add(cm);
                }
            }
        }
        Map<String, List<DueFollowThrough>> followThroughByRecipient = new TreeMap<>();
        Set<String> seenFollowThrough = new LinkedHashSet<>();
        for (DueFollowThrough f : followThrough) {
            if (f != null && present(f.recipient()) && !f.dueOn().isAfter(today)
                    && seenFollowThrough.add(f.kind() + ":" + f.issueKey())) {
                followThroughByRecipient.computeIfAbsent(f.recipient().strip(), k -> new ArrayList<>()).add(f);
                byOwner.computeIfAbsent(f.recipient().strip(), k -> new ArrayList<>());
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            items.sort(ORDER);
            List<DueCountermeasure> overdue = items.stream().filter(cm -> cm.dueDate().isBefore(today)).toList();
            List<DueCountermeasure> soon = items.stream().filter(cm -> !cm.dueDate().isBefore(today)).toList();
            List<DueFollowThrough> checks = new ArrayList<>(followThroughByRecipient.getOrDefault(owner, List.of()));
            checks.sort(FOLLOW_THROUGH_ORDER);
            reminders.add(new Reminder(ReminderKind.DIGEST, owner, overdue, soon,
                    List.of(new ReminderKey(ReminderKind.DIGEST, owner, ReminderKey.ALL, dayPeriod(today))),
                    checks));
        });
        byEscalationRecipient.forEach((recipient, items) -> {
            items.sort(ORDER);
            List<ReminderKey> keys = items.stream().map(cm -> new ReminderKey(ReminderKind.ESCALATION, recipient,
                    cm.issueKey(), duePeriod(cm.dueDate()))).toList();
            reminders.add(new Reminder(ReminderKind.ESCALATION, recipient, items, List.of(), keys));
        });
        return reminders;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
