package io.postmortems.jira.publish;

/**
 * Sends the announcement e-mail of a published page (declared here, where {@link CommentAnnouncer} needs it;
 * implemented in {@code jira.reminders} over the one mail path, {@code MailDelivery}). Plain text through Jira's mail
 * queue; when Jira cannot send mail, nothing is queued.
 */
public interface AnnouncementMail {
    /** Sends nothing; for callers (tests of other concerns) that do not care. */
    AnnouncementMail NONE = (address, group, subject, body) -> 0;

    /**
     * Queues one mail to {@code address} and one to each active member of {@code group} with an address, each
     * address once.
     *
     * @param address one configured address, or null
     * @param group   a Jira group name, or null
     * @return how many mails were queued (0 when mail cannot go out)
     */
    int send(String address, String group, String subject, String body);
}
