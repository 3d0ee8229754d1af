package io.postmortems.jira.settings;

import io.postmortems.core.model.SeverityLevel;
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
 * @param workflow                 review, approval and announcement; null reads as {@link WorkflowSettings#defaults()}
 */
public record AppSettings(ConfluenceMode confluenceMode, String applicationLinkId, String confluenceUrl,
                          String confluenceToken, String spaceKey, String rootTitle, TreeLayout layout,
                          boolean restrictedTarget, String jiraServerId, List<SeverityLevel> severityLevels,
                          Map<String, Set<Section>> requiredSections, CountermeasureMode countermeasureMode,
                          String countermeasureProjectKey, Map<String, Integer> defaultDueWeeks,
                          boolean errorsBlockPublishing, Map<String, List<String>> extraBlameTerms,
                          Map<String, List<String>> extraCounterfactuals, String pageLanguage,
                          WorkflowSettings workflow) {
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
        workflow = workflow == null ? WorkflowSettings.defaults() : workflow;
    }

    /** Settings with the default review workflow (the form before {@code workflow} existed). */
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
                extraCounterfactuals, pageLanguage, WorkflowSettings.defaults());
    }

    /** A copy with other review workflow settings. */
    public AppSettings withWorkflow(WorkflowSettings other) {
        return new AppSettings(confluenceMode, applicationLinkId, confluenceUrl, confluenceToken, spaceKey, rootTitle,
                layout, restrictedTarget, jiraServerId, severityLevels, requiredSections, countermeasureMode,
                countermeasureProjectKey, defaultDueWeeks, errorsBlockPublishing, extraBlameTerms,
                extraCounterfactuals, pageLanguage, other);
    }

    /** Settings with English pages (the form before {@code pageLanguage} existed). */
    public AppSettings(ConfluenceMode confluenceMode, String applicationLinkId, String confluenceUrl,
                       String confluenceToken, String spaceKey, String rootTitle, TreeLayout layout,
                       boolean restrictedTarget, String jiraServerId, List<SeverityLevel> severityLevels,
                       Map<String, Set<Section>> requiredSections, CountermeasureMode countermeasureMode,
                       String countermeasureProjectKey, Map<String, Integer> defaultDueWeeks,
                       boolean errorsBlockPublishing, Map<String, List<String>> extraBlameTerms,
                       Map<String, List<String>> extraCounterfactuals) {
        this(confluenceMode, applicationLinkId, confluenceUrl, confluenceToken, spaceKey, rootTitle, layout,
                restrictedTarget, jiraServerId, severityLevels, requiredSections, countermeasureMode,
                countermeasureProjectKey, defaultDueWeeks, errorsBlockPublishing, extraBlameTerms,
                extraCounterfactuals, DEFAULT_PAGE_LANGUAGE);
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
                null, dueWeeks, true, Map.of(), Map.of(), DEFAULT_PAGE_LANGUAGE, WorkflowSettings.defaults());
    }
}
