package io.postmortems.jira.reports;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;

import java.util.Map;

/** Shows the reports links to signed-in users only (the page itself sends anonymous visitors to the login page). */
public class SignedInCondition implements Condition {
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public SignedInCondition(@ComponentImport JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return authenticationContext.getLoggedInUser() != null;
    }
}
