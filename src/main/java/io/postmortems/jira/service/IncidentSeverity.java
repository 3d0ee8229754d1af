package io.postmortems.jira.service;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.incident.RequiredPostMortems;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.RequiredPostMortemSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An incident's severity as the administrator maps it ({@link RequiredPostMortemSettings}): the value is read from
 * Jira's priority or a custom field, the rule is {@link RequiredPostMortems}. The resolution day is taken in Jira's
 * default time zone (the server's), the zone the reminder job counts days in too.
 */
@Named
public class IncidentSeverity {
    private final CustomFieldManager fields;
    private final ZoneId zone;

    @Inject
    public IncidentSeverity(@ComponentImport CustomFieldManager fields) {
        this(fields, ZoneId.systemDefault());
    }

    IncidentSeverity(CustomFieldManager fields, ZoneId zone) {
        this.fields = fields;
        this.zone = zone;
    }

    /** What the incident calls for under the settings: its severity, whether required, the review's due day. */
    public RequiredPostMortems.Decision decide(Issue incident, AppSettings settings) {
        RequiredPostMortemSettings r = settings.requiredPostMortems();
        Set<String> ids = settings.severityLevels().stream().map(SeverityLevel::id).collect(Collectors.toSet());
        return RequiredPostMortems.decide(value(incident, r), r.policy(), ids, resolvedOn(incident));
    }

    /** The day the incident was resolved, in Jira's default zone; null while it is not resolved. */
    public LocalDate resolvedOn(Issue incident) {
        return incident.getResolutionDate() == null ? null
                : incident.getResolutionDate().toInstant().atZone(zone).toLocalDate();
    }

    /** The priority's name or the custom field's value as text; null when there is none or the field is unknown. */
    String value(Issue incident, RequiredPostMortemSettings r) {
        if (r.fromPriority()) {
            return incident.getPriority() == null ? null : incident.getPriority().getName();
        }
        CustomField field = fields == null ? null : fields.getCustomFieldObject(r.severityField());
        if (field == null) {
            return null;
        }
        Object value = incident.getCustomFieldValue(field);
        if (value instanceof Collection<?> many) {
            value = many.isEmpty() ? null : many.iterator().next(); // a multi-select: its first option
        }
        // a select list's option prints its value; a text field is the text
        return value == null ? null : value.toString();
    }
}
