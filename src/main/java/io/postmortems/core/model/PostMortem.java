package io.postmortems.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The post-mortem document: everything a complete, blameless write-up holds. Serialised as versioned JSON
 * by {@link io.postmortems.core.io.PostMortemCodec}; see {@code docs/postmortem.schema.json}.
 */
@JsonPropertyOrder({"schemaVersion", "issueKey", "title", "severity", "status", "timeZone", "meeting", "times",
        "impact", "summary", "timeline", "investigationPaths", "rootCause", "causeCategory", "contributingFactors", "resolution",
        "wentWell", "wentWrong", "gotLucky", "lessonsLearned", "countermeasures", "ideas", "services", "tags",
        "relatedIncidents", "relatedPostMortems", "authors", "approval", "page", "announcedAt", "draftTimeline", "revisits", "externalSummary", "externalPage"})
public class PostMortem extends Extensible {
    /** The schema version this build writes. Older versions are migrated on read. */
    public static final int CURRENT_SCHEMA_VERSION = 2;

    private int schemaVersion = CURRENT_SCHEMA_VERSION;
    private String issueKey;
    private String title;
    private String severity;
    private Status status = Status.DRAFT;
    /** Zone id the incident was lived in (e.g. "Europe/Berlin"); display falls back to the viewer's zone. */
    private String timeZone;
    private Meeting meeting = new Meeting();
    private IncidentTimes times = new IncidentTimes();
    private Impact impact = new Impact();
    private String summary;
    private List<TimelineEvent> timeline = new ArrayList<>();
    private List<String> investigationPaths = new ArrayList<>();
    private RootCause rootCause = new RootCause();
    /** Id of an administered cause category (e.g. "change", "capacity"); the reports break down by it. */
    private String causeCategory;
    private List<String> contributingFactors = new ArrayList<>();
    /** What fixed it: the steps that ended the incident. */
    private String resolution;
    private List<String> wentWell = new ArrayList<>();
    private List<String> wentWrong = new ArrayList<>();
    private List<String> gotLucky = new ArrayList<>();
    private List<String> lessonsLearned = new ArrayList<>();
    private List<Countermeasure> countermeasures = new ArrayList<>();
    /** Ideas that are not commitments; kept apart from countermeasures on purpose. */
    private List<String> ideas = new ArrayList<>();
    private List<String> services = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<String> relatedIncidents = new ArrayList<>();
    private List<String> relatedPostMortems = new ArrayList<>();
    /** Text under its own heading that fits no other section (an import keeps it here rather than drop it). */
    private List<Note> notes = new ArrayList<>();
    /** User keys of everyone who saved a change to the write-up; written by the app, used by the approval rule. */
    private List<String> authors = new ArrayList<>();
    /** Who approved it and when; written by the app. */
    private Approval approval;
    private PublishedPage page;
    /** When the published page was announced (comments on the issues); written by the app, so it happens once. */
    private java.time.OffsetDateTime announcedAt;
    /**
     * Timeline entries drafted from the incident (its status changes and comments), kept apart from the timeline
     * until the author accepts each one; never rendered, reviewed or measured. Written by the app; left out of the
     * JSON while empty, so documents without drafts read and write as before.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    private List<TimelineEvent> draftTimeline = new ArrayList<>();
    /**
     * The revisits of the published post-mortem, oldest first; written by the app. Left out of the JSON while empty,
     * so documents without revisits read and write as before.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    private List<Revisit> revisits = new ArrayList<>();
    /**
     * The optional summary for readers outside the organisation, published on its own page; null when the document
     * has none. Left out of the JSON while absent or {@link ExternalSummary#empty}, so documents without it (or with
     * one the author emptied) read and write as before.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(value = com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM,
            valueFilter = ExternalSummary.Empty.class)
    private ExternalSummary externalSummary;
    /** Where the external summary was published (its own page in the external space); written by the app. */
    private PublishedPage externalPage;

