package io.postmortems.core.model;

import java.time.LocalDate;

/**
 * A committed follow-up action. {@code id} is stable and lets ticket creation be retried without
 * duplicates; {@code issueKey} is set once its Jira ticket exists.
 */
public class Countermeasure extends Extensible {
    private String id;
    private String summary;
    private String owner;
    private LocalDate dueDate;
    private Priority priority = Priority.MEDIUM;
    private CountermeasureKind kind = CountermeasureKind.PREVENT;
    private CountermeasureStatus status = CountermeasureStatus.OPEN;
    private String issueKey;
    /** When its ticket was resolved (Jira's resolution date), once the ticket is done; null otherwise. */
    private LocalDate doneOn;
    /** Why the due date lies beyond the severity's target; optional, silences the review warning. */
    private String dueDateReason;
    /**
     * Key of its ticket that was deleted in Jira, kept for history: {@code issueKey} is then cleared, so "Create
     * tickets" makes a new one. Written by the app when the ticket no longer resolves.
     */
    private String deletedIssueKey;
    /** Whether it worked, once checked after it was done; written by the app. */
    private EffectivenessCheck effectiveness;
    /** The id of the countermeasure this one follows up (one found not effective); set when it is made. */
    private String followUpOf;

    public Countermeasure() {
    }

    public Countermeasure(String id, String summary, String owner, LocalDate dueDate) {
        this.id = id;
        this.summary = summary;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public CountermeasureKind getKind() { return kind; }
    public void setKind(CountermeasureKind kind) { this.kind = kind; }
    public CountermeasureStatus getStatus() { return status; }
    public void setStatus(CountermeasureStatus status) { this.status = status; }
    public String getIssueKey() { return issueKey; }
    public void setIssueKey(String issueKey) { this.issueKey = issueKey; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public String getDueDateReason() { return dueDateReason; }
    public void setDueDateReason(String dueDateReason) { this.dueDateReason = dueDateReason; }
    public String getDeletedIssueKey() { return deletedIssueKey; }
    public void setDeletedIssueKey(String deletedIssueKey) { this.deletedIssueKey = deletedIssueKey; }
    public EffectivenessCheck getEffectiveness() { return effectiveness; }
    public void setEffectiveness(EffectivenessCheck effectiveness) { this.effectiveness = effectiveness; }
    public String getFollowUpOf() { return followUpOf; }
    public void setFollowUpOf(String followUpOf) { this.followUpOf = followUpOf; }
}
