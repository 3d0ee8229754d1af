package io.postmortems.jira.publish;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.workflow.Announcements;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.publishing.render.PageText;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Announces a published page with a comment, as the publishing user, on the post-mortem and on each related incident
 * issue that user may see and comment on: the page link and mentions ({@code [~username]}) of the participants who
 * are Jira users (others are named in plain text). In the page language of the settings. One issue Jira refuses does
 * not stop the others; nothing here fails a publish. With an announcement address or group configured, one plain-text
 * e-mail each (page link, title, severity, summary) goes through {@link AnnouncementMail}.
 */
@Named
public class CommentAnnouncer implements PublishAnnouncements {
    /** At most this many related incidents are commented on; a longer list is a data problem, not a broadcast. */
    static final int MAX_RELATED = 20;
    private static final Logger LOG = LoggerFactory.getLogger(CommentAnnouncer.class);

    private final CommentManager comments;
    private final IssueManager issues;
    private final UserManager users;
    private final PostMortemPermissions permissions;
    private final SettingsStore settings;
    private final AnnouncementMail mail;

    @Inject
    public CommentAnnouncer(@ComponentImport CommentManager comments, @ComponentImport IssueManager issues,
                            @ComponentImport UserManager users, PostMortemPermissions permissions,
                            SettingsStore settings, AnnouncementMail mail) {
        this.comments = comments;
        this.issues = issues;
        this.users = users;
        this.permissions = permissions;
        this.settings = settings;
        this.mail = mail;
    }

    /** Comments only, no e-mail. */
    public CommentAnnouncer(CommentManager comments, IssueManager issues, UserManager users,
                            PostMortemPermissions permissions, SettingsStore settings) {
        this(comments, issues, users, permissions, settings, AnnouncementMail.NONE);
    }

    @Override
    public int announce(Issue postMortem, PostMortem document, ApplicationUser user, String pageUrl,
                        Announcements.Due due) {
        if (due == Announcements.Due.NONE || pageUrl == null || user == null) {
            return 0;
        }
        String body = body(document, postMortem.getKey(), pageUrl, due);
        List<Issue> targets = new ArrayList<>();
        targets.add(postMortem);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(postMortem.getKey());
        for (String key : document.getRelatedIncidents()) {
            if (key == null || key.isBlank() || !seen.add(key.strip()) || seen.size() > MAX_RELATED + 1) {
                continue;
            }
            Issue incident = issues.getIssueObject(key.strip());
            if (incident != null) {
                targets.add(incident);
            }
        }
        int told = 0;
        for (Issue target : targets) {
            if (!permissions.canComment(target, user)) {
                continue; // Jira does not let this user comment there (or see it): say nothing about it
            }
            try {
                comments.create(target, user, body, true);
                told++;
            } catch (RuntimeException e) {
                LOG.warn("Page of {} published, but the announcement on {} failed: {}", postMortem.getKey(),
                        target.getKey(), e.getClass().getSimpleName());
            }
        }
        mail(postMortem.getKey(), document, pageUrl, due);
        return told;
    }

    /** The announcement e-mail, when an address or group is configured; a failure is logged, the page stays. */
    private void mail(String issueKey, PostMortem document, String pageUrl, Announcements.Due due) {
        var workflow = settings.load().workflow();
        if (!workflow.announcementMailConfigured()) {
            return;
        }
        ResourceBundle bundle = bundle(PageText.localeOf(settings.load().pageLanguage()));
        try {
            int queued = mail.send(workflow.announcementEmail(), workflow.announcementGroup(),
                    mailSubject(bundle, document, issueKey, due), mailBody(bundle, document, issueKey, pageUrl, due));
            LOG.debug("Announcement e-mail of {}: {} queued", issueKey, queued);
        } catch (RuntimeException e) {
            LOG.warn("Page of {} published, but the announcement e-mail failed: {}", issueKey,
                    e.getClass().getSimpleName());
        }
    }

    /** One line: no line breaks or control characters reach the mail's Subject header. */
    static String mailSubject(ResourceBundle bundle, PostMortem document, String issueKey, Announcements.Due due) {
        String title = line(document.getTitle(), MAX_SUBJECT_TITLE);
        String what = title.isEmpty() ? issueKey : issueKey + " " + title;
        return format(bundle, due == Announcements.Due.MAJOR_UPDATE ? "postmortems.announce.mail.subject.update"
                : "postmortems.announce.mail.subject", what);
    }

