package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.Countermeasure;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;

/**
 * Turns the pending countermeasures of a post-mortem into Jira tickets ({@link TicketCreator} makes each one, as the
 * current user). A sub-task of the post-mortem by default, or an issue in the configured project linked with the
 * "Countermeasure" link type. Ticket creation only: carrying later edits to a ticket is {@link CountermeasureSync}'s.
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

    private final TicketCreator tickets;
    private final PostMortemPermissions permissions;
    private final PostMortemService postMortems;
    private final SettingsStore settings;
    private final CountermeasureTargets targets;
    private final ClusterLocks locks;
    private final Clock clock;

    @Inject
    public CountermeasureService(TicketCreator tickets, PostMortemPermissions permissions,
                                 PostMortemService postMortems, SettingsStore settings, CountermeasureTargets targets,
                                 ClusterLocks locks) {
        this(tickets, permissions, postMortems, settings, targets, locks, Clock.systemDefaultZone());
    }

    CountermeasureService(TicketCreator tickets, PostMortemPermissions permissions, PostMortemService postMortems,
                          SettingsStore settings, CountermeasureTargets targets, ClusterLocks locks, Clock clock) {
        this.tickets = tickets;
        this.permissions = permissions;
        this.postMortems = postMortems;
        this.settings = settings;
        this.targets = targets;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Creates tickets for every countermeasure that has none yet; one result per countermeasure, in order. One
     * creation per post-mortem at a time across the cluster: a second request waits for the first and then finds its
     * tickets recorded, so overlapping clicks never create two tickets for one countermeasure.
     */
    public List<CreationResult> createPending(ApplicationUser user, String issueKey) throws ServiceException {
        Issue postMortem = postMortems.editableIssue(user, issueKey);
        AppSettings appSettings = settings.load();
        TicketTarget target = target(postMortem, appSettings);
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
                                                 TicketTarget target) throws ServiceException {
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
            Optional<Issue> created = tickets.create(user, postMortem, target, cm, due, prefix, errors);
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
            tickets.label(user, ticket, cm.getKind());
            Optional<FieldError> linkError = tickets.link(user, postMortem, ticket, target, prefix);
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

    private TicketTarget target(Issue postMortem, AppSettings appSettings) throws ServiceException {
        if (appSettings.countermeasureMode() == AppSettings.CountermeasureMode.LINKED_ISSUE) {
            String projectKey = appSettings.countermeasureProjectKey();
            Project project = (projectKey == null ? Optional.<Project>empty() : targets.project(projectKey))
                    .orElseThrow(() -> ServiceException.of(INVALID, "countermeasureProjectKey",
                            "postmortems.error.cm.projectMissing", projectKey));
            String type = targets.issueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID,
                    "countermeasureProjectKey", "postmortems.error.cm.noIssueType", project.getKey()));
            Long link = targets.linkTypeId().orElseThrow(() -> ServiceException.of(INVALID, "",
                    "postmortems.error.cm.noLinkType"));
            return new TicketTarget(project, type, link, false);
        }
        Project project = postMortem.getProjectObject();
        String type = targets.subTaskIssueTypeId(project).orElseThrow(() -> ServiceException.of(INVALID, "",
                "postmortems.error.cm.noSubTaskType", project.getKey()));
        return new TicketTarget(project, type, null, true);
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
}
