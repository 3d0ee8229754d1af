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
import java.util.function.Function;

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

    /** The mail body in English; {@code today} dates the "days overdue". */
    public static String body(Reminder reminder, LocalDate today) {
        return body(reminder, today, ENGLISH);
    }

    /** The mail body in the text's language (the recipient's); dates stay ISO ({@code 2026-03-10}) in every language. */
    public static String body(Reminder reminder, LocalDate today, MessageText text) {
        StringBuilder b = new StringBuilder();
        if (reminder.kind() == ReminderKind.ESCALATION) {
            b.append(text.text("postmortems.reminder.body.escalation.intro")).append("\n\n");
            lines(b, text, reminder.overdue(), today, true);
            b.append('\n').append(text.text("postmortems.reminder.body.escalation.outro")).append('\n');
            return b.toString();
        }
        if (!reminder.overdue().isEmpty()) {
            b.append(text.text("postmortems.reminder.body.overdue")).append('\n');
            lines(b, text, reminder.overdue(), today, false);
            b.append('\n');
        }
        if (!reminder.soonDue().isEmpty()) {
            b.append(text.text("postmortems.reminder.body.soonDue")).append('\n');
            lines(b, text, reminder.soonDue(), today, false);
            b.append('\n');
        }
        followThroughLines(b, text, reminder.followThrough());
        b.append(text.text("postmortems.reminder.body.footer")).append('\n');
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

    private static void followThroughLines(StringBuilder b, MessageText text, List<DueFollowThrough> items) {
        section(b, text, items, DueFollowThrough.Kind.EFFECTIVENESS, "postmortems.reminder.body.checks",
                f -> List.of(f.issueKey(), summary(f.summary(), text), String.valueOf(f.dueOn()),
                        nullToDash(f.postMortemKey())), "postmortems.reminder.body.item.check");
        section(b, text, items, DueFollowThrough.Kind.REVISIT, "postmortems.reminder.body.revisits",
                f -> List.of(f.issueKey(), summary(f.summary(), text), String.valueOf(f.dueOn())),
                "postmortems.reminder.body.item.revisit");
        section(b, text, items, DueFollowThrough.Kind.REVIEW, "postmortems.reminder.body.reviews",
                f -> List.of(f.issueKey(), summary(f.summary(), text), String.valueOf(f.dueOn())),
                "postmortems.reminder.body.item.review");
    }

    /** One follow-through section: its heading, one line per item of {@code kind}, a blank line; nothing if none. */
    private static void section(StringBuilder b, MessageText text, List<DueFollowThrough> items,
                                DueFollowThrough.Kind kind, String heading,
                                Function<DueFollowThrough, List<String>> args, String itemKey) {
        List<DueFollowThrough> of = items.stream().filter(f -> f.kind() == kind).toList();
        if (of.isEmpty()) {
            return;
        }
        b.append(text.text(heading)).append('\n');
        for (DueFollowThrough f : of) {
            b.append(text.text(itemKey, args.apply(f))).append('\n');
        }
        b.append('\n');
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

    private static void lines(StringBuilder b, MessageText text, List<DueCountermeasure> items, LocalDate today,
                              boolean withOwner) {
        for (DueCountermeasure cm : items) {
            long late = ChronoUnit.DAYS.between(cm.dueDate(), today);
            String lateText = late > 0
                    ? text.text(plural("postmortems.reminder.body.item.late", late), List.of(String.valueOf(late)))
                    : "";
            String owner = !withOwner ? "" : text.text("postmortems.reminder.body.item.owner", List.of(
                    cm.owner() == null || cm.owner().isBlank()
                            ? text.text("postmortems.reminder.body.item.nobody") : cm.owner()));
            b.append(text.text("postmortems.reminder.body.item.countermeasure", List.of(cm.issueKey(),
                    summary(cm.summary(), text), String.valueOf(cm.dueDate()), lateText,
                    nullToDash(cm.postMortemKey()), owner))).append('\n');
        }
    }

    private static String summary(String summary, MessageText text) {
        if (summary == null || summary.isBlank()) {
            return text.text("postmortems.reminder.body.noSummary");
        }
        String flat = summary.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_SUMMARY ? flat : flat.substring(0, MAX_SUMMARY) + "…";
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
