package io.postmortems.core.reminders;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.BundleText;
import io.postmortems.core.text.MessageText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plain-text subject and body of a reminder (mail) and the comment that stands in for it where mail is off. Plain
 * text on purpose: nothing a user wrote (summaries) can become markup in a mail client.
 */
public final class ReminderText {
    private static final int MAX_SUMMARY = 200;
    /** The app's bundle in English, never the JVM's default locale. */
    private static final MessageText ENGLISH = new BundleText(ResourceBundle.getBundle(AppBundle.NAME, Locale.ROOT,
            ReminderText.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), Locale.ENGLISH);

    private ReminderText() {
    }

    /** The subject in English, the language of the body. */
    public static String subject(Reminder reminder) {
        return subject(reminder, ENGLISH);
    }

    /**
     * The subject in the text's language: an escalation counts its countermeasures; a digest names what it holds
     * (countermeasures, follow-through checks, review meetings) and counts each.
     */
    public static String subject(Reminder reminder, MessageText text) {
        if (reminder.kind() == ReminderKind.ESCALATION) {
            return text.text("postmortems.reminder.subject.escalation", List.of(text.text(
                    plural("postmortems.reminder.subject.countermeasures", reminder.overdue().size()),
                    List.of(String.valueOf(reminder.overdue().size())))));
        }
        long checks = reminder.followThrough().stream()
                .filter(f -> f.kind() == DueFollowThrough.Kind.EFFECTIVENESS).count();
        long reviews = reminder.followThrough().stream()
                .filter(f -> f.kind() == DueFollowThrough.Kind.REVIEW).count();
        long revisits = reminder.followThrough().size() - checks - reviews;
        List<String> holds = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (!reminder.overdue().isEmpty() || !reminder.soonDue().isEmpty()) {
            holds.add(text.text("postmortems.reminder.subject.holds.countermeasures"));
            count(parts, text, "postmortems.reminder.subject.overdue", reminder.overdue().size());
            count(parts, text, "postmortems.reminder.subject.soonDue", reminder.soonDue().size());
        }
        if (checks + revisits > 0) {
            holds.add(text.text("postmortems.reminder.subject.holds.followThrough"));
            count(parts, text, plural("postmortems.reminder.subject.checks", checks), checks);
            count(parts, text, plural("postmortems.reminder.subject.revisits", revisits), revisits);
        }
        if (reviews > 0) {
            holds.add(text.text("postmortems.reminder.subject.holds.reviews"));
            count(parts, text, plural("postmortems.reminder.subject.reviews", reviews), reviews);
        }
        String what = switch (holds.size()) {
            case 0 -> text.text("postmortems.reminder.subject.holds.countermeasures");
            case 1 -> holds.get(0);
            case 2 -> text.text("postmortems.reminder.subject.and", holds);
            default -> text.text("postmortems.reminder.subject.and", List.of(
                    String.join(", ", holds.subList(0, holds.size() - 1)), holds.get(holds.size() - 1)));
        };
        return text.text("postmortems.reminder.subject", List.of(what, String.join(", ", parts)));
    }

    private static String plural(String key, long n) {
        return key + (n == 1 ? ".one" : ".many");
    }

    private static void count(List<String> parts, MessageText text, String key, long n) {
        if (n > 0) {
            parts.add(text.text(key, List.of(String.valueOf(n))));
        }
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

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
