package io.postmortems.panel;

/** One countermeasure with its ticket's live status, and its values as the editor's inputs show them. Escaped. */
public final class CountermeasureRow {
    private final String idHtml;
    private final String anchorHtml;
    private final String pathHtml;
    private final String issueKeyHtml;
    private final boolean hasTicket;
    private final String summaryHtml;
    private final String ownerHtml;
    private final String ownerNameHtml;
    private final String dueDateHtml;
    private final String priorityHtml;
    private final String priorityValueHtml;
    private final String kindHtml;
    private final String kindValueHtml;
    private final String statusHtml;
    private final String statusValueHtml;
    private final boolean overdue;

    /** The row's parts; {@code priority} and {@code kind} as stored (enum names) and as shown (labels). */
    record Parts(String id, int index, String issueKey, String summary, String owner, String ownerName,
                 String dueDate,
                 String priorityValue, String priority, String kindValue, String kind, String status,
                 String statusValue, boolean overdue) {
    }

    CountermeasureRow(Parts p) {
        this.idHtml = Html.escape(p.id());
        this.anchorHtml = Html.escape(PanelViews.anchor("countermeasures[" + p.index() + "]"));
        this.pathHtml = Html.escape("countermeasures[" + p.index() + "]");
        this.issueKeyHtml = Html.escape(p.issueKey());
        this.hasTicket = p.issueKey() != null && !p.issueKey().isBlank();
        this.summaryHtml = Html.escape(p.summary());
        this.ownerHtml = Html.escape(p.owner());
        this.ownerNameHtml = Html.escape(p.ownerName());
        this.dueDateHtml = Html.escape(p.dueDate());
        this.priorityHtml = Html.escape(p.priority());
        this.priorityValueHtml = Html.escape(p.priorityValue());
        this.kindHtml = Html.escape(p.kind());
        this.kindValueHtml = Html.escape(p.kindValue());
        this.statusHtml = Html.escape(p.status());
        this.statusValueHtml = Html.escape(p.statusValue());
        this.overdue = p.overdue();
    }

    public String getIdHtml() { return idHtml; }
    public String getAnchorHtml() { return anchorHtml; }
    /** {@code countermeasures[i]}: the row's inputs edit {@code .summary}, {@code .owner}, {@code .dueDate}... */
    public String getPathHtml() { return pathHtml; }
    public String getIssueKeyHtml() { return issueKeyHtml; }
    public boolean isHasTicket() { return hasTicket; }
    public String getSummaryHtml() { return summaryHtml; }
    /** The owner as stored: a Jira user name (or key), the picker's value. */
    public String getOwnerHtml() { return ownerHtml; }
    /** The owner as people read it: the user's display name, else as stored. */
    public String getOwnerNameHtml() { return ownerNameHtml; }
    /** ISO date (2026-04-15), as shown and as a date input's value. */
    public String getDueDateHtml() { return dueDateHtml; }
    public String getPriorityHtml() { return priorityHtml; }
    /** The priority as stored (HIGH), to select it in the editor; "" for none. */
    public String getPriorityValueHtml() { return priorityValueHtml; }
    public String getKindHtml() { return kindHtml; }
    /** The kind as stored (PREVENT), to select it in the editor; "" for none. */
    public String getKindValueHtml() { return kindValueHtml; }
    public String getStatusHtml() { return statusHtml; }
    /**
     * The status the document records (DONE), to select it in the editor: for a countermeasure without a ticket the
     * author's own choice; with a ticket the ticket's, which the editor does not offer to change.
     */
    public String getStatusValueHtml() { return statusValueHtml; }
    /** Due date passed and the work is not done. */
    public boolean isOverdue() { return overdue; }
}
