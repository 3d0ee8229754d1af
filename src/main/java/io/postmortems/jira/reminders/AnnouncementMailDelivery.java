package io.postmortems.jira.reminders;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.publish.AnnouncementMail;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The announcement e-mail over {@link MailDelivery}, the app's one way to Jira's mail queue: the configured address
 * and the members of the configured group (active, with an address; at most {@value #MAX_RECIPIENTS} addresses),
 * each address once. Without mail in Jira (no SMTP server, sending disabled) nothing is queued and the reason is
 * logged; the admin page says so too.
 */
@Named
public class AnnouncementMailDelivery implements AnnouncementMail {
    /** An announcement is not a mass mailing: a group larger than this is cut (and logged). */
    static final int MAX_RECIPIENTS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementMailDelivery.class);

    private final MailDelivery mail;
    private final GroupManager groups;

    @Inject
    public AnnouncementMailDelivery(MailDelivery mail, @ComponentImport GroupManager groups) {
        this.mail = mail;
        this.groups = groups;
    }

    @Override
    public int send(String address, String group, String subject, String body) {
        if (address == null && group == null) {
            return 0;
        }
        MailDelivery.State state = mail.state();
        if (state != MailDelivery.State.ENABLED) {
            LOG.info("No announcement e-mail: Jira cannot send mail ({})", state);
            return 0;
        }
        Set<String> to = new LinkedHashSet<>();
        if (address != null && !address.isBlank()) {
            to.add(address.strip());
        }
        if (group != null && !group.isBlank()) {
            members(group.strip(), to);
        }
        Set<String> seen = new LinkedHashSet<>();
        int queued = 0;
        for (String each : to) {
            if (seen.add(each.toLowerCase(Locale.ROOT))) {
                mail.queueToAddress(each, subject, body);
                queued++;
            }
        }
        return queued;
    }

    private void members(String group, Set<String> to) {
        if (!groups.groupExists(group)) {
            LOG.warn("No announcement e-mail to the group {}: Jira has no such group", group);
            return;
        }
        Collection<ApplicationUser> members = groups.getUsersInGroup(group);
        for (ApplicationUser user : members == null ? Set.<ApplicationUser>of() : members) {
            if (to.size() >= MAX_RECIPIENTS) {
                LOG.warn("Announcement e-mail to the group {} cut at {} addresses", group, MAX_RECIPIENTS);
                return;
            }
            if (MailDelivery.canMail(user)) {
                to.add(user.getEmailAddress().strip());
            }
        }
    }
}
