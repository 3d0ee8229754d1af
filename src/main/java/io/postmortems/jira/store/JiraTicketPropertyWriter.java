package io.postmortems.jira.store;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link TicketPropertyWriter} through {@link IssuePropertyWriter}, after finding the ticket's id by its key. */
@Named
public class JiraTicketPropertyWriter implements TicketPropertyWriter {
    private final IssueManager issues;
    private final IssuePropertyWriter properties;

    @Inject
    public JiraTicketPropertyWriter(@ComponentImport IssueManager issues, IssuePropertyWriter properties) {
        this.issues = issues;
        this.properties = properties;
    }

    @Override
    public boolean write(String issueKey, String key, String json) {
        MutableIssue ticket = issues.getIssueObject(issueKey);
        if (ticket == null || ticket.getId() == null) {
            return false;
        }
        properties.write(ticket.getId(), key, json);
        return true;
    }
}
