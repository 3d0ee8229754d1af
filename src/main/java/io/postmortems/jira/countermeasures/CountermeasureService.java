package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;

/**
 * Turns the pending countermeasures of a post-mortem into Jira tickets, created as the current user through Jira's
 * {@link IssueService} (so Jira's own permission, field and workflow rules apply). A sub-task of the post-mortem by
 * default, or an issue in the configured project linked with the "Countermeasure" link type.
 *
 * <p>Batches are idempotent: each ticket's key is written into the document the moment the ticket exists, and a
 * countermeasure that already has a key is never created again. A failure stops nothing: the others still get their
 * tickets, and a retry creates only what is still missing.
 */
@Named
public class CountermeasureService {
    private static final int RECORD_ATTEMPTS = 3;

    private final IssueService issueService;
    private final SubTaskManager subTaskManager;
    private final IssueLinkManager issueLinkManager;
    private final UserManager userManager;
    private final PriorityManager priorityManager;
    private final DateFieldFormat dateFieldFormat;
    private final PostMortemPermissions permissions;
    private final PostMortemService postMortems;
    private final SettingsStore settings;
    private final CountermeasureTargets targets;
    private final Clock clock;

    @Inject
    public CountermeasureService(@ComponentImport IssueService issueService,
                                 @ComponentImport SubTaskManager subTaskManager,
                                 @ComponentImport IssueLinkManager issueLinkManager,
                                 @ComponentImport UserManager userManager,
                                 @ComponentImport PriorityManager priorityManager,
                                 @ComponentImport DateFieldFormat dateFieldFormat,
                                 PostMortemPermissions permissions, PostMortemService postMortems,
                                 SettingsStore settings, CountermeasureTargets targets) {
        this(issueService, subTaskManager, issueLinkManager, userManager, priorityManager, dateFieldFormat,
                permissions, postMortems, settings, targets, Clock.systemDefaultZone());
    }

    CountermeasureService(IssueService issueService, SubTaskManager subTaskManager, IssueLinkManager issueLinkManager,
                          UserManager userManager, PriorityManager priorityManager, DateFieldFormat dateFieldFormat,
                          PostMortemPermissions permissions, PostMortemService postMortems, SettingsStore settings,
                          CountermeasureTargets targets, Clock clock) {
        this.issueService = issueService;
        this.subTaskManager = subTaskManager;
        this.issueLinkManager = issueLinkManager;
        this.userManager = userManager;
        this.priorityManager = priorityManager;
        this.dateFieldFormat = dateFieldFormat;
        this.permissions = permissions;
        this.postMortems = postMortems;
        this.settings = settings;
        this.targets = targets;
        this.clock = clock;
    }

    /** Where the batch's tickets go, resolved once. */
    private record Target(Project project, String issueTypeId, Long linkTypeId, boolean subTask) {
    }

