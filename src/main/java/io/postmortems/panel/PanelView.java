package io.postmortems.panel;

import java.util.List;

/**
 * Everything the post-mortem panel shows, built once per render by {@link PanelViews}. Immutable; getters only. Every
 * String getter ends in "Html" and returns text that is already HTML-escaped: Jira's Velocity renderer leaves
 * references to methods named {@code *Html} unescaped, and the standalone preview does not escape at all, so the text
 * is escaped exactly once on either path and user-typed text can never become markup.
 */
public final class PanelView {
    private final String issueKeyHtml;
    private final long revision;
    private final boolean canEdit;
    private final String zoneHtml;
    private final List<FindingGroup> findingGroups;
    private final boolean hasErrors;
    private final List<SectionRow> sections;
    private final List<TimeRow> times;
    private final List<TimeRow> durations;
    private final String timeBarHtml;
    private final List<TimeRow> timeBarLegend;
    private final List<TimelineRow> timeline;
    private final List<TimelineRow> draftTimeline;
    private final List<CountermeasureRow> countermeasures;
    private final int pendingCount;
    private final boolean statusesUnavailable;
    private final String publishStateHtml;
    private final String publishLozengeHtml;
    private final String pageUrlHtml;
    private final String externalPageUrlHtml;
    private final String externalPageNoticeHtml;
    private final String pageVersionHtml;
    private final String publishErrorHtml;
    private final String todayHtml;
    private final String titleHtml;
    private final List<TimeRow> facts;
    private final List<TimeRow> notes;
    private final boolean hasWriteUp;
    private final List<EditGroup> editGroups;
    private final List<NamedTimeRow> namedTimes;
    private final List<ChoiceOption> priorityOptions;
    private final List<ChoiceOption> countermeasureKindOptions;
    private final List<ChoiceOption> countermeasureStatusOptions;
    private final int defaultDueWeeks;
    private final String documentJsonHtml;
    private final ReviewPanel review;
    private final FollowThroughView followThrough;
    private final PanelText text;
    private final List<IdeaRow> ideas;
    private final List<RecurrenceRow> recurrence;

    PanelView(Builder b) {
        this.issueKeyHtml = Html.escape(b.issueKey);
        this.revision = b.revision;
        this.canEdit = b.canEdit;
        this.zoneHtml = Html.escape(b.zone);
        this.findingGroups = List.copyOf(b.findingGroups);
        this.hasErrors = b.hasErrors;
        this.sections = List.copyOf(b.sections);
        this.times = List.copyOf(b.times);
        this.durations = List.copyOf(b.durations);
        this.timeBarHtml = Html.escape(b.timeBar);
        this.timeBarLegend = List.copyOf(b.timeBarLegend);
        this.timeline = List.copyOf(b.timeline);
        this.draftTimeline = List.copyOf(b.draftTimeline);
        this.countermeasures = List.copyOf(b.countermeasures);
        this.pendingCount = b.pendingCount;
        this.statusesUnavailable = b.statusesUnavailable;
        this.publishStateHtml = Html.escape(b.publishState);
        this.publishLozengeHtml = Html.escape(b.publishLozenge);
        this.pageUrlHtml = Html.link(b.pageUrl);
        this.externalPageUrlHtml = Html.link(b.externalPageUrl);
        this.externalPageNoticeHtml = Html.escape(b.externalPageNotice);
        this.pageVersionHtml = Html.escape(b.pageVersion);
        this.publishErrorHtml = Html.escape(b.publishError);
        this.todayHtml = Html.escape(b.today);
        this.titleHtml = Html.escape(b.title);
        this.facts = List.copyOf(b.facts);
        this.notes = List.copyOf(b.notes);
        this.hasWriteUp = b.hasWriteUp;
        this.editGroups = List.copyOf(b.editGroups);
        this.namedTimes = List.copyOf(b.namedTimes);
        this.priorityOptions = List.copyOf(b.priorityOptions);
        this.countermeasureKindOptions = List.copyOf(b.countermeasureKindOptions);
        this.countermeasureStatusOptions = List.copyOf(b.countermeasureStatusOptions);
        this.defaultDueWeeks = b.defaultDueWeeks;
        this.documentJsonHtml = Html.escape(b.documentJson);
        this.review = b.review;
        this.followThrough = b.followThrough;
        this.text = b.text;
        this.ideas = List.copyOf(b.ideas);
        this.recurrence = List.copyOf(b.recurrence);
    }

