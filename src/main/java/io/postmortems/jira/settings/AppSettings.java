package io.postmortems.jira.settings;

import io.postmortems.core.model.CauseCategories;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.core.review.Section;
import io.postmortems.publishing.TreeLayout;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an administrator configures. Immutable; {@link #defaults()} is what a fresh install uses.
 *
 * @param confluenceMode           application link (acting as the user) or personal access token
 * @param applicationLinkId        id of the Confluence application link (application-link mode)
 * @param confluenceUrl            base URL of Confluence (token mode)
 * @param confluenceToken          personal access token (token mode); never sent back to browsers
 * @param spaceKey                 space the tree lives in
 * @param rootTitle                title of the root page
 * @param layout                   grouping below the root page
 * @param restrictedTarget         the administrator marked the target space as restricted, so post-mortems under
 *                                 an issue security level may be published there
 * @param jiraServerId             Confluence's id of this Jira, for the Jira issues macro; may be null
 * @param severityLevels           severity scheme, most serious first
 * @param requiredSections         per severity id, the sections that must be filled before publishing
 * @param countermeasureMode       sub-task of the post-mortem, or an issue in another project, linked
 * @param countermeasureProjectKey project for linked countermeasures
 * @param defaultDueWeeks          per severity id, weeks from today for a new countermeasure's due date
 * @param errorsBlockPublishing    whether error-level findings block publishing
 * @param extraBlameTerms          administrator's additions to the blame word list (per locale, e.g. "en")
 * @param extraCounterfactuals     administrator's additions to the counterfactual phrase list (per locale)
 * @param pageLanguage             BCP 47 tag of the language of published pages' headings and labels, default
 *                                 {@value #DEFAULT_PAGE_LANGUAGE}; null or blank reads as the default, a tag
 *                                 without translation or not well-formed publishes English pages
 * @param allowHttp                the administrator explicitly allows a plain {@code http://} Confluence URL in token
 *                                 mode (off by default: the token would travel in clear text)
 * @param reminders                countermeasure reminders: on/off, hour, soon-due and escalation days, lead; null
 *                                 (settings stored before reminders existed) reads as {@link ReminderSettings#defaults()}
 * @param workflow                 review, approval and announcement; null reads as {@link WorkflowSettings#defaults()}
 * @param incidentProjects         keys of the projects whose issues offer "Create post-mortem"; empty (the default)
 *                                 offers it nowhere
 * @param incidentIssueTypes       names of the issue types (ignoring case) that offer it in those projects; empty
 *                                 means every type but the app's own (Post-mortem, Countermeasure)
 * @param causeCategories          the cause categories authors choose from, in the order offered; null (settings
 *                                 stored before categories existed) reads as {@link CauseCategories#DEFAULTS}
 * @param followThrough            when effectiveness checks and revisits fall due; null reads as
 *                                 {@link FollowThroughSettings#defaults()}
 * @param recurrenceDays           how many days before a post-mortem's incident an earlier one may have started to be
 *                                 listed as a recurrence; null reads as {@link Recurrence#DEFAULT_WINDOW_DAYS}
 * @param requiredPostMortems      post-mortems required by severity on resolving an incident; null reads as
 *                                 {@link RequiredPostMortemSettings#defaults()} (nothing required)
 * @param externalSpace            where external summaries are published (space and root title); null (the default,
 *                                 and settings stored before it existed) publishes none
 */
public record AppSettings(ConfluenceMode confluenceMode, String applicationLinkId, String confluenceUrl,
                          String confluenceToken, String spaceKey, String rootTitle, TreeLayout layout,
                          boolean restrictedTarget, String jiraServerId, List<SeverityLevel> severityLevels,
                          Map<String, Set<Section>> requiredSections, CountermeasureMode countermeasureMode,
                          String countermeasureProjectKey, Map<String, Integer> defaultDueWeeks,
                          boolean errorsBlockPublishing, Map<String, List<String>> extraBlameTerms,
                          Map<String, List<String>> extraCounterfactuals, String pageLanguage, boolean allowHttp,
                          ReminderSettings reminders, WorkflowSettings workflow, List<String> incidentProjects,
                          List<String> incidentIssueTypes, List<String> causeCategories,
                          FollowThroughSettings followThrough, Integer recurrenceDays,
                          RequiredPostMortemSettings requiredPostMortems, ExternalSpaceSettings externalSpace) {
    /**
     * English, not Jira's default locale: pages already published stay byte-identical after an upgrade (no
     * rewrite of every page on its next publish), and the language of the record of incidents does not change
     * when someone changes Jira's default language for the UI.
     */
    public static final String DEFAULT_PAGE_LANGUAGE = "en";

    public enum ConfluenceMode {
        APPLICATION_LINK, PERSONAL_ACCESS_TOKEN
    }

    public enum CountermeasureMode {
        SUB_TASK, LINKED_ISSUE
    }

    public AppSettings {
        severityLevels = List.copyOf(severityLevels);
        requiredSections = Map.copyOf(requiredSections);
        defaultDueWeeks = Map.copyOf(defaultDueWeeks);
        extraBlameTerms = Map.copyOf(extraBlameTerms);
        extraCounterfactuals = Map.copyOf(extraCounterfactuals);
        pageLanguage = pageLanguage == null || pageLanguage.isBlank() ? DEFAULT_PAGE_LANGUAGE : pageLanguage.strip();
        reminders = reminders == null ? ReminderSettings.defaults() : reminders;
        workflow = workflow == null ? WorkflowSettings.defaults() : workflow;
        incidentProjects = incidentProjects == null ? List.of() : List.copyOf(incidentProjects);
        incidentIssueTypes = incidentIssueTypes == null ? List.of() : List.copyOf(incidentIssueTypes);
        causeCategories = causeCategories == null ? CauseCategories.DEFAULTS : List.copyOf(causeCategories);
        followThrough = followThrough == null ? FollowThroughSettings.defaults() : followThrough;
        recurrenceDays = recurrenceDays == null ? Recurrence.DEFAULT_WINDOW_DAYS : recurrenceDays;
        requiredPostMortems = requiredPostMortems == null ? RequiredPostMortemSettings.defaults() : requiredPostMortems;
        externalSpace = externalSpace == null || !externalSpace.enabled() ? null : externalSpace;
    }

    /** Settings as before {@code causeCategories} existed (the default categories). */
    public AppSettings(ConfluenceMode confluenceMode, String applicationLinkId, String confluenceUrl,
                       String confluenceToken, String spaceKey, String rootTitle, TreeLayout layout,
                       boolean restrictedTarget, String jiraServerId, List<SeverityLevel> severityLevels,
                       Map<String, Set<Section>> requiredSections, CountermeasureMode countermeasureMode,
                       String countermeasureProjectKey, Map<String, Integer> defaultDueWeeks,
                       boolean errorsBlockPublishing, Map<String, List<String>> extraBlameTerms,
                       Map<String, List<String>> extraCounterfactuals, String pageLanguage, boolean allowHttp,
                       ReminderSettings reminders, WorkflowSettings workflow) {
        this(confluenceMode, applicationLinkId, confluenceUrl, confluenceToken, spaceKey, rootTitle, layout,
                restrictedTarget, jiraServerId, severityLevels, requiredSections, countermeasureMode,
                countermeasureProjectKey, defaultDueWeeks, errorsBlockPublishing, extraBlameTerms,
                extraCounterfactuals, pageLanguage, allowHttp, reminders, workflow, null, null, null, null, null, null, null);
    }

    /** A copy with other review workflow settings. */
    public AppSettings withWorkflow(WorkflowSettings other) {
        return toBuilder().workflow(other).build();
    }

    /** Settings as before {@code allowHttp} existed (https only). */
    public AppSettings(ConfluenceMode confluenceMode, String applicationLinkId, String confluenceUrl,
                       String confluenceToken, String spaceKey, String rootTitle, TreeLayout layout,
                       boolean restrictedTarget, String jiraServerId, List<SeverityLevel> severityLevels,
                       Map<String, Set<Section>> requiredSections, CountermeasureMode countermeasureMode,
                       String countermeasureProjectKey, Map<String, Integer> defaultDueWeeks,
                       boolean errorsBlockPublishing, Map<String, List<String>> extraBlameTerms,
                       Map<String, List<String>> extraCounterfactuals, String pageLanguage) {
        this(confluenceMode, applicationLinkId, confluenceUrl, confluenceToken, spaceKey, rootTitle, layout,
                restrictedTarget, jiraServerId, severityLevels, requiredSections, countermeasureMode,
                countermeasureProjectKey, defaultDueWeeks, errorsBlockPublishing, extraBlameTerms,
                extraCounterfactuals, pageLanguage, false, null, null, null, null, null, null, null, null, null);
    }

    /** Never prints the token: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "AppSettings[confluenceMode=" + confluenceMode + ", applicationLinkId=" + applicationLinkId
                + ", confluenceUrl=" + confluenceUrl + ", confluenceToken="
                + (confluenceToken == null || confluenceToken.isEmpty() ? "(none)" : "(set)") + ", spaceKey=" + spaceKey
                + ", rootTitle=" + rootTitle + ", layout=" + layout + ", restrictedTarget=" + restrictedTarget
                + ", jiraServerId=" + jiraServerId + ", countermeasureMode=" + countermeasureMode
                + ", countermeasureProjectKey=" + countermeasureProjectKey + ", errorsBlockPublishing="
                + errorsBlockPublishing + ", pageLanguage=" + pageLanguage + ", allowHttp=" + allowHttp + ", reminders=" + reminders + ", workflow=" + workflow
                + ", incidentProjects=" + incidentProjects + ", incidentIssueTypes=" + incidentIssueTypes + ", causeCategories=" + causeCategories + ", followThrough=" + followThrough + ", recurrenceDays=" + recurrenceDays
                + ", requiredPostMortems=" + requiredPostMortems + ", externalSpace=" + externalSpace + "]";
    }

    /**
     * Whether two Confluence URLs are the same origin (scheme, host and port, default ports filled in); a stored
     * token is only ever sent to the origin it was entered for.
     */
    public static boolean sameOrigin(String a, String b) {
        java.net.URI x = uri(a);
        java.net.URI y = uri(b);
        if (x == null || y == null) {
            return a == null ? b == null : a.strip().equals(b == null ? null : b.strip());
        }
        String sx = x.getScheme() == null ? "" : x.getScheme().toLowerCase(java.util.Locale.ROOT);
        String sy = y.getScheme() == null ? "" : y.getScheme().toLowerCase(java.util.Locale.ROOT);
        String hx = x.getHost() == null ? "" : x.getHost().toLowerCase(java.util.Locale.ROOT);
        String hy = y.getHost() == null ? "" : y.getHost().toLowerCase(java.util.Locale.ROOT);
        return sx.equals(sy) && hx.equals(hy) && port(x, sx) == port(y, sy);
    }

    private static java.net.URI uri(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new java.net.URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int port(java.net.URI uri, String scheme) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return scheme.equals("http") ? 80 : scheme.equals("https") ? 443 : -1;
    }

    public static AppSettings defaults() {
        Set<Section> base = EnumSet.of(Section.SUMMARY, Section.IMPACT, Section.KEY_TIMES, Section.ROOT_CAUSE,
                Section.RESOLUTION, Section.LESSONS_LEARNED, Section.COUNTERMEASURES);
        Set<Section> serious = EnumSet.copyOf(base);
        serious.addAll(EnumSet.of(Section.TIMELINE, Section.FIVE_WHYS, Section.CONTRIBUTING_FACTORS));
        Map<String, Set<Section>> required = new LinkedHashMap<>();
        Map<String, Integer> dueWeeks = new LinkedHashMap<>();
        for (SeverityLevel level : SeverityLevel.defaults()) {
            boolean isSerious = level.id().equals("SEV1") || level.id().equals("SEV2");
            required.put(level.id(), isSerious ? serious : base);
            dueWeeks.put(level.id(), isSerious ? 4 : 8);
        }
        return new AppSettings(ConfluenceMode.APPLICATION_LINK, null, null, null, null, "Post-mortems",
                TreeLayout.YEAR, false, null, SeverityLevel.defaults(), required, CountermeasureMode.SUB_TASK,
                null, dueWeeks, true, Map.of(), Map.of(), DEFAULT_PAGE_LANGUAGE, false, ReminderSettings.defaults(),
                WorkflowSettings.defaults(), List.of(), List.of(), CauseCategories.DEFAULTS,
                FollowThroughSettings.defaults(), Recurrence.DEFAULT_WINDOW_DAYS, RequiredPostMortemSettings.defaults(),
                null);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** A builder starting from these settings, for a copy that differs in some fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds settings by field name, so adding a field does not touch every caller. */
    public static final class Builder {
        private ConfluenceMode confluenceMode;
        private String applicationLinkId;
        private String confluenceUrl;
        private String confluenceToken;
        private String spaceKey;
        private String rootTitle;
        private TreeLayout layout;
        private boolean restrictedTarget;
        private String jiraServerId;
        private List<SeverityLevel> severityLevels;
        private Map<String, Set<Section>> requiredSections;
        private CountermeasureMode countermeasureMode;
        private String countermeasureProjectKey;
        private Map<String, Integer> defaultDueWeeks;
        private boolean errorsBlockPublishing;
        private Map<String, List<String>> extraBlameTerms;
        private Map<String, List<String>> extraCounterfactuals;
        private String pageLanguage;
        private boolean allowHttp;
        private ReminderSettings reminders;
        private WorkflowSettings workflow;
        private List<String> incidentProjects;
        private List<String> incidentIssueTypes;
        private List<String> causeCategories;
        private FollowThroughSettings followThrough;
        private Integer recurrenceDays;
        private RequiredPostMortemSettings requiredPostMortems;
        private ExternalSpaceSettings externalSpace;

        private Builder(AppSettings from) {
            allowHttp = from.allowHttp;
            confluenceMode = from.confluenceMode;
            applicationLinkId = from.applicationLinkId;
            confluenceUrl = from.confluenceUrl;
            confluenceToken = from.confluenceToken;
            spaceKey = from.spaceKey;
            rootTitle = from.rootTitle;
            layout = from.layout;
            restrictedTarget = from.restrictedTarget;
            jiraServerId = from.jiraServerId;
            severityLevels = from.severityLevels;
            requiredSections = from.requiredSections;
            countermeasureMode = from.countermeasureMode;
            countermeasureProjectKey = from.countermeasureProjectKey;
            defaultDueWeeks = from.defaultDueWeeks;
            errorsBlockPublishing = from.errorsBlockPublishing;
            extraBlameTerms = from.extraBlameTerms;
            extraCounterfactuals = from.extraCounterfactuals;
            pageLanguage = from.pageLanguage;
            reminders = from.reminders;
            workflow = from.workflow;
            incidentProjects = from.incidentProjects;
            incidentIssueTypes = from.incidentIssueTypes;
            causeCategories = from.causeCategories;
            followThrough = from.followThrough;
            recurrenceDays = from.recurrenceDays;
            requiredPostMortems = from.requiredPostMortems;
            externalSpace = from.externalSpace;
        }

        public Builder confluenceMode(ConfluenceMode value) {
            confluenceMode = value;
            return this;
        }

        public Builder applicationLinkId(String value) {
            applicationLinkId = value;
            return this;
        }

        public Builder confluenceUrl(String value) {
            confluenceUrl = value;
            return this;
        }

        public Builder confluenceToken(String value) {
            confluenceToken = value;
            return this;
        }

        public Builder spaceKey(String value) {
            spaceKey = value;
            return this;
        }

        public Builder rootTitle(String value) {
            rootTitle = value;
            return this;
        }

        public Builder layout(TreeLayout value) {
            layout = value;
            return this;
        }

        public Builder restrictedTarget(boolean value) {
            restrictedTarget = value;
            return this;
        }

        public Builder jiraServerId(String value) {
            jiraServerId = value;
            return this;
        }

        public Builder severityLevels(List<SeverityLevel> value) {
            severityLevels = value;
            return this;
        }

        public Builder requiredSections(Map<String, Set<Section>> value) {
            requiredSections = value;
            return this;
        }

        public Builder countermeasureMode(CountermeasureMode value) {
            countermeasureMode = value;
            return this;
        }

        public Builder countermeasureProjectKey(String value) {
            countermeasureProjectKey = value;
            return this;
        }

        public Builder defaultDueWeeks(Map<String, Integer> value) {
            defaultDueWeeks = value;
            return this;
        }

        public Builder errorsBlockPublishing(boolean value) {
            errorsBlockPublishing = value;
            return this;
        }

        public Builder extraBlameTerms(Map<String, List<String>> value) {
            extraBlameTerms = value;
            return this;
        }

        public Builder extraCounterfactuals(Map<String, List<String>> value) {
            extraCounterfactuals = value;
            return this;
        }

        public Builder pageLanguage(String value) {
            pageLanguage = value;
            return this;
        }

        public Builder allowHttp(boolean value) {
            allowHttp = value;
            return this;
        }

        public Builder reminders(ReminderSettings value) {
            reminders = value;
            return this;
        }

        public Builder workflow(WorkflowSettings value) {
            workflow = value;
            return this;
        }

        public Builder incidentProjects(List<String> value) {
            incidentProjects = value;
            return this;
        }

        public Builder incidentIssueTypes(List<String> value) {
            incidentIssueTypes = value;
            return this;
        }

        public Builder causeCategories(List<String> value) {
            causeCategories = value;
            return this;
        }

        public Builder followThrough(FollowThroughSettings value) {
            followThrough = value;
            return this;
        }

        public Builder recurrenceDays(Integer value) {
            recurrenceDays = value;
            return this;
        }

        public Builder requiredPostMortems(RequiredPostMortemSettings value) {
            requiredPostMortems = value;
            return this;
        }

        /** Where external summaries are published; null publishes none. */
        public Builder externalSpace(ExternalSpaceSettings value) {
            externalSpace = value;
            return this;
        }

        public AppSettings build() {
            return new AppSettings(confluenceMode, applicationLinkId, confluenceUrl, confluenceToken, spaceKey,
                    rootTitle, layout, restrictedTarget, jiraServerId, severityLevels, requiredSections,
                    countermeasureMode, countermeasureProjectKey, defaultDueWeeks, errorsBlockPublishing,
                    extraBlameTerms, extraCounterfactuals, pageLanguage, allowHttp, reminders, workflow,
                    incidentProjects, incidentIssueTypes, causeCategories, followThrough, recurrenceDays,
                    requiredPostMortems, externalSpace);
        }
    }
}
