package io.postmortems.jira.countermeasures;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/** How a countermeasure's fields become Jira input values; shared by ticket creation and ticket updates. */
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
            if (p.getName() != null && p.getName().trim().equalsIgnoreCase(priority.name())) {
                return Optional.of(p.getId());
            }
        }
        return Optional.empty();
    }

    /** A due date in the form Jira's date picker field parses. */
    static String dueDate(DateFieldFormat format, LocalDate due) {
        return format.formatDatePicker(Date.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
}
