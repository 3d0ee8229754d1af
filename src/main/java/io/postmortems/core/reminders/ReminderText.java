package io.postmortems.core.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The plain-text subject and body of a reminder (mail) and the comment that stands in for it where mail is off. Plain
 * text on purpose: nothing a user wrote (summaries) can become markup in a mail client.
 */
public final class ReminderText {
    private static final int MAX_SUMMARY = 200;

    private ReminderText() {
    }

    public static String subject(Reminder reminder) {
        if (reminder.kind() == ReminderKind.ESCALATION) {
            return "[Post-mortems] Escalation: " + count(reminder.overdue().size()) + " overdue";
        }
        StringBuilder s = new StringBuilder("[Post-mortems] Your countermeasures: ");
        List<String> parts = new java.util.ArrayList<>();
        if (!reminder.overdue().isEmpty()) {
            parts.add(reminder.overdue().size() + " overdue");
        }
        if (!reminder.soonDue().isEmpty()) {
            parts.add(reminder.soonDue().size() + " due soon");
        }
        long checks = reminder.followThrough().stream()
                .filter(f -> f.kind() == DueFollowThrough.Kind.EFFECTIVENESS).count();
        long reviews = reminder.followThrough().stream()
                .filter(f -> f.kind() == DueFollowThrough.Kind.REVIEW).count();
        long revisits = reminder.followThrough().size() - checks - reviews;
        if (checks > 0) {
            parts.add(checks + (checks == 1 ? " effectiveness check" : " effectiveness checks") + " due");
        }
        if (revisits > 0) {
            parts.add(revisits + (revisits == 1 ? " revisit" : " revisits") + " due");
        }
        if (reviews > 0) {
            parts.add(reviews + (reviews == 1 ? " review meeting" : " review meetings") + " overdue");
        }
        return s.append(String.join(", ", parts)).toString();
    }

    /** The mail body; {@code today} dates the "days overdue". */
    public static String body(Reminder reminder, LocalDate today) {
        StringBuilder b = new StringBuilder();
        if (reminder.kind() == ReminderKind.ESCALATION) {
            b.append("These countermeasures from post-mortems you are responsible for are long overdue:\n\n");
            lines(b, reminder.overdue(), today, true);
            b.append("\nPlease help their owners finish them, move their due dates with a reason, or mark them won't do.\n");
            return b.toString();
        }
        if (!reminder.overdue().isEmpty()) {
            b.append("Overdue:\n");
            lines(b, reminder.overdue(), today, false);
            b.append('\n');
        }
        if (!reminder.soonDue().isEmpty()) {
            b.append("Due soon:\n");
            lines(b, reminder.soonDue(), today, false);
            b.append('\n');
        }
        followThroughLines(b, reminder.followThrough());
        b.append("You get this digest at most once a day while you own open countermeasures that are due.\n");
        return b.toString();
    }

    /** The comment on a countermeasure's ticket when no mail can be sent. */
    public static String comment(ReminderKind kind, DueCountermeasure cm, LocalDate today, String recipientName) {
        long late = ChronoUnit.DAYS.between(cm.dueDate(), today);
        String state = late > 0 ? "is " + late + (late == 1 ? " day" : " days") + " overdue (due " + cm.dueDate() + ")"
                : "is due on " + cm.dueDate();
        if (kind == ReminderKind.ESCALATION) {
            return "Escalation to " + recipientName + " (post-mortem " + nullToDash(cm.postMortemKey())
                    + "): this countermeasure " + state + ". Mail is not available in this Jira, so the reminder is"
                    + " left here.";
        }
        return "Reminder for " + recipientName + ": this countermeasure " + state + ". Mail is not available in this"
                + " Jira, so the reminder is left here.";
    }

    private static void followThroughLines(StringBuilder b, List<DueFollowThrough> items) {
        List<DueFollowThrough> checks = items.stream().filter(f -> f.kind() == DueFollowThrough.Kind.EFFECTIVENESS)
                .toList();
        List<DueFollowThrough> revisits = items.stream().filter(f -> f.kind() == DueFollowThrough.Kind.REVISIT)
                .toList();
        if (!checks.isEmpty()) {
            b.append("Did these countermeasures work? Record the effectiveness check in the post-mortem:\n");
            for (DueFollowThrough f : checks) {
                b.append("- ").append(f.issueKey()).append(' ').append(summary(f.summary())).append(" (due ")
                        .append(f.dueOn()).append("; post-mortem ").append(nullToDash(f.postMortemKey())).append(")\n");
            }
            b.append('\n');
        }
        if (!revisits.isEmpty()) {
            b.append("Revisit these post-mortems: still accurate, countermeasures holding, did it recur?\n");
            for (DueFollowThrough f : revisits) {
                b.append("- ").append(f.issueKey()).append(' ').append(summary(f.summary())).append(" (due ")
                        .append(f.dueOn()).append(")\n");
            }
            b.append('\n');
        }
        List<DueFollowThrough> reviews = items.stream().filter(f -> f.kind() == DueFollowThrough.Kind.REVIEW)
                .toList();
        if (!reviews.isEmpty()) {
            b.append("These post-mortems passed their review date and are not approved yet: hold the review meeting"
                    + " and send them for approval:\n");
            for (DueFollowThrough f : reviews) {
                b.append("- ").append(f.issueKey()).append(' ').append(summary(f.summary())).append(" (review date ")
                        .append(f.dueOn()).append(")\n");
            }
            b.append('\n');
        }
    }

    /** The comment on the countermeasure's ticket (or the post-mortem, for a revisit or review) when mail is off. */
    public static String comment(DueFollowThrough f, String recipientName) {
        String what = switch (f.kind()) {
            case EFFECTIVENESS -> "the effectiveness check of this countermeasure is due since " + f.dueOn()
                    + ": record in post-mortem " + nullToDash(f.postMortemKey()) + " whether it worked";
            case REVISIT -> "this post-mortem is due for a revisit since " + f.dueOn()
                    + ": is it still accurate, are its countermeasures holding, did it recur?";
            case REVIEW -> "the review meeting of this post-mortem was due on " + f.dueOn()
                    + " and it is not approved yet: hold the meeting and send it for approval";
        };
        return "Reminder for " + recipientName + ": " + what + ". Mail is not available in this Jira, so the reminder"
                + " is left here.";
    }

    private static void lines(StringBuilder b, List<DueCountermeasure> items, LocalDate today, boolean withOwner) {
        for (DueCountermeasure cm : items) {
            long late = ChronoUnit.DAYS.between(cm.dueDate(), today);
            b.append("- ").append(cm.issueKey()).append(' ').append(summary(cm.summary()))
                    .append(" (due ").append(cm.dueDate());
            if (late > 0) {
                b.append(", ").append(late).append(late == 1 ? " day" : " days").append(" overdue");
            }
            b.append("; post-mortem ").append(nullToDash(cm.postMortemKey()));
            if (withOwner) {
                b.append("; owner ").append(cm.owner() == null || cm.owner().isBlank() ? "nobody" : cm.owner());
            }
            b.append(")\n");
        }
    }

    private static String summary(String summary) {
        if (summary == null || summary.isBlank()) {
            return "(no summary)";
        }
        String flat = summary.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_SUMMARY ? flat : flat.substring(0, MAX_SUMMARY) + "…";
    }

    private static String count(int n) {
        return n == 1 ? "1 countermeasure" : n + " countermeasures";
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
