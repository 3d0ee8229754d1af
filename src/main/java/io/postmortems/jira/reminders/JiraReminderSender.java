package io.postmortems.jira.reminders;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.core.reminders.Reminder;
import io.postmortems.core.reminders.ReminderSender;
import io.postmortems.core.reminders.ReminderText;
import io.postmortems.core.text.MessageText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers a reminder in Jira: with mail on, one plain-text mail through Jira's mail queue to an active recipient
 * with an address; with mail off, a comment on each countermeasure ticket it names (authored by the lead, else
 * anonymous). Inactive or deleted recipients get nothing. A mail's subject and body are in the recipient's Jira
 * language (Jira's i18n helper for that user).
 */
final class JiraReminderSender implements ReminderSender {
    private static final Logger LOG = LoggerFactory.getLogger(JiraReminderSender.class);

    private final UserManager users;
    private final MailDelivery mail;
    private final MailDelivery.State mailState;
    private final IssueManager issues;
    private final CommentManager comments;
    private final ApplicationUser commentAuthor;
    private final LocalDate today;
    private final I18nHelper.BeanFactory i18n;

    JiraReminderSender(UserManager users, MailDelivery mail, IssueManager issues, CommentManager comments,
                       ApplicationUser commentAuthor, LocalDate today, I18nHelper.BeanFactory i18n) {
        this.i18n = i18n;
        this.users = users;
        this.mail = mail;
        this.mailState = mail.state();
        this.issues = issues;
        this.comments = comments;
        this.commentAuthor = commentAuthor;
        this.today = today;
    }

    @Override
    public boolean send(Reminder reminder) {
        ApplicationUser recipient = users.getUserByName(reminder.recipient());
        if (recipient == null || !recipient.isActive()) {
            LOG.debug("No reminder for {}: no such active user", reminder.recipient());
            return true;
        }
        if (mailState != MailDelivery.State.ENABLED) {
            return comment(reminder, recipient);
        }
        if (!MailDelivery.canMail(recipient)) {
            LOG.debug("No reminder for {}: no e-mail address", reminder.recipient());
            return true;
        }
        MessageText text = textFor(recipient);
        mail.queue(recipient, ReminderText.subject(reminder, text), ReminderText.body(reminder, today, text));
        return true;
    }

    /** The app's text port over Jira's i18n helper in {@code user}'s language. */
    private MessageText textFor(ApplicationUser user) {
        I18nHelper helper = i18n.getInstance(user);
        return (key, args) -> args.isEmpty() ? helper.getText(key) : helper.getText(key, args.toArray());
    }

    private boolean comment(Reminder reminder, ApplicationUser recipient) {
        List<DueCountermeasure> items = new ArrayList<>(reminder.overdue());
        items.addAll(reminder.soonDue());
        boolean any = false;
        for (DueCountermeasure cm : items) {
            MutableIssue ticket = issues.getIssueObject(cm.issueKey());
            if (ticket == null) {
                continue;
            }
            String name = recipient.getDisplayName() == null ? recipient.getUsername() : recipient.getDisplayName();
            comments.create(ticket, commentAuthor, ReminderText.comment(reminder.kind(), cm, today, name), false);
            any = true;
        }
        for (io.postmortems.core.reminders.DueFollowThrough f : reminder.followThrough()) {
            MutableIssue issue = issues.getIssueObject(f.issueKey());
            if (issue == null) {
                continue;
            }
            String name = recipient.getDisplayName() == null ? recipient.getUsername() : recipient.getDisplayName();
            comments.create(issue, commentAuthor, ReminderText.comment(f, name), false);
            any = true;
        }
        return any || (items.isEmpty() && reminder.followThrough().isEmpty());
    }
}