    /** Plain text (the mail's type), so markup in the document stays inert; control characters are removed. */
    static String mailBody(ResourceBundle bundle, PostMortem document, String issueKey, String pageUrl,
                           Announcements.Due due) {
        String title = line(document.getTitle(), MAIL_TITLE);
        String what = title.isEmpty() ? issueKey : issueKey + " (" + title + ")";
        String key = due == Announcements.Due.MAJOR_UPDATE ? "postmortems.announce.comment.update"
                : "postmortems.announce.comment";
        StringBuilder text = new StringBuilder(format(bundle, key, what, line(pageUrl, MAIL_URL)));
        text.append("\n\n").append(format(bundle, "postmortems.announce.mail.title", title));
        text.append("\n").append(format(bundle, "postmortems.announce.mail.severity",
                line(document.getSeverity(), MAIL_TITLE)));
        text.append("\n").append(format(bundle, "postmortems.announce.mail.summary",
                text(document.getSummary(), MAIL_SUMMARY)));
        return text.toString();
    }

    /** How much of each field the e-mail carries. */
    private static final int MAX_SUBJECT_TITLE = 150;
    private static final int MAIL_TITLE = io.postmortems.core.io.DocumentLimits.MAX_TITLE_CHARS;
    private static final int MAIL_URL = 2_000;
    private static final int MAIL_SUMMARY = 4_000;

    /** One line: every control character (line breaks included) becomes a space; at most {@code max} characters. */
    static String line(String text, int max) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }

    /** Text with its line breaks, other control characters removed; at most {@code max} characters. */
    private static String text(String text, int max) {
        if (text == null) {
            return "";
        }
        String kept = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return kept.length() <= max ? kept : kept.substring(0, max - 1) + "\u2026";
    }

    /** The comment in Jira wiki markup; names and the title are plain text (markup characters removed). */
    String body(PostMortem document, String issueKey, String pageUrl, Announcements.Due due) {
        ResourceBundle bundle = bundle(PageText.localeOf(settings.load().pageLanguage()));
        String title = plain(document.getTitle());
        String what = title.isEmpty() ? issueKey : issueKey + " (" + title + ")";
        String key = due == Announcements.Due.MAJOR_UPDATE ? "postmortems.announce.comment.update"
                : "postmortems.announce.comment";
        StringBuilder text = new StringBuilder(format(bundle, key, what, "[" + url(pageUrl) + "]"));
        List<String> mentions = participants(document);
        if (!mentions.isEmpty()) {
            text.append("\n").append(format(bundle, "postmortems.announce.participants", String.join(", ", mentions)));
        }
        return text.toString();
    }

    /** Participants, facilitator and creator of the write-up: mentions for Jira users, plain names for others. */
    private List<String> participants(PostMortem document) {
        Set<String> names = new LinkedHashSet<>();
        names.add(document.getMeeting().getFacilitatedBy());
        names.add(document.getMeeting().getCreatedBy());
        names.addAll(document.getMeeting().getParticipants());
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            ApplicationUser known = users.getUserByName(name.strip());
            if (known != null && known.isActive() && known.getUsername() != null) {
                out.add("[~" + known.getUsername() + "]");
            } else {
                out.add(plain(name));
            }
        }
        return out;
    }

    /** The page language's bundle, falling back to the base (English) one, never to the JVM's default locale. */
    private static ResourceBundle bundle(Locale locale) {
        ResourceBundle.Control noDefault = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, locale, CommentAnnouncer.class.getClassLoader(),
                    noDefault);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(io.postmortems.core.text.AppBundle.NAME, Locale.ROOT, CommentAnnouncer.class.getClassLoader(),
                    noDefault);
        }
    }

    /** The link target: no whitespace and none of the characters that end or split a wiki link. */
    static String url(String url) {
        return url.replaceAll("[\\s\\[\\]{}|]", "");
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** One line without the characters that make Jira wiki markup (links, macros, mentions, tables, formatting). */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\[\\]{}|~^*_+!\\\\]", " ").replaceAll("\\s+", " ").strip();
    }
}
