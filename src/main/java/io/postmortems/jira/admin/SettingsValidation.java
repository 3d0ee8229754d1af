package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.core.review.Section;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.core.model.CauseCategories;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.ReminderSettings;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.render.PageText;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks settings before they are saved: every problem at once, each naming its field as the admin page knows it
 * (e.g. {@code severityLevels[1].id}) with a bundle key. Only saving is checked, so stored settings that no longer
 * pass still load and can be fixed.
 */
@Named
public class SettingsValidation {
    static final int MAX_ROOT_TITLE = io.postmortems.core.io.DocumentLimits.MAX_TITLE_CHARS;
    static final int MAX_TERM = 100;
    static final int MIN_DUE_WEEKS = 1;
    static final int MAX_DUE_WEEKS = 104;
    static final int MAX_SOON_DUE_DAYS = 60;
    static final int MAX_ESCALATION_DAYS = 365;
    /** A language tag as the word lists are keyed: "en", "de", "pt-BR". */
    /** Jira's limit for project role and group names. */
    static final int MAX_NAME = 255;
    /** One address, local part @ domain with a dot, no spaces or list separators (a mail queue takes one). */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;<>]+@[^\\s@,;<>]+\\.[^\\s@,;<>]+");
    /** Jira's default project key pattern: a capital letter, then capitals, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final int MAX_INCIDENT_ENTRIES = 100;
    /** Jira's limit on an issue type's name. */
    static final int MAX_TYPE_NAME = 60;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final ApplicationLinkService links;
    private final CountermeasureTargets targets;
    private final UserManager users;
    private final com.atlassian.jira.security.groups.GroupManager groups;

    @Inject
    public SettingsValidation(@ComponentImport ApplicationLinkService links, CountermeasureTargets targets,
                              @ComponentImport UserManager users,
                              @ComponentImport com.atlassian.jira.security.groups.GroupManager groups) {
        this.links = links;
        this.targets = targets;
        this.users = users;
        this.groups = groups;
    }

    /** Without Jira's groups: an announcement group is then always reported unknown. */
    public SettingsValidation(ApplicationLinkService links, CountermeasureTargets targets, UserManager users) {
        this(links, targets, users, null);
    }

    /** Without a user directory: a reminder lead user is then always reported unknown. */
    public SettingsValidation(ApplicationLinkService links, CountermeasureTargets targets) {
        this(links, targets, null, null);
    }

    /** Every problem of {@code settings}; empty when they may be saved. */
    public List<FieldError> validate(AppSettings settings) {
        List<FieldError> errors = new ArrayList<>();
        confluence(settings, errors);
        space(settings, errors);
        Set<String> severityIds = severities(settings.severityLevels(), errors);
        requiredSections(settings.requiredSections(), severityIds, errors);
        dueWeeks(settings.defaultDueWeeks(), severityIds, errors);
        countermeasures(settings, errors);
        terms("extraBlameTerms", settings.extraBlameTerms(), errors);
        terms("extraCounterfactuals", settings.extraCounterfactuals(), errors);
        reminders(settings.reminders(), errors);
        workflow(settings.workflow(), errors);
        incidents(settings, errors);
        causeCategories(settings.causeCategories(), errors);
        followThrough(settings.followThrough(), errors);
        recurrence(settings.recurrenceDays(), errors);
        requiredPostMortems(settings.requiredPostMortems(), severityIds, errors);
        externalSpace(settings, errors);
        if (!PageText.isLanguageTag(settings.pageLanguage())) {
            errors.add(FieldError.of("pageLanguage", "postmortems.settings.invalid.pageLanguage",
                    settings.pageLanguage()));
        }
        return List.copyOf(errors);
    }

    private void confluence(AppSettings s, List<FieldError> errors) {
        if (s.confluenceMode() == AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN) {
            url(s.confluenceUrl(), s.allowHttp(), errors);
            if (blank(s.confluenceToken())) {
                errors.add(FieldError.of("confluenceToken", "postmortems.settings.invalid.token.missing"));
            }
        } else {
            applicationLink(s.applicationLinkId(), errors);
        }
    }

    private static void url(String url, boolean allowHttp, List<FieldError> errors) {
        if (blank(url)) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.missing"));
            return;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.form", url.strip()));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || blank(uri.getHost())) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.form", url.strip()));
        } else if (scheme.equals("http") && !allowHttp) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.http"));
        } else if (uri.getRawUserInfo() != null) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.userInfo"));
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            errors.add(FieldError.of("confluenceUrl", "postmortems.settings.invalid.url.query"));
        }
    }

    /** A blank id means "the primary Confluence link", which then has to exist. */
    private void applicationLink(String id, List<FieldError> errors) {
        if (blank(id)) {
            if (links.getPrimaryApplicationLink(ConfluenceApplicationType.class) == null) {
                errors.add(FieldError.of("applicationLinkId", "postmortems.settings.invalid.applink.missing"));
            }
            return;
        }
        ApplicationId applicationId;
        try {
            applicationId = new ApplicationId(id.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("applicationLinkId", "postmortems.settings.invalid.applink.form", id.strip()));
            return;
        }
        ApplicationLink link;
        try {
            link = links.getApplicationLink(applicationId);
        } catch (TypeNotInstalledException e) {
            link = null;
        }
        if (link == null) {
            errors.add(FieldError.of("applicationLinkId", "postmortems.settings.invalid.applink.unknown", id.strip()));
        }
    }

    private static void space(AppSettings s, List<FieldError> errors) {
        String key = s.spaceKey();
        if (blank(key)) {
            errors.add(FieldError.of("spaceKey", "postmortems.settings.invalid.space.missing"));
        } else if (!PublishTarget.isSpaceKey(key.strip())) {
            errors.add(FieldError.of("spaceKey", "postmortems.settings.invalid.space.form", key.strip()));
        }
        String title = s.rootTitle();
        if (blank(title)) {
            errors.add(FieldError.of("rootTitle", "postmortems.settings.invalid.rootTitle.missing"));
        } else if (title.strip().length() > MAX_ROOT_TITLE) {
            errors.add(FieldError.of("rootTitle", "postmortems.settings.invalid.rootTitle.long", MAX_ROOT_TITLE,
                    title.strip().length()));
        }
    }

    /** The external space: a space key's form, not the post-mortems' own space, a root title within the limit. */
    private static void externalSpace(AppSettings s, List<FieldError> errors) {
        io.postmortems.jira.settings.ExternalSpaceSettings external = s.externalSpace();
        if (external == null) {
            return;
        }
        if (!PublishTarget.isSpaceKey(external.spaceKey())) {
            errors.add(FieldError.of("externalSpace.spaceKey", "postmortems.settings.invalid.space.form",
                    external.spaceKey()));
        } else if (s.spaceKey() != null && external.spaceKey().equalsIgnoreCase(s.spaceKey().strip())) {
            errors.add(FieldError.of("externalSpace.spaceKey", "postmortems.settings.invalid.externalSpace.same",
                    external.spaceKey()));
        }
        if (external.rootTitle().length() > MAX_ROOT_TITLE) {
            errors.add(FieldError.of("externalSpace.rootTitle", "postmortems.settings.invalid.rootTitle.long",
                    MAX_ROOT_TITLE, external.rootTitle().length()));
        }
    }

    private static Set<String> severities(List<SeverityLevel> levels, List<FieldError> errors) {
        Set<String> ids = new HashSet<>();
        if (levels.isEmpty()) {
            errors.add(FieldError.of("severityLevels", "postmortems.settings.invalid.severity.none"));
        }
        for (int i = 0; i < levels.size(); i++) {
            SeverityLevel level = levels.get(i);
            String path = "severityLevels[" + i + "]";
            if (level == null || blank(level.id())) {
                errors.add(FieldError.of(path + ".id", "postmortems.settings.invalid.severity.id", i + 1));
            } else if (!ids.add(level.id())) {
                errors.add(FieldError.of(path + ".id", "postmortems.settings.invalid.severity.duplicate", level.id()));
            }
            if (level != null && blank(level.name())) {
                errors.add(FieldError.of(path + ".name", "postmortems.settings.invalid.severity.name", i + 1));
            }
        }
        return ids;
    }

    private static void requiredSections(Map<String, Set<Section>> required, Set<String> ids, List<FieldError> errors) {
        required.keySet().stream().sorted().filter(k -> !ids.contains(k)).forEach(k -> errors.add(
                FieldError.of("requiredSections." + k, "postmortems.settings.invalid.unknownSeverity", k)));
    }

    private static void dueWeeks(Map<String, Integer> weeks, Set<String> ids, List<FieldError> errors) {
        weeks.keySet().stream().sorted().forEach(k -> {
            if (!ids.contains(k)) {
                errors.add(FieldError.of("defaultDueWeeks." + k, "postmortems.settings.invalid.unknownSeverity", k));
            }
            Integer value = weeks.get(k);
            if (value < MIN_DUE_WEEKS || value > MAX_DUE_WEEKS) {
                errors.add(FieldError.of("defaultDueWeeks." + k, "postmortems.settings.invalid.dueWeeks", k,
                        MIN_DUE_WEEKS, MAX_DUE_WEEKS, value));
            }
        });
    }

    private void countermeasures(AppSettings s, List<FieldError> errors) {
        if (s.countermeasureMode() != AppSettings.CountermeasureMode.LINKED_ISSUE) {
            return;
        }
        String key = s.countermeasureProjectKey();
        if (blank(key)) {
            errors.add(FieldError.of("countermeasureProjectKey", "postmortems.settings.invalid.project.missing"));
        } else if (targets.project(key.strip()).isEmpty()) {
            errors.add(FieldError.of("countermeasureProjectKey", "postmortems.settings.invalid.project.unknown",
                    key.strip()));
        }
    }

    private void reminders(ReminderSettings r, List<FieldError> errors) {
        range("reminders.hour", r.hour(), 0, 23, errors);
        range("reminders.soonDueDays", r.soonDueDays(), 0, MAX_SOON_DUE_DAYS, errors);
        range("reminders.escalationDays", r.escalationDays(), 1, MAX_ESCALATION_DAYS, errors);
        if (r.leadUser() != null) {
            ApplicationUser lead = users == null ? null : users.getUserByName(r.leadUser());
            if (lead == null) {
                errors.add(FieldError.of("reminders.leadUser", "postmortems.settings.invalid.reminders.lead",
                        r.leadUser()));
            } else if (!lead.isActive()) {
                errors.add(FieldError.of("reminders.leadUser", "postmortems.settings.invalid.reminders.leadInactive",
                        r.leadUser()));
            }
        }
    }

    /** Effectiveness and revisit periods: whole days from 0 (due at once) to ten years. */
    private static void followThrough(io.postmortems.jira.settings.FollowThroughSettings f, List<FieldError> errors) {
        int max = io.postmortems.core.followthrough.FollowThroughPolicy.MAX_DAYS;
        if (f.effectivenessDays() < 0 || f.effectivenessDays() > max) {
            errors.add(FieldError.of("followThrough.effectivenessDays", "postmortems.settings.invalid.followThrough.days",
                    0, max, f.effectivenessDays()));
        }
        if (f.revisitDays() < 0 || f.revisitDays() > max) {
            errors.add(FieldError.of("followThrough.revisitDays", "postmortems.settings.invalid.followThrough.days",
                    0, max, f.revisitDays()));
        }
    }

    /** Jira's custom field ids: {@code customfield_} and a number. */
    private static final Pattern CUSTOM_FIELD = Pattern.compile("customfield_[0-9]{1,18}");
    /** Working days from resolution to the review meeting: at most about a year. */
    static final int MAX_REVIEW_DUE_DAYS = 260;

    /**
     * Post-mortems required by severity: the field, the mapping onto the scheme, required severities, due days. The
     * mapping's and due days' severities are checked against the scheme only while some severity is required, so
     * the defaults (SEV1...) never block saving a scheme with other ids while the feature is not used.
     */
    private static void requiredPostMortems(io.postmortems.jira.settings.RequiredPostMortemSettings r, Set<String> ids,
                                            List<FieldError> errors) {
        String prefix = "requiredPostMortems.";
        boolean inUse = !r.requiredSeverities().isEmpty();
        if (!r.fromPriority() && !CUSTOM_FIELD.matcher(r.severityField()).matches()) {
            errors.add(FieldError.of(prefix + "severityField", "postmortems.settings.invalid.required.field",
                    r.severityField().length() > 40 ? r.severityField().substring(0, 40) + "…" : r.severityField()));
        }
        r.severityMapping().forEach((value, severity) -> {
            if (blank(value) || value.strip().length() > MAX_NAME) {
                errors.add(FieldError.of(prefix + "severityMapping", "postmortems.settings.invalid.required.value",
                        MAX_NAME));
            } else if (inUse && (severity == null || !ids.contains(severity.strip()))) {
                errors.add(FieldError.of(prefix + "severityMapping." + value.strip(),
                        "postmortems.settings.invalid.unknownSeverity", severity == null ? "" : severity.strip()));
            }
        });
        r.requiredSeverities().forEach(id -> {
            if (id == null || !ids.contains(id.strip())) {
                errors.add(FieldError.of(prefix + "requiredSeverities", "postmortems.settings.invalid.unknownSeverity",
                        id == null ? "" : id.strip()));
            }
        });
        r.reviewDueDays().keySet().stream().sorted().forEach(k -> {
            if (inUse && !ids.contains(k)) {
                errors.add(FieldError.of(prefix + "reviewDueDays." + k, "postmortems.settings.invalid.unknownSeverity",
                        k));
            }
            Integer days = r.reviewDueDays().get(k);
            if (days == null || days < 0 || days > MAX_REVIEW_DUE_DAYS) {
                errors.add(FieldError.of(prefix + "reviewDueDays." + k, "postmortems.settings.invalid.required.days",
                        k, 0, MAX_REVIEW_DUE_DAYS, days == null ? "" : days));
            }
        });
    }

    /** The recurrence window: whole days from 1 to ten years ({@link Recurrence#MAX_WINDOW_DAYS}). */
    private static void recurrence(int days, List<FieldError> errors) {
        if (days < 1 || days > Recurrence.MAX_WINDOW_DAYS) {
            errors.add(FieldError.of("recurrenceDays", "postmortems.settings.invalid.recurrenceDays", 1,
                    Recurrence.MAX_WINDOW_DAYS, days));
        }
    }

    private static void range(String field, int value, int min, int max, List<FieldError> errors) {
        if (value < min || value > max) {
            errors.add(FieldError.of(field, "postmortems.settings.invalid.reminders.range", min, max, value));
        }
    }

    private static void terms(String field, Map<String, List<String>> byLanguage, List<FieldError> errors) {
        byLanguage.keySet().stream().sorted().forEach(language -> {
            String path = field + "." + language;
            if (!LANGUAGE.matcher(language).matches()) {
                errors.add(FieldError.of(path, "postmortems.settings.invalid.term.language", language));
            }
            List<String> entries = byLanguage.get(language);
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                if (blank(entry)) {
                    errors.add(FieldError.of(path + "[" + i + "]", "postmortems.settings.invalid.term.blank",
                            language));
                } else if (entry.strip().length() > MAX_TERM) {
                    errors.add(FieldError.of(path + "[" + i + "]", "postmortems.settings.invalid.term.long",
                            MAX_TERM, entry.strip().length(), language));
                }
            }
        });
    }

    /** At least one category, each named once (letter case aside), none blank or longer than the limit. */
    private static void causeCategories(List<String> categories, List<FieldError> errors) {
        if (categories.isEmpty()) {
            errors.add(FieldError.of("causeCategories", "postmortems.settings.invalid.causeCategories.empty"));
            return;
        }
        if (categories.size() > CauseCategories.MAX_COUNT) {
            errors.add(FieldError.of("causeCategories", "postmortems.settings.invalid.causeCategories.many",
                    CauseCategories.MAX_COUNT, categories.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            String path = "causeCategories[" + i + "]";
            if (blank(c)) {
                errors.add(FieldError.of(path, "postmortems.settings.invalid.causeCategories.blank", i + 1));
            } else if (c.strip().length() > CauseCategories.MAX_LENGTH) {
                errors.add(FieldError.of(path, "postmortems.settings.invalid.causeCategories.long",
                        CauseCategories.MAX_LENGTH, c.strip().length()));
            } else if (!seen.add(c.strip().toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(path, "postmortems.settings.invalid.causeCategories.duplicate", c.strip()));
            }
        }
    }

    private void workflow(io.postmortems.jira.settings.WorkflowSettings w, List<FieldError> errors) {
        if (w.approverRole() != null && w.approverRole().length() > MAX_NAME) {
            errors.add(FieldError.of("workflow.approverRole", "postmortems.settings.invalid.approver.long", MAX_NAME,
                    w.approverRole().length()));
        }
        if (w.approverGroup() != null && w.approverGroup().length() > MAX_NAME) {
            errors.add(FieldError.of("workflow.approverGroup", "postmortems.settings.invalid.approver.long",
                    MAX_NAME, w.approverGroup().length()));
        }
        String email = w.announcementEmail();
        if (email != null && (email.length() > MAX_NAME || !EMAIL.matcher(email).matches())) {
            errors.add(FieldError.of("workflow.announcementEmail", "postmortems.settings.invalid.email",
                    email.length() > MAX_NAME ? email.substring(0, 40) + "…" : email));
        }
        String group = w.announcementGroup();
        if (group != null && group.length() > MAX_NAME) {
            errors.add(FieldError.of("workflow.announcementGroup", "postmortems.settings.invalid.approver.long",
                    MAX_NAME, group.length()));
        } else if (group != null && (groups == null || !groups.groupExists(group))) {
            errors.add(FieldError.of("workflow.announcementGroup", "postmortems.settings.invalid.group", group));
        }
    }

    /** The projects and issue types that offer "Create post-mortem" (issue #13). */
    private static void incidents(AppSettings s, List<FieldError> errors) {
        entries("incidentProjects", s.incidentProjects(), errors, (key, i) -> {
            if (key.length() > MAX_NAME || !PROJECT_KEY.matcher(key).matches()) {
                errors.add(FieldError.of("incidentProjects[" + i + "]",
                        "postmortems.settings.invalid.incident.projectKey",
                        key.length() > 40 ? key.substring(0, 40) + "…" : key));
            }
        });
        entries("incidentIssueTypes", s.incidentIssueTypes(), errors, (name, i) -> {
            if (name.isEmpty() || name.length() > MAX_TYPE_NAME) {
                errors.add(FieldError.of("incidentIssueTypes[" + i + "]",
                        "postmortems.settings.invalid.incident.typeName", MAX_TYPE_NAME));
            }
        });
    }

    /** At most {@value #MAX_INCIDENT_ENTRIES} entries, each stripped (null as empty) and checked by {@code check}. */
    private static void entries(String field, List<String> list, List<FieldError> errors,
                                java.util.function.ObjIntConsumer<String> check) {
        if (list.size() > MAX_INCIDENT_ENTRIES) {
            errors.add(FieldError.of(field, "postmortems.settings.invalid.incident.tooMany", MAX_INCIDENT_ENTRIES,
                    list.size()));
        }
        for (int i = 0; i < list.size() && i < MAX_INCIDENT_ENTRIES; i++) {
            check.accept(list.get(i) == null ? "" : list.get(i).strip(), i);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