    /** Creates tickets for every countermeasure that has none yet; one result per countermeasure, in order. */
    public List<CreationResult> createPending(ApplicationUser user, String issueKey) throws ServiceException {
        Issue postMortem = postMortems.editableIssue(user, issueKey);
        AppSettings appSettings = settings.load();
        Target target = target(postMortem, appSettings);
        if (!permissions.canCreateIn(target.project(), user)) {
            throw ServiceException.of(FORBIDDEN, "", "You may not create issues in project "
                    + target.project().getKey() + ".");
        }
        StoredPostMortem stored = withIds(postMortem, postMortems.current(postMortem));
        List<CreationResult> results = new ArrayList<>();
        List<Countermeasure> countermeasures = List.copyOf(stored.document().getCountermeasures());
        for (int i = 0; i < countermeasures.size(); i++) {
            Countermeasure cm = countermeasures.get(i);
            if (cm.getIssueKey() != null && !cm.getIssueKey().isBlank()) {
                results.add(new CreationResult(cm.getId(), CreationResult.Outcome.ALREADY_CREATED, cm.getIssueKey(),
                        List.of()));
                continue;
            }
            String prefix = "countermeasures[" + i + "].";
            LocalDate due = cm.getDueDate() != null ? cm.getDueDate()
                    : defaultDueDate(stored.document().getSeverity(), appSettings);
            List<FieldError> errors = new ArrayList<>();
            Optional<Issue> created = createTicket(user, postMortem, target, cm, due, prefix, errors);
            if (created.isEmpty()) {
                results.add(new CreationResult(cm.getId(), CreationResult.Outcome.FAILED, null, errors));
                continue;
            }
            Issue ticket = created.get();
            try {
                stored = record(postMortem, stored, cm.getId(), ticket.getKey(), due);
            } catch (ConcurrentEditException e) {
                errors.add(new FieldError(prefix + "issueKey", "Ticket " + ticket.getKey()
                        + " was created, but the post-mortem kept changing and could not record it; add it by hand."));
                results.add(new CreationResult(cm.getId(), CreationResult.Outcome.CREATED_NOT_LINKED, ticket.getKey(),
                        errors));
                continue;
            }
            Optional<FieldError> linkError = link(user, postMortem, ticket, target, prefix);
            results.add(linkError.map(err -> new CreationResult(cm.getId(), CreationResult.Outcome.CREATED_NOT_LINKED,
                            ticket.getKey(), List.of(err)))
                    .orElseGet(() -> new CreationResult(cm.getId(), CreationResult.Outcome.CREATED, ticket.getKey(),
                            List.of())));
        }
        return results;
    }

    /** Today plus the administrator's weeks for the severity (8 weeks when the severity is unknown). */
    LocalDate defaultDueDate(String severity, AppSettings appSettings) {
        Integer weeks = severity == null ? null : appSettings.defaultDueWeeks().get(severity);
        return LocalDate.now(clock).plusWeeks(weeks == null ? 8 : weeks);
    }

