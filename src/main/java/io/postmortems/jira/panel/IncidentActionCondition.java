package io.postmortems.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.Condition;
import io.postmortems.jira.service.IncidentPostMortems;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows "Create post-mortem" on an incident where {@link IncidentPostMortems#offeredOn} says so: a chosen project and
 * issue type, and a user who may edit the incident and create issues in its project.
 */
public class IncidentActionCondition implements Condition {
    private final JiraAuthenticationContext authenticationContext;
    private final IncidentPostMortems incidents;

    @Inject
    public IncidentActionCondition(@ComponentImport JiraAuthenticationContext authenticationContext,
                                   IncidentPostMortems incidents) {
        this.authenticationContext = authenticationContext;
        this.incidents = incidents;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Object issue = context.get("issue");
        return issue instanceof Issue i && incidents.offeredOn(i, authenticationContext.getLoggedInUser());
    }
}
