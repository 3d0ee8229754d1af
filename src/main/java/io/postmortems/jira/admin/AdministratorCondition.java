package io.postmortems.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.Condition;
import io.postmortems.jira.permissions.PostMortemPermissions;
import jakarta.inject.Inject;

import java.util.Map;

/** Shows the admin menu entry to Jira administrators only (the page itself checks again). */
public class AdministratorCondition implements Condition {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemPermissions permissions;

    @Inject
    public AdministratorCondition(@ComponentImport JiraAuthenticationContext authenticationContext,
                                  PostMortemPermissions permissions) {
        this.authenticationContext = authenticationContext;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return permissions.isAdministrator(authenticationContext.getLoggedInUser());
    }
}
