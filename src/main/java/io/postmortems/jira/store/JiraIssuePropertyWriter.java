package io.postmortems.jira.store;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the JQL mirror through Jira's {@link IssuePropertyService}, so Jira validates the value, fires its property
 * event and reindexes the issue. Permission checks are skipped: the mirror is the app's own derived data, written
 * after the app has already checked that the user may edit the post-mortem (and by the worker or an upgrade task,
 * where the acting user may lack edit rights). The current user, if any, is named in Jira's event.
 */
@Named
public class JiraIssuePropertyWriter implements IssuePropertyWriter {
    private final IssuePropertyService service;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraIssuePropertyWriter(@ComponentImport IssuePropertyService service,
                                   @ComponentImport JiraAuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
    }

    @Override
    public void write(long issueId, String key, String json) {
        var user = authentication.getLoggedInUser();
        EntityPropertyOptions options = new EntityPropertyOptions.Builder().skipPermissionChecks().build();
        SetPropertyValidationResult validation = service.validateSetProperty(user, issueId,
                new PropertyInput(json, key), options);
        if (validation == null || !validation.isValid()) {
            throw new IllegalStateException("Jira refused issue property " + key + " of issue " + issueId + ": "
                    + errors(validation));
        }
        PropertyResult result = service.setProperty(user, validation);
        if (result == null || !result.isValid()) {
            throw new IllegalStateException("Jira did not store issue property " + key + " of issue " + issueId
                    + ": " + errors(result));
        }
    }

    private static String errors(ServiceResult result) {
        ErrorCollection errors = result == null ? null : result.getErrorCollection();
        if (errors == null) {
            return "no reason given";
        }
        List<String> all = new ArrayList<>();
        if (errors.getErrorMessages() != null) {
            all.addAll(errors.getErrorMessages());
        }
        if (errors.getErrors() != null) {
            errors.getErrors().forEach((field, message) -> all.add(field + ": " + message));
        }
        return all.isEmpty() ? "no reason given" : String.join("; ", all);
    }
}