    /** Collects the parts; only {@link PanelViews} fills it. */
    static final class Builder {
        String issueKey;
        long revision;
        boolean canEdit;
        String zone;
        List<FindingGroup> findingGroups = List.of();
        boolean hasErrors;
        List<SectionRow> sections = List.of();
        List<TimeRow> times = List.of();
        List<TimeRow> durations = List.of();
        String timeBar = "";
        List<TimeRow> timeBarLegend = List.of();
        List<TimelineRow> timeline = List.of();
        List<TimelineRow> draftTimeline = List.of();
        List<CountermeasureRow> countermeasures = List.of();
        int pendingCount;
        boolean statusesUnavailable;
        String publishState;
        String publishLozenge;
        String pageUrl;
        /** The external summary's page, once published there. */
        String externalPageUrl;
        /** Why publishing no longer updates the external page (it keeps its last text); null while it does. */
        String externalPageNotice;
        String pageVersion;
        String publishError;
        String today;
        String title;
        List<TimeRow> facts = List.of();
        List<TimeRow> notes = List.of();
        boolean hasWriteUp;
        List<EditGroup> editGroups = List.of();
        List<NamedTimeRow> namedTimes = List.of();
        List<ChoiceOption> priorityOptions = List.of();
        List<ChoiceOption> countermeasureKindOptions = List.of();
        List<ChoiceOption> countermeasureStatusOptions = List.of();
        int defaultDueWeeks = PanelSettings.FALLBACK_DUE_WEEKS;
        String documentJson;
        ReviewPanel review;
        FollowThroughView followThrough;
        PanelText text;
        List<IdeaRow> ideas = List.of();
        List<RecurrenceRow> recurrence = List.of();
    }

    public String getIssueKeyHtml() { return issueKeyHtml; }
    /** The ideas, apart from the countermeasures, each with where else it was raised. */
    public List<IdeaRow> getIdeas() { return ideas; }
    public boolean isHasIdeas() { return !ideas.isEmpty(); }
    public long getRevision() { return revision; }
    public boolean isCanEdit() { return canEdit; }
    /** The viewer's time zone, in which every time on the panel is shown. */
    public String getZoneHtml() { return zoneHtml; }
    /** Findings grouped by level, most serious first; only non-empty groups. */
    public List<FindingGroup> getFindingGroups() { return findingGroups; }
    public boolean isHasFindings() { return !findingGroups.isEmpty(); }
    /** Some finding is an error (blocks publishing when the settings say so). */
    public boolean isHasErrors() { return hasErrors; }
    public List<SectionRow> getSections() { return sections; }
    public List<TimeRow> getTimes() { return times; }
    public boolean isHasTimes() { return !times.isEmpty(); }
    public List<TimeRow> getDurations() { return durations; }
    /** The incident drawn as a time bar ({@link io.postmortems.core.metrics.IncidentBar}); empty without one. */
    public String getTimeBarHtml() { return timeBarHtml; }
    public boolean isHasTimeBar() { return !timeBarHtml.isEmpty(); }
    /** One row per mark of the time bar: its letter, then what it is, when and how long after the start. */
    public List<TimeRow> getTimeBarLegend() { return timeBarLegend; }
    public List<TimelineRow> getTimeline() { return timeline; }
    public boolean isHasTimeline() { return !timeline.isEmpty(); }
    /** Entries drafted from the incident, waiting for the author to accept or drop each; never on the page. */
    public List<TimelineRow> getDraftTimeline() { return draftTimeline; }
    public boolean isHasDraftTimeline() { return !draftTimeline.isEmpty(); }
    public List<CountermeasureRow> getCountermeasures() { return countermeasures; }
    public boolean isHasCountermeasures() { return !countermeasures.isEmpty(); }
    /** Countermeasures without a ticket yet. */
    public int getPendingCount() { return pendingCount; }
    public boolean isHasPending() { return pendingCount > 0; }
    public boolean isStatusesUnavailable() { return statusesUnavailable; }
    public String getPublishStateHtml() { return publishStateHtml; }
    /** AUI lozenge modifier class for the publishing state. */
    public String getPublishLozengeHtml() { return publishLozengeHtml; }
    public boolean isHasPage() { return !pageUrlHtml.isEmpty(); }
    public String getPageUrlHtml() { return pageUrlHtml; }
    /** The external summary has a page of its own (in the external space). */
    public boolean isHasExternalPage() { return !externalPageUrlHtml.isEmpty(); }
    public String getExternalPageUrlHtml() { return externalPageUrlHtml; }
    /** The external page keeps its last published text because publishing no longer writes it (see the notice). */
    public boolean isHasExternalPageNotice() { return !externalPageNoticeHtml.isEmpty(); }
    public String getExternalPageNoticeHtml() { return externalPageNoticeHtml; }
    public String getPageVersionHtml() { return pageVersionHtml; }
    public boolean isHasPublishError() { return !publishErrorHtml.isEmpty(); }
    public String getPublishErrorHtml() { return publishErrorHtml; }

