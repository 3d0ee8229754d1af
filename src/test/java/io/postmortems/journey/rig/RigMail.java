package io.postmortems.journey.rig;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.postmortems.jira.reminders.MailDelivery;
import org.mockito.Answers;
import org.mockito.MockedConstruction;
import org.mockito.invocation.Invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.withSettings;

/**
 * Jira's outgoing mail in the rig: an SMTP server a journey configures or removes, the "sending disabled" switch, and
 * Jira's mail queue as an in-memory list of what the app queued. The app's real {@link MailDelivery} runs over them.
 *
 * <p>atlassian-mail's {@code Email} and {@code SingleMailQueueItem} are classes the app constructs itself; in the
 * rig they are stand-ins, so a journey opens {@link #capture()} around the code that mails (in its own thread:
 * Mockito's construction mocks are per thread) and reads the queued mails from {@link #queued()}.
 */
public final class RigMail {
    /** One queued mail as Jira's queue received it. */
    public record Mail(String to, String subject, String body, String mimeType) {
    }

    private final FakeMailQueue queue = new FakeMailQueue();
    private volatile boolean smtpConfigured;
    private volatile boolean sendingDisabled;
    private final Map<Object, Email> emailOfItem = new ConcurrentHashMap<>();
    private final Map<Object, String> addressOfEmail = new ConcurrentHashMap<>();

    /** The app's mail delivery over this rig's queue and SMTP configuration. */
    public MailDelivery delivery() {
        MailServerManager servers = mock(MailServerManager.class, delegatesTo(new FakeMailServerManager()));
        return new MailDelivery(mock(MailQueue.class, delegatesTo(queue)), servers, () -> sendingDisabled);
    }

    /** Configures (or removes) Jira's default SMTP server. */
    public RigMail smtpConfigured(boolean configured) {
        smtpConfigured = configured;
        return this;
    }

    /** Jira's "outgoing mail disabled" switch. */
    public RigMail sendingDisabled(boolean disabled) {
        sendingDisabled = disabled;
        return this;
    }

    /** Records the mails the current thread builds until closed. */
    public AutoCloseable capture() {
        MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF),
                (email, context) -> addressOfEmail.put(email, String.valueOf(context.arguments().get(0))));
        MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class,
                (item, context) -> emailOfItem.put(item, (Email) context.arguments().get(0)));
        return () -> {
            items.close();
            emails.close();
        };
    }

    /** Every mail put on Jira's queue so far, in order. */
    public List<Mail> queued() {
        List<Mail> mails = new ArrayList<>();
        for (MailQueueItem item : queue.items) {
            Email email = emailOfItem.get(item);
            if (email == null) {
                throw new IllegalStateException("rig: a mail was queued outside RigMail.capture()");
            }
            mails.add(new Mail(addressOfEmail.get(email), last(email, "setSubject"), last(email, "setBody"),
                    last(email, "setMimeType")));
        }
        return mails;
    }

    /** The mails queued to one address. */
    public List<Mail> queuedTo(String address) {
        return queued().stream().filter(m -> address.equals(m.to())).toList();
    }

    private static String last(Email email, String setter) {
        String value = null;
        for (Invocation call : org.mockito.Mockito.mockingDetails(email).getInvocations()) {
            if (call.getMethod().getName().equals(setter)) {
                value = String.valueOf(call.getArgument(0, Object.class));
            }
        }
        return value;
    }

    /** Jira's mail queue: keeps what it is given. */
    public static final class FakeMailQueue {
        private final List<MailQueueItem> items = new CopyOnWriteArrayList<>();

        public void addItem(MailQueueItem item) {
            items.add(item);
        }
    }

    /** Jira's mail servers: a default SMTP server while the journey has configured one. */
    public final class FakeMailServerManager {
        private final SMTPMailServer server = mock(SMTPMailServer.class);

        public SMTPMailServer getDefaultSMTPMailServer() {
            return smtpConfigured ? server : null;
        }
    }
}
