package io.postmortems.jira.reminders;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.BooleanSupplier;

/**
 * Jira's outgoing mail as the reminders use it: whether mail can go out at all (a default SMTP server is configured
 * and sending is not disabled, Jira's "outgoing mail" switch, which atlassian-mail reads as
 * {@code atlassian.mail.senddisabled}), and queuing a plain-text message for one user through Jira's mail queue, which
 * sends it in the background and retries as Jira does for its own notifications.
 */
@Named
public class MailDelivery {
    /** Why mail can or cannot go out; the admin page shows the last two. */
    public enum State {
        ENABLED, NO_SMTP_SERVER, SENDING_DISABLED
    }

    private final MailQueue queue;
    private final MailServerManager servers;
    private final BooleanSupplier sendingDisabled;

    @Inject
    public MailDelivery(@ComponentImport MailQueue queue, @ComponentImport MailServerManager servers) {
        this(queue, servers, MailFactory::isSendingDisabled);
    }

    /**
     * With another source of the "sending disabled" switch (tests and the journey rig: atlassian-mail reads it from a
     * static).
     */
    public MailDelivery(MailQueue queue, MailServerManager servers, BooleanSupplier sendingDisabled) {
        this.queue = queue;
        this.servers = servers;
        this.sendingDisabled = sendingDisabled;
    }

    public State state() {
        if (servers.getDefaultSMTPMailServer() == null) {
            return State.NO_SMTP_SERVER;
        }
        return sendingDisabled.getAsBoolean() ? State.SENDING_DISABLED : State.ENABLED;
    }

    /** Whether this user can be mailed: active, with an address. */
    public static boolean canMail(ApplicationUser user) {
        return user != null && user.isActive() && user.getEmailAddress() != null
                && !user.getEmailAddress().isBlank();
    }

    /** Queues a plain-text message to the user's address; the caller checked {@link #canMail}. */
    public void queue(ApplicationUser to, String subject, String body) {
        queueToAddress(to.getEmailAddress(), subject, body);
    }

    /** Queues a plain-text message to one address (a configured one, not a user's). */
    public void queueToAddress(String address, String subject, String body) {
        Email email = new Email(address.strip()).setSubject(subject).setBody(body).setMimeType("text/plain");
        queue.addItem(new SingleMailQueueItem(email));
    }
}
