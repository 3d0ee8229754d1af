package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.service.TicketUpdates;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.postmortems.jira.service.ServiceException.Kind.INVALID;

/**
 * Carries a document edit of a countermeasure over to its Jira ticket: when the summary, owner, due date or priority of
 * a countermeasure that has a ticket changes, the ticket gets the same change, as the editing user, through Jira's
 * {@link IssueService} (so Jira's permissions, edit screen, field rules and workflow "editable" flag all apply, and
 * the change shows in the ticket's history under that user's name). Only the changed fields are sent; Jira keeps the
 * others as they are.
 *
 * <p>{@link #prepare} validates every change with Jira and changes nothing; {@code PostMortemService.update} then saves
 * the document and only then calls {@link Prepared#apply()} (see there for why). What is refused before the save:
 * a blank summary, an owner who is no Jira user, a ticket the user cannot see or may not edit (the message names the
 * ticket), anything Jira's {@code validateUpdate} refuses (its messages, field by field). What does not block the save
 * but comes back as a warning: a ticket that no longer exists (deleted; the author's edit is kept, and there is nothing
 * left to update), a priority Jira has no match for, and an update Jira refuses after validating it.
 *
 * <p>Limit inherited from Jira: {@code validateUpdate} only sets fields on the ticket's edit screen (IssueService
 * javadoc), so a field an administrator left off that screen (e.g. Due Date) is not changed and Jira reports nothing.
 *
 * <p>Tickets are never deleted here: a countermeasure removed from the document simply stops being looked at, and its
 * ticket stays in Jira with its history.
 */
@Named
public class CountermeasureSync implements TicketUpdates {
    private final IssueService issueService;
    private final IssueManager issueManager;
    private final UserManager userManager;
    private final PriorityManager priorityManager;
    private final DateFieldFormat dateFieldFormat;
    private final CountermeasureStatusReconciler statuses;