    public int getSchemaVersion() { return schemaVersion; }
    public void setSchemaVersion(int schemaVersion) { this.schemaVersion = schemaVersion; }
    public String getIssueKey() { return issueKey; }
    public void setIssueKey(String issueKey) { this.issueKey = issueKey; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Meeting getMeeting() { return meeting; }
    public void setMeeting(Meeting meeting) { this.meeting = meeting == null ? new Meeting() : meeting; }
    public IncidentTimes getTimes() { return times; }
    public void setTimes(IncidentTimes times) { this.times = times == null ? new IncidentTimes() : times; }
    public Impact getImpact() { return impact; }
    public void setImpact(Impact impact) { this.impact = impact == null ? new Impact() : impact; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<TimelineEvent> getTimeline() { return timeline; }
    public void setTimeline(List<TimelineEvent> timeline) { this.timeline = Lists.orEmpty(timeline); }
    public List<String> getInvestigationPaths() { return investigationPaths; }
    public void setInvestigationPaths(List<String> paths) { this.investigationPaths = Lists.orEmpty(paths); }
    public String getCauseCategory() { return causeCategory; }
    public void setCauseCategory(String causeCategory) { this.causeCategory = causeCategory; }
    public RootCause getRootCause() { return rootCause; }
    public void setRootCause(RootCause rootCause) { this.rootCause = rootCause == null ? new RootCause() : rootCause; }
    public List<String> getContributingFactors() { return contributingFactors; }
    public void setContributingFactors(List<String> factors) { this.contributingFactors = Lists.orEmpty(factors); }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public List<String> getWentWell() { return wentWell; }
    public void setWentWell(List<String> wentWell) { this.wentWell = Lists.orEmpty(wentWell); }
    public List<String> getWentWrong() { return wentWrong; }
    public void setWentWrong(List<String> wentWrong) { this.wentWrong = Lists.orEmpty(wentWrong); }
    public List<String> getGotLucky() { return gotLucky; }
    public void setGotLucky(List<String> gotLucky) { this.gotLucky = Lists.orEmpty(gotLucky); }
    public List<String> getLessonsLearned() { return lessonsLearned; }
    public void setLessonsLearned(List<String> lessons) { this.lessonsLearned = Lists.orEmpty(lessons); }
    public List<Countermeasure> getCountermeasures() { return countermeasures; }
    public void setCountermeasures(List<Countermeasure> cms) { this.countermeasures = Lists.orEmpty(cms); }
    public List<Note> getNotes() { return notes; }
    public void setNotes(List<Note> notes) { this.notes = Lists.orEmpty(notes); }
    public List<String> getIdeas() { return ideas; }
    public void setIdeas(List<String> ideas) { this.ideas = Lists.orEmpty(ideas); }
    public List<String> getServices() { return services; }
    public void setServices(List<String> services) { this.services = Lists.orEmpty(services); }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = Lists.orEmpty(tags); }
    public List<String> getRelatedIncidents() { return relatedIncidents; }
    public void setRelatedIncidents(List<String> related) { this.relatedIncidents = Lists.orEmpty(related); }
    public List<String> getRelatedPostMortems() { return relatedPostMortems; }
    public void setRelatedPostMortems(List<String> related) { this.relatedPostMortems = Lists.orEmpty(related); }
    public List<String> getAuthors() { return authors; }
    public void setAuthors(List<String> authors) { this.authors = Lists.orEmpty(authors); }
    public Approval getApproval() { return approval; }
    public void setApproval(Approval approval) { this.approval = approval; }
    public java.time.OffsetDateTime getAnnouncedAt() { return announcedAt; }
    public void setAnnouncedAt(java.time.OffsetDateTime announcedAt) { this.announcedAt = announcedAt; }
    public List<TimelineEvent> getDraftTimeline() { return draftTimeline; }
    public void setDraftTimeline(List<TimelineEvent> drafts) { this.draftTimeline = Lists.orEmpty(drafts); }
    public PublishedPage getPage() { return page; }
    public void setPage(PublishedPage page) { this.page = page; }
    public List<Revisit> getRevisits() { return revisits; }
    public void setRevisits(List<Revisit> revisits) { this.revisits = Lists.orEmpty(revisits); }
    public ExternalSummary getExternalSummary() { return externalSummary; }
    public void setExternalSummary(ExternalSummary externalSummary) { this.externalSummary = externalSummary; }
    public PublishedPage getExternalPage() { return externalPage; }
    public void setExternalPage(PublishedPage externalPage) { this.externalPage = externalPage; }
}