    /** Today in the viewer's zone (ISO date): new countermeasures are due a number of weeks after it. */
    public String getTodayHtml() { return todayHtml; }
    public String getTitleHtml() { return titleHtml; }
    public boolean isHasTitle() { return !titleHtml.isBlank(); }
    /** Severity, services, tags, meeting... with a value, for the read-only summary. */
    public List<TimeRow> getFacts() { return facts; }
    public boolean isHasFacts() { return !facts.isEmpty(); }
    /** Text an import kept because it fits no section (document {@code notes}): heading and text, read-only. */
    public List<TimeRow> getNotes() { return notes; }
    public boolean isHasNotes() { return !notes.isEmpty(); }
    /** Some written section has text (the read-only summary shows only those). */
    public boolean isHasWriteUp() { return hasWriteUp; }
    /** The editor's groups of inputs; empty unless the viewer may edit. */
    public List<EditGroup> getEditGroups() { return editGroups; }
    /** The named key times ({@code times.custom[i]}) for the editor. */
    public List<NamedTimeRow> getNamedTimes() { return namedTimes; }
    public List<ChoiceOption> getPriorityOptions() { return priorityOptions; }
    public List<ChoiceOption> getCountermeasureKindOptions() { return countermeasureKindOptions; }
    /** The statuses an author records for a countermeasure without a ticket (with one, Jira's workflow owns it). */
    public List<ChoiceOption> getCountermeasureStatusOptions() { return countermeasureStatusOptions; }
    /** Weeks until a new countermeasure is due while no severity is chosen. */
    public int getDefaultDueWeeks() { return defaultDueWeeks; }
    /**
     * The document as rendered, as JSON for an attribute (editors only; else empty): the script applies the inputs
     * to a copy of it, so fields without an input (ids, ticket keys, unknown fields) are sent back as they were.
     */
    public String getDocumentJsonHtml() { return documentJsonHtml; }

    /** Review and approval: the status lozenge, who approved when, and the steps this viewer may take. */
    public ReviewPanel getReview() { return review; }

    /** Effectiveness checks and revisits: what is due, the forms' targets, what was recorded. */
    public FollowThroughView getFollowThrough() { return followThrough; }

    /** Similar earlier incidents ({@link io.postmortems.core.recurrence.Recurrence}); empty shows no block. */
    public List<RecurrenceRow> getRecurrence() { return recurrence; }
    public boolean isHasRecurrence() { return !recurrence.isEmpty(); }

    /** The text source the view was built with (the preview renders the template's labels with it). */
    PanelText text() {
        return text;
    }
}
