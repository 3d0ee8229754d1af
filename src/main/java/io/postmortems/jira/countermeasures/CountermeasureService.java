package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.DueDateTargets;
import io.postmortems.jira.review.ReviewConfigs;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** Saves tried when recording a ticket key while others save the document (each try reloads it). */
    static final int RECORD_ATTEMPTS = 25;
    /** How long a request waits for another node's or thread's ticket creation on the same post-mortem. */
    static final long LOCK_WAIT_SECONDS = 60;
    /** Prefix of the label that carries a countermeasure's kind onto its ticket, e.g. {@code countermeasure-detect}. */
    static final String KIND_LABEL_PREFIX = "countermeasure-";
    private static final Logger LOG = LoggerFactory.getLogger(CountermeasureService.class);

    private final IssueService issueService;
    private final SubTaskManager subTaskManager;
    private final IssueLinkManager issueLinkManager;
    private final UserManager userManager;
    private final PriorityManager priorityManager;
    private final DateFieldFormat dateFieldFormat;
    private final LabelManager labelManager;
    private final PostMortemPermissions permissions;
    private final PostMortemService postMortems;
    private final SettingsStore settings;
    private final CountermeasureTargets targets;
    private final ClusterLocks locks;
    private final Clock clock;

    @Inject
    public CountermeasureService(@ComponentImport IssueService issueService,
                                 @ComponentImport SubTaskManager subTaskManager,
                                 @ComponentImport IssueLinkManager issueLinkManager,
                                 @ComponentImport UserManager userManager,
                                 @ComponentImport PriorityManager priorityManager,
                                 @ComponentImport DateFieldFormat dateFieldFormat,
                                 @ComponentImport LabelManager labelManager,
                                 PostMortemPermissions permissions, PostMortemService postMortems,
                                 SettingsStore settings, CountermeasureTargets targets, ClusterLocks locks) {
        this(issueService, subTaskManager, issueLinkManager, userManager, priorityManager, dateFieldFormat,
                labelManager, permissions, postMortems, settings, targets, locks, Clock.systemDefaultZone());
    }

    CountermeasureService(IssueService issueService, SubTaskManager subTaskManager, IssueLinkManager issueLinkManager,
                          UserManager userManager, PriorityManager priorityManager, DateFieldFormat dateFieldFormat,
                          LabelManager labelManager, PostMortemPermissions permissions, PostMortemService postMortems,
                          SettingsStore settings, CountermeasureTargets targets, ClusterLocks locks, Clock clock) {
        this.issueService = issueService;
        this.subTaskManager = subTaskManager;
        this.issueLinkManager = issueLinkManager;
        this.userManager = userManager;
        this.priorityManager = priorityManager;
        this.dateFieldFormat = dateFieldFormat;
        this.labelManager = labelManager;
        this.permissions = permissions;
        this.postMortems = postMortems;
        this.settings = settings;
        this.targets = targets;
        this.locks = locks;
        this.clock = clock;
    }

    /** Where the batch's tickets go, resolved once. */
    private record Target(Project project, String issueTypeId, Long linkTypeId, boolean subTask) {
    }

    /**
     * Creates tickets for every countermeasure that has none yet; one result per countermeasure, in order. One
     * creation per post-mortem at a time across the cluster: a second request waits for the first and then finds its
     * tickets recorded, so overlapping clicks never create two tickets for one countermeasure.
     */
    public List<CreationResult> createPending(ApplicationUser user, String issueKey) throws ServiceException {
        Issue postMortem = postMortems.editableIssue(user, issueKey);
        AppSettings appSettings = settings.load();
        Target target = target(postMortem, appSettings);
        if (!permissions.canCreateIn(target.project(), user)) {
            throw ServiceException.of(FORBIDDEN, "", "postmortems.error.cm.noCreate", target.project().getKey());
        }
        if (!target.subTask() && !permissions.canLink(postMortem, user)) {
            throw ServiceException.of(FORBIDDEN, "", "postmortems.error.cm.noLink", postMortem.getKey());
        }
        ServiceException[] failure = {null};
        Optional<List<CreationResult>> done;
        try {
            done = locks.withLock("countermeasures." + postMortem.getId(), LOCK_WAIT_SECONDS, () -> {
                try {
                    return createUnderLock(user, postMortem, appSettings, target);
                } catch (ServiceException e) {
                    failure[0] = e;
                    return null;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.of(CONFLICT, "", "postmortems.error.cm.busy");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return done.orElseThrow(() -> ServiceException.of(CONFLICT, "", "postmortems.error.cm.busy"));
    }

    private List<CreationResult> createUnderLock(ApplicationUser user, Issue postMortem, AppSettings appSettings,
                                                 Target target) throws ServiceException {
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
                    : defaultDueDate(stored.document(), appSettings);
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
                errors.add(FieldError.of(prefix + "issueKey", "postmortems.error.cm.notRecorded", ticket.getKey()));
                results.add(new CreationResult(cm.getId(), CreationResult.Outcome.CREATED_NOT_LINKED, ticket.getKey(),
                        errors));
                continue;
            }
            label(user, ticket, cm.getKind());
            Optional<FieldError> linkError = link(user, postMortem, ticket, target, prefix);
            results.add(linkError.map(err -> new CreationResult(cm.getId(), CreationResult.Outcome.CREATED_NOT_LINKED,
                            ticket.getKey(), List.of(err)))
                    .orElseGet(() -> new CreationResult(cm.getId(), CreationResult.Outcome.CREATED, ticket.getKey(),
                            List.of())));
        }
        return results;
    }

    /**
     * The due-date target of the severity ({@link DueDateTargets#suggestedDueDate}): the incident's day plus the
     * administrator's weeks while that is still ahead, else today plus those weeks.
     */
    LocalDate defaultDueDate(PostMortem document, AppSettings appSettings) {
        return DueDateTargets.suggestedDueDate(document, ReviewConfigs.from(appSettings), LocalDate.now(clock));
    }

    private Target target(Issue postMortem, AppSettings appSettings) throws ServiceException {
        if (appSettings.countermeasureMode() == AppSettings.CountermeasureMode.LINKED_ISSUE) {
            String projectKey = appSettings.countermeasureProjectKey();
            Project project = (projectKey == null ? Optional.<Project>empty() : targets.project(projectKey))
                    .orElseThrow(() -> ServiceException.of(INVALID, "countermeasureProjectKey",
                            "postmortems.error.cm.projectMissing", projectKey));
            String type = targets.issueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID,
                    "countermeasureProjectKey", "postmortems.error.cm.noIssueType", project.getKey()));
            Long link = targets.linkTypeId().orElseThrow(() -> ServiceException.of(INVALID, "",
                    "postmortems.error.cm.noLinkType"));
            return new Target(project, type, link, false);
        }
        Project project = postMortem.getProjectObject();
        String type = targets.subTaskIssueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID, "",
                "postmortems.error.cm.noSubTaskType", project.getKey()));
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
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.retry");
        }
    }

    private Optional<Issue> createTicket(ApplicationUser user, Issue postMortem, Target target, Countermeasure cm,
                                         LocalDate due, String prefix, List<FieldError> errors) {
        if (cm.getSummary() == null || cm.getSummary().isBlank()) {
            errors.add(FieldError.of(prefix + "summary", "postmortems.error.cm.summary"));
        }
        // every countermeasure ticket has an owner: an unassigned one is a commitment nobody holds
        ApplicationUser owner = TicketFields.owner(userManager, cm.getOwner()).orElse(null);
        if (cm.getOwner() == null || cm.getOwner().isBlank()) {
            errors.add(FieldError.of(prefix + "owner", "postmortems.error.cm.ownerRequired"));
        } else if (owner == null) {
            errors.add(FieldError.of(prefix + "owner", "postmortems.error.cm.owner", cm.getOwner()));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        IssueInputParameters params = issueService.newIssueInputParameters();
        params.setProjectId(target.project().getId());
        params.setIssueTypeId(target.issueTypeId());
        params.setSummary(cm.getSummary());
        params.setDescription("Countermeasure from post-mortem " + postMortem.getKey() + ".");
        params.setAssigneeId(owner.getUsername());
        params.setDueDate(TicketFields.dueDate(dateFieldFormat, due));
        TicketFields.priorityId(priorityManager, cm.getPriority()).ifPresent(params::setPriorityId);
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
                errors.add(FieldError.of(prefix + "issueKey", "postmortems.error.cm.notCreated"));
            }
            return Optional.empty();
        }
        return Optional.of(result.getIssue());
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

    /** Writes the ticket key (and the due date used) into the document now; reloads and retries on a race. */
    private StoredPostMortem record(Issue postMortem, StoredPostMortem stored, String countermeasureId,
                                    String ticketKey, LocalDate due) throws ConcurrentEditException {
        ConcurrentEditException last = null;
        StoredPostMortem current = stored;
        for (int attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
            PostMortem doc = current.document();
            for (Countermeasure cm : doc.getCountermeasures()) {
                if (countermeasureId.equals(cm.getId())) {
                    if (cm.getIssueKey() != null && !cm.getIssueKey().isBlank()) {
                        // never overwrite a recorded key (the lock makes this unreachable; the guard keeps it so)
                        throw new IllegalStateException("countermeasure " + countermeasureId + " already has ticket "
                                + cm.getIssueKey() + "; " + ticketKey + " was not recorded");
                    }
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

    /**
     * The label naming a countermeasure's kind, e.g. {@code countermeasure-mitigate}: lower case, and anything but
     * letters, digits, "-" and "_" becomes "-" (Jira labels hold no spaces).
     */
    static Optional<String> kindLabel(CountermeasureKind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(KIND_LABEL_PREFIX + kind.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-"));
    }

    /*
     * The kind travels as a label through LabelManager after the ticket exists: IssueInputParameters has no labels
     * setter (jira-api javadoc of IssueInputParameters lists none; only the untyped "web-style" action parameters),
     * while LabelManager.addLabel(user, issueId, label, sendNotification) is the documented public API. No
     * notification is sent (the creation already sent one). A label Jira refuses loses only the label: the ticket
     * exists and is recorded, so the batch goes on.
     */
    private void label(ApplicationUser user, Issue ticket, CountermeasureKind kind) {
        Optional<String> label = kindLabel(kind);
        if (label.isEmpty()) {
            return;
        }
        try {
            labelManager.addLabel(user, ticket.getId(), label.get(), false);
        } catch (RuntimeException e) {
            LOG.warn("Ticket {} was created, but Jira did not add the label {}: {}", ticket.getKey(), label.get(),
                    e.getMessage());
        }
    }

    /*
     * Why sub-tasks are linked by hand after IssueService.create (checked, not assumed). Sources read: jira-api
     * IssueService and jira-core DefaultIssueService, IssueCreateFunction and CreateSubTaskIssueDetails in the public
     * Jira source mirror turgaycelik/mysource (jira-project/jira-components, Jira 6.x), and the current Jira javadoc of
     * CreateSubTaskIssueDetails (docs.atlassian.com/jira/latest). DefaultIssueService.validateSubTaskCreate only sets
     * the parent id on the new MutableIssue; create() hands the issue to IssueManager.createIssue, whose workflow
     * create function (IssueCreateFunction) assigns the key and status and stores the fields, and nothing on that path
     * writes the parent/sub-task issue link. Jira's own "Create sub-task" action calls
     * SubTaskManager.createSubTaskIssueLink(parent, subTask, user) itself after creating (doPostCreationTasks), and
     * that action still exists with the same sub-task link constants in the current javadoc. So the explicit call
     * below is needed; without it the ticket has a parent id but does not show under the post-mortem's sub-tasks.
     * The 10.x/11.x jira-core sources were not reachable here; re-check if Atlassian documents a change.
     */
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
            return Optional.of(FieldError.of(prefix + "issueKey", "postmortems.error.cm.notLinked", ticket.getKey(),
                    postMortem.getKey()));
        }
    }
}
