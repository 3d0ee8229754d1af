package io.postmortems.jira.panel;

/** One countermeasure with its ticket's live status. Escaped. */
public final class CountermeasureRow {
    private final String idHtml;
    private final String issueKeyHtml;
    private final boolean hasTicket;
    private final String summaryHtml;
    private final String ownerHtml;
    private final String dueDateHtml;
    private final String statusHtml;
    private final boolean overdue;

    CountermeasureRow(String id, String issueKey, String summary, String owner, String dueDate, String status,
                      boolean overdue) {
        this.idHtml = Html.escape(id);
        this.issueKeyHtml = Html.escape(issueKey);
        this.hasTicket = issueKey != null && !issueKey.isBlank();
        this.summaryHtml = Html.escape(summary);
        this.ownerHtml = Html.escape(owner);
        this.dueDateHtml = Html.escape(dueDate);
        this.statusHtml = Html.escape(status);
        this.overdue = overdue;
    }

    public String getIdHtml() { return idHtml; }
    public String getIssueKeyHtml() { return issueKeyHtml; }
    public boolean isHasTicket() { return hasTicket; }
    public String getSummaryHtml() { return summaryHtml; }
    public String getOwnerHtml() { return ownerHtml; }
    public String getDueDateHtml() { return dueDateHtml; }
    public String getStatusHtml() { return statusHtml; }
    /** Due date passed and the work is not done. */
    public boolean isOverdue() { return overdue; }
}