    private Target target(Issue postMortem, AppSettings appSettings) throws ServiceException {
        if (appSettings.countermeasureMode() == AppSettings.CountermeasureMode.LINKED_ISSUE) {
            String projectKey = appSettings.countermeasureProjectKey();
            Project project = (projectKey == null ? Optional.<Project>empty() : targets.project(projectKey))
                    .orElseThrow(() -> ServiceException.of(INVALID, "countermeasureProjectKey",
                            "The countermeasure project '" + projectKey + "' does not exist; ask an administrator to fix the settings."));
            String type = targets.issueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID,
                    "countermeasureProjectKey", "Project " + project.getKey() + " has no issue type for countermeasures."));
            Long link = targets.linkTypeId().orElseThrow(() -> ServiceException.of(INVALID, "",
                    "The 'Countermeasure' link type is missing; ask an administrator to re-enable the app."));
            return new Target(project, type, link, false);
        }
        Project project = postMortem.getProjectObject();
        String type = targets.subTaskIssueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID, "",
                "Project " + project.getKey() + " has no sub-task issue type; enable sub-tasks or switch countermeasures to linked issues."));
        return new Target(project, type, null, true);
    }

    /** Gives every countermeasure a stable id before any ticket exists, so a retry can recognise it. */
    private StoredPostMortem withIds(Issue postMortem, StoredPostMortem stored) throws ServiceException {
        boolean changed = false;
        for (Countermeasure cm : stored.document().getCountermeasures()) {
            if (cm.getId() == null || cm.getId().isBlank()) {
                cm.setId(UUID.randomUUID().toString());
                changed = true;
            }
        }
        if (!changed) {
            return stored;
        }
        try {
            return postMortems.saveChecked(postMortem, stored.document(), stored.revision());
        } catch (ConcurrentEditException e) {
            throw ServiceException.of(CONFLICT, "revision", "Someone else saved this post-mortem; try again.");
        }
    }

    private Optional<Issue> createTicket(ApplicationUser user, Issue postMortem, Target target, Countermeasure cm,
                                         LocalDate due, String prefix, List<FieldError> errors) {
        if (cm.getSummary() == null || cm.getSummary().isBlank()) {
            errors.add(new FieldError(prefix + "summary", "Give the countermeasure a summary."));
        }
        ApplicationUser owner = null;
        if (cm.getOwner() != null && !cm.getOwner().isBlank()) {
            owner = userManager.getUserByName(cm.getOwner());
            if (owner == null) {
                owner = userManager.getUserByKey(cm.getOwner());
            }
            if (owner == null) {
                errors.add(new FieldError(prefix + "owner", "There is no Jira user '" + cm.getOwner() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        IssueInputParameters params = issueService.newIssueInputParameters();
        params.setProjectId(target.project().getId());
        params.setIssueTypeId(target.issueTypeId());
        params.setSummary(cm.getSummary());
        params.setDescription("Countermeasure from post-mortem " + postMortem.getKey() + ".");
        if (owner != null) {
            params.setAssigneeId(owner.getUsername());
        }
        params.setDueDate(dateFieldFormat.formatDatePicker(
                Date.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant())));
        priorityId(cm).ifPresent(params::setPriorityId);
        IssueService.CreateValidationResult validation = target.subTask()
                ? issueService.validateSubTaskCreate(user, postMortem.getId(), params)
                : issueService.validateCreate(user, params);
        if (!validation.isValid()) {
            errors.addAll(fieldErrors(validation.getErrorCollection(), prefix));
            return Optional.empty();
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid() || result.getIssue() == null) {
            errors.addAll(fieldErrors(result.getErrorCollection(), prefix));
            if (errors.isEmpty()) {
                errors.add(new FieldError(prefix + "issueKey", "Jira did not create the ticket."));
            }
            return Optional.empty();
        }
        return Optional.of(result.getIssue());
    }

    private Optional<String> priorityId(Countermeasure cm) {
        if (cm.getPriority() == null) {
            return Optional.empty();
        }
        for (Priority p : priorityManager.getPriorities()) {
            if (p.getName() != null && p.getName().trim().equalsIgnoreCase(cm.getPriority().name())) {
                return Optional.of(p.getId());
            }
        }
        return Optional.empty();
    }

    /** Jira's field ids mapped to the document's field names; unknown fields keep Jira's id. */
    private static final Map<String, String> FIELDS = Map.of("summary", "summary", "assignee", "owner",
            "duedate", "dueDate", "priority", "priority");

    static List<FieldError> fieldErrors(ErrorCollection collection, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (collection == null) {
            return errors;
        }
        if (collection.getErrors() != null) {
            collection.getErrors().forEach((field, message) -> errors.add(new FieldError(
                    prefix + FIELDS.getOrDefault(field.toLowerCase(Locale.ROOT), field), message)));
        }
        if (collection.getErrorMessages() != null) {
            for (String message : collection.getErrorMessages()) {
                errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), message));
            }
        }
        return errors;
    }

    /** Writes the ticket key (and the due date used) into the document now; reloads and retries on a race. */
    private StoredPostMortem record(Issue postMortem, StoredPostMortem stored, String countermeasureId,
                                    String ticketKey, LocalDate due) throws ConcurrentEditException {
        ConcurrentEditException last = null;
        StoredPostMortem current = stored;
        for (int attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
            PostMortem doc = current.document();
            for (Countermeasure cm : doc.getCountermeasures()) {
                if (countermeasureId.equals(cm.getId())) {
                    cm.setIssueKey(ticketKey);
                    if (cm.getDueDate() == null) {
                        cm.setDueDate(due);
                    }
                }
            }
            try {
                return postMortems.saveChecked(postMortem, doc, current.revision());
            } catch (ConcurrentEditException e) {
                last = e;
                current = postMortems.current(postMortem);
            }
        }
        throw last;
    }

    private Optional<FieldError> link(ApplicationUser user, Issue postMortem, Issue ticket, Target target,
                                      String prefix) {
        try {
            if (target.subTask()) {
                subTaskManager.createSubTaskIssueLink(postMortem, ticket, user);
            } else {
                issueLinkManager.createIssueLink(postMortem.getId(), ticket.getId(), target.linkTypeId(), null, user);
            }
            return Optional.empty();
        } catch (CreateException e) {
            return Optional.of(new FieldError(prefix + "issueKey", "Ticket " + ticket.getKey()
                    + " was created but could not be linked to " + postMortem.getKey() + ": link it by hand."));
        }
    }
}