    @Inject
    public CountermeasureSync(@ComponentImport IssueService issueService, @ComponentImport IssueManager issueManager,
                              @ComponentImport UserManager userManager,
                              @ComponentImport PriorityManager priorityManager,
                              @ComponentImport DateFieldFormat dateFieldFormat,
                              CountermeasureStatusReconciler statuses) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.userManager = userManager;
        this.priorityManager = priorityManager;
        this.dateFieldFormat = dateFieldFormat;
        this.statuses = statuses;
    }

    @Override
    public boolean takeTicketStatuses(ApplicationUser user, PostMortem document) {
        return statuses.reconcile(user, document);
    }

    /** One validated ticket change. */
    private record Change(String prefix, String ticketKey, IssueService.UpdateValidationResult validation) {
    }

    @Override
    public Prepared prepare(ApplicationUser user, List<Countermeasure> stored, List<Countermeasure> incoming)
            throws ServiceException {
        Map<String, Countermeasure> before = new HashMap<>();
        for (Countermeasure cm : stored) {
            if (cm.getId() != null) {
                before.put(cm.getId(), cm);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> notes = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Countermeasure after = incoming.get(i);
            Countermeasure was = after.getId() == null ? null : before.get(after.getId());
            if (isBlank(after.getIssueKey()) || was == null) {
                continue;
            }
            prepareOne(user, was, after, "countermeasures[" + i + "].", errors, notes).ifPresent(changes::add);
        }
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
        return () -> apply(user, changes, notes);
    }

    private Optional<Change> prepareOne(ApplicationUser user, Countermeasure was, Countermeasure after, String prefix,
                                        List<FieldError> errors, List<FieldError> notes) {
        boolean summary = !Objects.equals(text(was.getSummary()), text(after.getSummary()));
        boolean owner = !Objects.equals(text(was.getOwner()), text(after.getOwner()));
        boolean due = !Objects.equals(was.getDueDate(), after.getDueDate());
        boolean priority = after.getPriority() != null && was.getPriority() != after.getPriority();
        if (!summary && !owner && !due && !priority) {
            return Optional.empty();
        }
        String key = after.getIssueKey();
        int errorsBefore = errors.size();
        if (summary && isBlank(after.getSummary())) {
            errors.add(FieldError.of(prefix + "summary", "postmortems.error.cm.summary"));
        }
        ApplicationUser assignee = owner ? TicketFields.owner(userManager, after.getOwner()).orElse(null) : null;
        if (owner && assignee == null && !isBlank(after.getOwner())) {
            errors.add(FieldError.of(prefix + "owner", "postmortems.error.cm.owner", after.getOwner()));
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        if (issueManager.getIssueObject(key) == null) {
            notes.add(FieldError.of(prefix + "issueKey", "postmortems.warning.cm.ticketGone", key));
            return Optional.empty();
        }
        IssueService.IssueResult visible = issueService.getIssue(user, key);
        Issue ticket = visible == null ? null : visible.getIssue();
        if (ticket == null) {
            errors.add(FieldError.of(prefix + "issueKey", "postmortems.error.cm.ticketHidden", key));
            return Optional.empty();
        }
        if (!issueService.isEditable(ticket, user)) {
            errors.add(FieldError.of(prefix + "issueKey", "postmortems.error.cm.ticketNoEdit", key));
            return Optional.empty();
        }
        IssueInputParameters params = issueService.newIssueInputParameters();
        boolean any = false;
        if (summary) {
            params.setSummary(after.getSummary().trim());
            any = true;
        }
        if (owner) {
            // a cleared owner unassigns the ticket (a null value is sent, not left out)
            params.setAssigneeId(assignee == null ? null : assignee.getUsername());
            any = true;
        }
        if (due) {
            params.setDueDate(after.getDueDate() == null ? null
                    : TicketFields.dueDate(dateFieldFormat, after.getDueDate()));
            any = true;
        }
        if (priority) {
            Optional<String> priorityId = TicketFields.priorityId(priorityManager, after.getPriority());
            if (priorityId.isPresent()) {
                params.setPriorityId(priorityId.get());
                any = true;
            } else {
                notes.add(FieldError.of(prefix + "priority", "postmortems.warning.cm.priorityUnmapped", key,
                        after.getPriority().name()));
            }
        }
        if (!any) {
            return Optional.empty();
        }
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, ticket.getId(), params);
        if (validation == null || !validation.isValid()) {
            List<FieldError> refused = validation == null ? List.of()
                    : TicketFields.fieldErrors(validation.getErrorCollection(), prefix);
            errors.addAll(refused.isEmpty()
                    ? List.of(FieldError.of(prefix + "issueKey", "postmortems.error.cm.ticketInvalid", key))
                    : refused);
            return Optional.empty();
        }
        return Optional.of(new Change(prefix, key, validation));
    }

    /**
     * Makes the validated changes, after the document was saved. The document is saved first because it is the
     * author's work and the one thing that must not be lost, while a Jira update cannot be taken back; so a change Jira
     * refuses now (after accepting it in validation) is reported as a warning naming the ticket, never as a failure
     * of the save.
     */
    private List<FieldError> apply(ApplicationUser user, List<Change> changes, List<FieldError> notes) {
        List<FieldError> warnings = new ArrayList<>(notes);
        for (Change change : changes) {
            IssueService.IssueResult result;
            try {
                result = issueService.update(user, change.validation());
            } catch (RuntimeException e) {
                // the document is already saved: a failing listener or store in Jira must not turn that into a 500
                warnings.add(FieldError.of(change.prefix() + "issueKey", "postmortems.warning.cm.notUpdated",
                        change.ticketKey()));
                continue;
            }
            if (result == null || !result.isValid()) {
                warnings.add(FieldError.of(change.prefix() + "issueKey", "postmortems.warning.cm.notUpdated",
                        change.ticketKey()));
                if (result != null) {
                    warnings.addAll(TicketFields.fieldErrors(result.getErrorCollection(), change.prefix()));
                }
            }
        }
        return warnings;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
