package io.postmortems.jira.countermeasures;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortems.jira.service.FieldError;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a countermeasure's fields become Jira input values, and Jira's field errors become the document's; shared by
 * ticket creation ({@link TicketCreator}) and ticket updates ({@link CountermeasureSync}).
 */
final class TicketFields {
    private TicketFields() {
    }

    /** The Jira user an owner names: a user name first, else a user key; empty when there is none. */
    static Optional<ApplicationUser> owner(UserManager users, String owner) {
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = users.getUserByName(owner);
        return Optional.ofNullable(user != null ? user : users.getUserByKey(owner));
    }

    /** Id of the Jira priority whose name matches (case-insensitively) the document's priority. */
    static Optional<String> priorityId(PriorityManager priorities, io.postmortems.core.model.Priority priority) {
        if (priority == null) {
            return Optional.empty();
        }
        for (Priority p : priorities.getPriorities()) {
            if (priority(p.getName()).orElse(null) == priority) {
                return Optional.of(p.getId());
            }
        }
        return Optional.empty();
    }

    /** The document's priority a Jira priority name stands for (names match case-insensitively, both ways). */
    static Optional<io.postmortems.core.model.Priority> priority(String jiraName) {
        if (jiraName == null) {
            return Optional.empty();
        }
        for (io.postmortems.core.model.Priority p : io.postmortems.core.model.Priority.values()) {
            if (jiraName.trim().equalsIgnoreCase(p.name())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A due date in the form Jira's date picker field parses. */
    static String dueDate(DateFieldFormat format, LocalDate due) {
        return format.formatDatePicker(Date.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    /** Jira's field ids mapped to the document's field names; unknown fields keep Jira's id. */
    private static final Map<String, String> FIELDS = Map.of("summary", "summary", "assignee", "owner",
            "duedate", "dueDate", "priority", "priority");

    /** Jira's errors of an issue operation as the document's field errors under {@code prefix}, e.g. {@code cm[2].}. */
    static List<FieldError> fieldErrors(ErrorCollection collection, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (collection == null) {
            return errors;
        }
        if (collection.getErrors() != null) {
            collection.getErrors().forEach((field, message) -> errors.add(FieldError.text(
                    prefix + FIELDS.getOrDefault(field.toLowerCase(Locale.ROOT), field), message)));
        }
        if (collection.getErrorMessages() != null) {
            for (String message : collection.getErrorMessages()) {
                errors.add(FieldError.text(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), message));
            }
        }
        return errors;
    }
}
