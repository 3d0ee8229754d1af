package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.io.MarkdownImport;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.Approval;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.workflow.Lifecycle;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishGate;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.settings.WorkflowSettings;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;
import static io.postmortems.jira.service.ServiceException.Kind.NOT_FOUND;

/**
 * Reads and changes the post-mortem of an issue on behalf of a user: permission checks, optimistic revisions, stable
 * ids for timeline events and countermeasures, and server-owned fields (issue key, ticket keys, published page) that a
 * client can never overwrite.
 */
@Named
public class PostMortemService {
    private final IssueManager issueManager;
    private final PostMortemPermissions permissions;
    private final PostMortemStore store;
    private final SettingsStore settings;
    private final ConfiguredReview review;
    private final PublishGate gate;
    private final PublishRequests publishRequests;
    private final TicketUpdates ticketUpdates;
    private final Owners owners;
    private final RelatedIncidents related;
    private final Supplier<String> ids;
    private final Clock clock;
    private final PostMortemCodec codec = new PostMortemCodec();

    @Inject
    public PostMortemService(@ComponentImport IssueManager issueManager, PostMortemPermissions permissions,
                             PostMortemStore store, SettingsStore settings, ConfiguredReview review,
                             PublishGate gate, PublishRequests publishRequests, TicketUpdates ticketUpdates,
                             Owners owners, RelatedIncidents related) {
        this(issueManager, permissions, store, settings, review, gate, publishRequests, ticketUpdates,
                () -> UUID.randomUUID().toString(), Clock.systemUTC(), owners, related);
    }

    /**
     * Without owner checks ({@link Owners#UNCHECKED}) and issue links ({@link RelatedIncidents#UNLINKED}): for
     * callers that hold no Jira users or issues.
     */
    public PostMortemService(IssueManager issueManager, PostMortemPermissions permissions,
                             PostMortemStore store, SettingsStore settings, ConfiguredReview review,
                             PublishGate gate, PublishRequests publishRequests, TicketUpdates ticketUpdates) {
        this(issueManager, permissions, store, settings, review, gate, publishRequests, ticketUpdates,
                Owners.UNCHECKED, RelatedIncidents.UNLINKED);
    }

    PostMortemService(IssueManager issueManager, PostMortemPermissions permissions, PostMortemStore store,
                      SettingsStore settings, ConfiguredReview review, PublishGate gate,
                      PublishRequests publishRequests, TicketUpdates ticketUpdates, Supplier<String> ids) {
        this(issueManager, permissions, store, settings, review, gate, publishRequests, ticketUpdates, ids,
                Clock.systemUTC());
    }

    PostMortemService(IssueManager issueManager, PostMortemPermissions permissions, PostMortemStore store,
                      SettingsStore settings, ConfiguredReview review, PublishGate gate,
                      PublishRequests publishRequests, TicketUpdates ticketUpdates, Supplier<String> ids, Clock clock) {
        this(issueManager, permissions, store, settings, review, gate, publishRequests, ticketUpdates, ids, clock,
                Owners.UNCHECKED, RelatedIncidents.UNLINKED);
    }

    private PostMortemService(IssueManager issueManager, PostMortemPermissions permissions, PostMortemStore store,
                              SettingsStore settings, ConfiguredReview review, PublishGate gate,
                              PublishRequests publishRequests, TicketUpdates ticketUpdates, Supplier<String> ids,
                              Clock clock, Owners owners, RelatedIncidents related) {
        this.owners = owners;
        this.related = related;
        this.clock = clock;
        this.issueManager = issueManager;
        this.permissions = permissions;
        this.store = store;
        this.settings = settings;
        this.review = review;
        this.gate = gate;
        this.publishRequests = publishRequests;
        this.ticketUpdates = ticketUpdates;
        this.ids = ids;
    }

    /**
     * A document as read, with what the panel and REST clients show next to it.
     *
     * @param warnings what a save did but could not finish, e.g. a countermeasure ticket Jira did not update after the
     *                 document was saved (field names as in errors); empty for reads
     */
    public record Loaded(Issue issue, PostMortem document, long revision, ReviewReport review,
                         IncidentMetrics metrics, List<FieldError> warnings) {
        public Loaded {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        public Loaded(Issue issue, PostMortem document, long revision, ReviewReport review, IncidentMetrics metrics) {
            this(issue, document, revision, review, metrics, List.of());
        }

        Loaded withWarnings(List<FieldError> more) {
            return more.isEmpty() ? this : new Loaded(issue, document, revision, review, metrics, more);
        }
    }

    /** The post-mortem issue, if the user may see it; otherwise NOT_FOUND (Jira does not reveal hidden issues). */
    public Issue visibleIssue(ApplicationUser user, String issueKey) throws ServiceException {
        Issue issue = issueKey == null ? null : issueManager.getIssueObject(issueKey);
        if (issue == null || !permissions.canBrowse(issue, user)) {
            throw ServiceException.of(NOT_FOUND, "issueKey", "postmortems.error.issue.notFound", issueKey);
        }
        if (!PostMortemIssues.isPostMortem(issue)) {
            throw ServiceException.of(NOT_FOUND, "issueKey", "postmortems.error.issue.notPostMortem", issueKey);
        }
        return issue;
    }

    /** The post-mortem issue, if the user may change it. */
    public Issue editableIssue(ApplicationUser user, String issueKey) throws ServiceException {
        Issue issue = visibleIssue(user, issueKey);
        if (!permissions.canEdit(issue, user)) {
            throw ServiceException.of(FORBIDDEN, "issueKey", "postmortems.error.issue.noEdit", issueKey);
        }
        return issue;
    }

    public Loaded read(ApplicationUser user, String issueKey) throws ServiceException {
        Issue issue = visibleIssue(user, issueKey);
        return loaded(issue, current(issue));
    }

    /** Loads the stored document of a visible issue (revision 0 and a fresh document when there is none yet). */
    public StoredPostMortem current(Issue issue) {
        return store.load(issue.getId()).orElseGet(() -> {
            PostMortem fresh = new PostMortem();
            fresh.setIssueKey(issue.getKey());
            fresh.setTitle(issue.getSummary());
            return new StoredPostMortem(issue.getId(), fresh, 0);
        });
    }

    /**
     * Replaces the editable sections with {@code incoming}, if nobody saved since {@code expectedRevision}, and brings
     * the Jira tickets of edited countermeasures (summary, owner, due date, priority) in step, as {@code user}.
     *
     * <p>Order: (1) every ticket change is validated with Jira and any refusal answers INVALID with nothing saved
     * and no ticket touched; (2) the document is saved under its revision; (3) the validated ticket changes are made,
     * and one Jira did not make comes back as a warning in {@link Loaded#warnings()}. Why this order: the document is
     * the author's work and must never be lost or half-applied, and the app cannot undo a Jira update (it fires
     * events, notifications and listeners). Validating first catches what Jira would refuse (permissions, closed
     * workflow step, unknown assignee, required fields) before anything changes; saving before updating means a
     * revision conflict or storage failure changes no ticket; the only remaining gap, Jira failing between its own
     * validation and update, leaves the document saved (the source of truth) and tells the author which ticket lags.
     * A countermeasure removed from the document keeps its ticket: tickets are never deleted from here.
     */
    public Loaded update(ApplicationUser user, String issueKey, long expectedRevision, PostMortem incoming)
            throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        if (incoming == null) {
            throw ServiceException.of(INVALID, "document", "postmortems.error.document.missing");
        }
        StoredPostMortem current = current(issue);
        keepServerOwnedFields(issue, current.document(), incoming);
        validateTimeline(incoming.getTimeline());
        validateCountermeasureIds(incoming.getCountermeasures());
        rejectUnassignableOwners(issue, current.document().getCountermeasures(), incoming.getCountermeasures());
        List<FieldError> unrelated = related.check(user, current.document().getRelatedIncidents(),
                incoming.getRelatedIncidents());
        if (!unrelated.isEmpty()) {
            throw new ServiceException(INVALID, unrelated);
        }
        rejectOversized(incoming); // before Jira is asked about ticket changes
        if (current.revision() != expectedRevision) {
            // stale edit: answer the conflict before asking Jira about ticket changes computed from another revision
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    current.revision(), expectedRevision);
        }
        TicketUpdates.Prepared tickets = ticketUpdates.prepare(user, current.document().getCountermeasures(),
                incoming.getCountermeasures());
        current.document().setIssueKey(issue.getKey()); // compare content only: a missing key is no one's edit
        if (!codec.writeJson(incoming).equals(codec.writeJson(current.document()))) {
            edited(user, incoming);
        }
        List<String> relatedBefore = List.copyOf(current.document().getRelatedIncidents());
        Loaded saved = save(user, issue, incoming, expectedRevision);
        List<FieldError> warnings = new ArrayList<>(tickets.apply());
        warnings.addAll(related.link(user, issue, relatedBefore, incoming.getRelatedIncidents()));
        return saved.withWarnings(warnings);
    }

    /** What an import saved, and one line per piece of the Markdown kept in notes (heading: why), as the CLI lists. */
    public record Imported(Loaded loaded, List<String> unmapped) {
        public Imported {
            unmapped = List.copyOf(unmapped);
        }
    }

    /** The heading of the note that keeps imported related-incident keys Jira cannot link for this user. */
    static final String UNLINKED_INCIDENTS_NOTE = "Related incidents";
    private static final Pattern RELATED_FIELD = Pattern.compile("^relatedIncidents\\[(\\d+)]$");

    /**
     * Turns a Markdown post-mortem into this issue's document through the same {@link MarkdownImport} as the CLI's
     * {@code import}, if nobody saved since {@code expectedRevision}. The Markdown is at most
     * {@link DocumentLimits#MAX_STORED_CHARS} characters and may hold no NUL or half surrogate pair ("markdown" field
     * errors); its text only ever becomes document text, never markup.
     *
     * <p>An import replaces the editable content. A post-mortem that already has content ({@link #hasContent}) is
     * never replaced unless {@code replace} confirms it: without it the answer is CONFLICT naming the field
     * {@code replace}, and nothing changes. Server-owned fields (status, approval, authors, page, draft timeline,
     * revisits) stay as they are, as on every save. Owners are kept as written (the ticket creation asks Jira about
     * them); related-incident keys that name no issue the user may browse move to a note, so no text is dropped.
     */
    public Imported importMarkdown(ApplicationUser user, String issueKey, long expectedRevision, String markdown,
                                   boolean replace) throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        if (markdown == null || markdown.isBlank()) {
            throw ServiceException.of(INVALID, "markdown", "postmortems.error.import.empty");
        }
        if (markdown.length() > DocumentLimits.MAX_STORED_CHARS) {
            throw ServiceException.of(INVALID, "markdown", "postmortems.error.import.tooLong",
                    DocumentLimits.MAX_STORED_CHARS, markdown.length());
        }
        if (!DocumentLimits.isWritable(markdown)) {
            throw ServiceException.of(INVALID, "markdown", "postmortems.error.text.unwritable");
        }
        StoredPostMortem current = currentAt(issue, expectedRevision);
        if (!replace && hasContent(issue, current.document())) {
            throw ServiceException.of(CONFLICT, "replace", "postmortems.error.import.hasContent", issue.getKey());
        }
        MarkdownImport.Result result = new MarkdownImport().read(markdown);
        PostMortem imported = result.document();
        List<String> unmapped = new ArrayList<>(result.unmapped());
        keepServerOwnedFields(issue, current.document(), imported);
        validateTimeline(imported.getTimeline());
        List<String> relatedBefore = List.copyOf(current.document().getRelatedIncidents());
        unlinkable(user, relatedBefore, imported, unmapped);
        edited(user, imported);
        Loaded saved = save(user, issue, imported, expectedRevision);
        List<FieldError> warnings = related.link(user, issue, relatedBefore, imported.getRelatedIncidents());
        return new Imported(saved.withWarnings(warnings), unmapped);
    }

    /** Imported related-incident keys the user may not link move to a note (and an unmapped line), in their order. */
    private void unlinkable(ApplicationUser user, List<String> before, PostMortem imported, List<String> unmapped) {
        List<String> keys = imported.getRelatedIncidents();
        Set<String> refused = new HashSet<>();
        for (FieldError error : related.check(user, before, keys)) {
            Matcher m = RELATED_FIELD.matcher(error.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < keys.size()) {
                refused.add(keys.get(Integer.parseInt(m.group(1))));
            }
        }
        if (refused.isEmpty()) {
            return;
        }
        List<String> moved = keys.stream().filter(refused::contains).toList();
        imported.setRelatedIncidents(new ArrayList<>(keys.stream().filter(k -> !refused.contains(k)).toList()));
        imported.getNotes().add(new Note(UNLINKED_INCIDENTS_NOTE, String.join(", ", moved)));
        unmapped.add(UNLINKED_INCIDENTS_NOTE + ": " + String.join(", ", moved)
                + " (no issue you may browse; kept in notes)");
    }

    /**
     * Whether an import would replace something a person wrote: any content beyond what the server owns and a title
     * that is still the issue's summary.
     */
    boolean hasContent(Issue issue, PostMortem doc) {
        return !content(issue, doc).equals(content(issue, new PostMortem()));
    }

    private ObjectNode content(Issue issue, PostMortem doc) {
        ObjectNode tree = codec.jsonMapper().valueToTree(doc);
        tree.remove(List.of("schemaVersion", "issueKey", "status", "approval", "authors", "page", "announcedAt",
                "draftTimeline", "revisits"));
        String title = doc.getTitle();
        if (title == null || title.isBlank() || title.equals(issue.getSummary())) {
            tree.remove("title");
        }
        return tree;
    }

    /**
     * Adds an event to the revision the user saw: {@code expectedRevision} is required, and a stale one answers
     * CONFLICT before anything is read from the event, so nobody's edit is silently built on another revision.
     */
    public Loaded addEvent(ApplicationUser user, String issueKey, long expectedRevision, TimelineEvent event)
            throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        PostMortem doc = current.document();
        if (event == null) {
            throw ServiceException.of(INVALID, "event", "postmortems.error.event.missing");
        }
        event.setId(ids.get());
        validateEvent(event, "");
        doc.getTimeline().add(event);
        edited(user, doc);
        return saveEvent(user, issue, doc, expectedRevision, doc.getTimeline().size() - 1);
    }

    public Loaded editEvent(ApplicationUser user, String issueKey, String eventId, long expectedRevision,
                            TimelineEvent event) throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        PostMortem doc = current.document();
        int index = indexOfEvent(doc, eventId);
        if (event == null) {
            throw ServiceException.of(INVALID, "event", "postmortems.error.event.missing");
        }
        event.setId(eventId);
        validateEvent(event, "");
        doc.getTimeline().set(index, event);
        edited(user, doc);
        return saveEvent(user, issue, doc, expectedRevision, index);
    }

    public Loaded removeEvent(ApplicationUser user, String issueKey, String eventId, long expectedRevision)
            throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        PostMortem doc = current.document();
        doc.getTimeline().remove(indexOfEvent(doc, eventId));
        edited(user, doc);
        return save(user, issue, doc, expectedRevision);
    }

    /**
     * Accepts an entry of the draft timeline (drafted from the incident): it moves to the timeline, in time order
     * among the entries there, unchanged. A stale revision answers CONFLICT.
     */
    public Loaded acceptDraft(ApplicationUser user, String issueKey, String draftId, long expectedRevision)
            throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        PostMortem doc = currentAt(issue, expectedRevision).document();
        TimelineEvent draft = doc.getDraftTimeline().remove(indexOfDraft(doc, draftId));
        List<TimelineEvent> timeline = doc.getTimeline();
        int at = 0;
        while (at < timeline.size() && (timeline.get(at).getAt() == null
                || !timeline.get(at).getAt().toInstant().isAfter(draft.getAt().toInstant()))) {
            at++;
        }
        timeline.add(at, draft);
        edited(user, doc);
        return save(user, issue, doc, expectedRevision);
    }

    /** Drops an entry of the draft timeline; it never reaches the timeline. A stale revision answers CONFLICT. */
    public Loaded dropDraft(ApplicationUser user, String issueKey, String draftId, long expectedRevision)
            throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        PostMortem doc = currentAt(issue, expectedRevision).document();
        doc.getDraftTimeline().remove(indexOfDraft(doc, draftId));
        return save(user, issue, doc, expectedRevision);
    }

    private static int indexOfDraft(PostMortem doc, String draftId) throws ServiceException {
        List<TimelineEvent> drafts = doc.getDraftTimeline();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).getId() != null && drafts.get(i).getId().equals(draftId) && drafts.get(i).getAt() != null) {
                return i;
            }
        }
        throw ServiceException.of(NOT_FOUND, "draftId", "postmortems.error.draft.notFound", draftId);
    }

    /** Saves after an event change; problems of that event name its fields as the request did ("text"). */
    private Loaded saveEvent(ApplicationUser user, Issue issue, PostMortem doc, long expectedRevision, int index)
            throws ServiceException {
        try {
            return save(user, issue, doc, expectedRevision);
        } catch (ServiceException e) {
            String prefix = "timeline[" + index + "].";
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(error.field().startsWith(prefix)
                        ? new FieldError(error.field().substring(prefix.length()), error.messageKey(), error.args())
                        : error);
            }
            throw new ServiceException(e.kind(), errors);
        }
    }

    /** The stored document, if it is still at the revision the user saw; otherwise CONFLICT. */
    private StoredPostMortem currentAt(Issue issue, long expectedRevision) throws ServiceException {
        StoredPostMortem current = current(issue);
        if (current.revision() != expectedRevision) {
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    current.revision(), expectedRevision);
        }
        return current;
    }

    /**
     * Moves the post-mortem to {@code target} along the review lifecycle ({@link Lifecycle}), if nobody saved since
     * {@code expectedRevision}. Needs only to see the issue: whether the user may make this step (editor, approver,
     * not the only author) is the lifecycle rule's answer, with the facts from {@link PostMortemPermissions}.
     * Approving records the approver and the time; going back to review or draft forgets the approval.
     */
    public Loaded changeStatus(ApplicationUser user, String issueKey, Status target, long expectedRevision)
            throws ServiceException {
        Issue issue = visibleIssue(user, issueKey);
        if (target == null) {
            throw ServiceException.of(INVALID, "status", "postmortems.error.status.missing");
        }
        StoredPostMortem current = current(issue);
        if (current.revision() != expectedRevision) {
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    current.revision(), expectedRevision);
        }
        PostMortem doc = current.document();
        WorkflowSettings workflow = settings.load().workflow();
        Status from = doc.getStatus() == null ? Status.DRAFT : doc.getStatus();
        Optional<Lifecycle.Refusal> refusal = Lifecycle.check(from, target, actor(issue, user, workflow),
                doc.getAuthors(), policy(workflow));
        if (refusal.isPresent()) {
            throw refused(refusal.get(), issue, from, target);
        }
        doc.setStatus(target);
        if (target == Status.APPROVED) {
            doc.setApproval(new Approval(user.getKey(), user.getDisplayName(), OffsetDateTime.now(clock)));
        } else if (!Lifecycle.keepsApproval(target)) {
            doc.setApproval(null);
        }
        return save(user, issue, doc, expectedRevision);
    }

    /**
     * Where the post-mortem stands in review and what {@code user} may do next, for the panel: its status, the
     * statuses the user may move it to (Published never among them: that is the publish button's), the approval.
     */
    public LifecycleState lifecycle(ApplicationUser user, Issue issue, PostMortem doc) {
        WorkflowSettings workflow = settings.load().workflow();
        Status status = doc.getStatus() == null ? Status.DRAFT : doc.getStatus();
        return new LifecycleState(status, Lifecycle.nextSteps(status, actor(issue, user, workflow), doc.getAuthors(),
                policy(workflow)), doc.getApproval(), user != null && permissions.canEdit(issue, user));
    }

    /**
     * @param status    current status
     * @param nextSteps statuses the viewer may move it to now, in lifecycle order
     * @param approval  approver and time, when approved or published; null otherwise
     * @param canPublish the viewer may ask for publishing
     */
    public record LifecycleState(Status status, List<Status> nextSteps, Approval approval, boolean canPublish) {
        public LifecycleState {
            nextSteps = List.copyOf(nextSteps);
        }
    }

    private Lifecycle.Actor actor(Issue issue, ApplicationUser user, WorkflowSettings workflow) {
        return new Lifecycle.Actor(user == null ? null : user.getKey(), user != null && permissions.canEdit(issue, user),
                permissions.canApprove(issue, user, workflow));
    }

    private static Lifecycle.Policy policy(WorkflowSettings workflow) {
        return new Lifecycle.Policy(workflow.forbidSelfApproval(), workflow.editReturnsToReview());
    }

    private static ServiceException refused(Lifecycle.Refusal refusal, Issue issue, Status from, Status to) {
        String fromWord = from.name();
        String toWord = to.name();
        return switch (refusal) {
            case UNCHANGED -> ServiceException.of(CONFLICT, "status", "postmortems.error.status.unchanged", toWord);
            case PUBLISH_ONLY -> ServiceException.of(INVALID, "status", "postmortems.error.status.publishOnly");
            case NO_SUCH_STEP -> ServiceException.of(INVALID, "status", "postmortems.error.status.noSuchStep",
                    fromWord, toWord);
            case NOT_EDITOR -> ServiceException.of(FORBIDDEN, "status", "postmortems.error.status.notEditor",
                    issue.getKey(), toWord);
            case NOT_APPROVER -> ServiceException.of(FORBIDDEN, "status", "postmortems.error.status.notApprover",
                    issue.getKey());
            case ONLY_AUTHOR -> ServiceException.of(FORBIDDEN, "status", "postmortems.error.status.onlyAuthor");
        };
    }

    /**
     * A saved change of the content by {@code user}: the user becomes one of its authors, and an approved post-mortem
     * returns to review when the administrator asked for that (forgetting the approval).
     */
    private void edited(ApplicationUser user, PostMortem doc) {
        if (user != null && !doc.getAuthors().contains(user.getKey())) {
            doc.getAuthors().add(user.getKey());
        }
        Status after = Lifecycle.afterEdit(doc.getStatus(), policy(settings.load().workflow()));
        if (after != doc.getStatus()) {
            doc.setStatus(after);
        }
        if (!Lifecycle.keepsApproval(doc.getStatus())) {
            doc.setApproval(null);
        }
    }

    /**
     * Queues a "publish now" for the post-mortem. When the settings say error-level findings block publishing, those
     * findings come back as field errors instead.
     */
    public void publish(ApplicationUser user, String issueKey) throws ServiceException {
        Issue issue = editableIssue(user, issueKey);
        if (user == null) {
            throw ServiceException.of(FORBIDDEN, "", "postmortems.error.publish.login");
        }
        List<Finding> blocking = gate.blockingFindings(current(issue).document(), settings.load());
        if (!blocking.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (Finding f : blocking) {
                errors.add(FieldError.of(f.path(), f.message()));
            }
            throw new ServiceException(INVALID, errors);
        }
        publishRequests.request(issue.getId(), user.getKey(), PublishRequests.Trigger.PUBLISH_NOW);
    }

    /**
     * Saves a document the caller already checked; used by the countermeasure service to record ticket keys the
     * moment tickets exist.
     */
    public StoredPostMortem saveChecked(Issue issue, PostMortem doc, long expectedRevision)
            throws ConcurrentEditException {
        return store.save(issue.getId(), doc, expectedRevision);
    }

    /**
     * Every user save goes through here: the countermeasures' statuses are taken from their tickets as {@code user},
     * then the whole resulting document is measured as it would be stored.
     */
    private Loaded save(ApplicationUser user, Issue issue, PostMortem doc, long expectedRevision)
            throws ServiceException {
        ticketUpdates.takeTicketStatuses(user, doc);
        rejectOversized(doc);
        try {
            return loaded(issue, store.save(issue.getId(), doc, expectedRevision));
        } catch (ConcurrentEditException e) {
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    e.currentRevision(), expectedRevision);
        }
    }

    public Loaded loaded(Issue issue, StoredPostMortem stored) {
        PostMortem doc = stored.document();
        return new Loaded(issue, doc, stored.revision(), review.review(doc, settings.load()), IncidentMetrics.of(doc));
    }

    private static int indexOfEvent(PostMortem doc, String eventId) throws ServiceException {
        List<TimelineEvent> timeline = doc.getTimeline();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).getId() != null && timeline.get(i).getId().equals(eventId)) {
                return i;
            }
        }
        throw ServiceException.of(NOT_FOUND, "eventId", "postmortems.error.event.notFound", eventId);
    }

    /**
     * Fields only the server sets. The status changes through {@link #changeStatus} (and an edit's effect on it, see
     * {@link #edited}) and publishing only; approval, authors and the announcement time are the app's records; a
     * countermeasure's ticket key, {@code doneOn} and {@code deletedIssueKey} come from its ticket; effectiveness checks,
     * follow-up links and revisits are recorded by {@link FollowThroughService}.
     */
    /**
     * A countermeasure without a ticket is done when its author marks it so: the day of that save becomes its done
     * day (kept on later saves), so its effectiveness check falls due as for a resolved ticket; marked anything else,
     * it has none. Countermeasures with a ticket take their done day from the ticket's resolution only.
     */
    private void doneWithoutTicket(Countermeasure cm) {
        if (cm.getIssueKey() != null && !cm.getIssueKey().isBlank()) {
            return;
        }
        if (cm.getStatus() != io.postmortems.core.model.CountermeasureStatus.DONE) {
            cm.setDoneOn(null);
        } else if (cm.getDoneOn() == null) {
            cm.setDoneOn(java.time.LocalDate.now(clock));
        }
    }

    private void keepServerOwnedFields(Issue issue, PostMortem current, PostMortem incoming) {
        incoming.setIssueKey(issue.getKey());
        incoming.setPage(current.getPage());
        incoming.setExternalPage(current.getExternalPage());
        incoming.setStatus(current.getStatus());
        incoming.setApproval(current.getApproval());
        incoming.setAuthors(new ArrayList<>(current.getAuthors()));
        incoming.setAnnouncedAt(current.getAnnouncedAt());
        incoming.setDraftTimeline(new ArrayList<>(current.getDraftTimeline())); // accepted or dropped one by one
        incoming.setRevisits(new ArrayList<>(current.getRevisits())); // recorded through FollowThroughService only
        Map<String, Countermeasure> byId = new HashMap<>();
        for (Countermeasure cm : current.getCountermeasures()) {
            if (cm.getId() != null) {
                byId.put(cm.getId(), cm);
            }
        }
        for (Countermeasure cm : incoming.getCountermeasures()) {
            if (cm.getId() == null || cm.getId().isBlank()) {
                cm.setId(ids.get());
                cm.setIssueKey(null);
                cm.setDoneOn(null);
                cm.setDeletedIssueKey(null);
                cm.setEffectiveness(null);
                cm.setFollowUpOf(null);
            } else {
                Countermeasure before = byId.get(cm.getId());
                cm.setIssueKey(before == null ? null : before.getIssueKey());
                cm.setDoneOn(before == null ? null : before.getDoneOn());
                cm.setDeletedIssueKey(before == null ? null : before.getDeletedIssueKey());
                cm.setEffectiveness(before == null ? null : before.getEffectiveness());
                cm.setFollowUpOf(before == null ? null : before.getFollowUpOf());
            }
            doneWithoutTicket(cm);
        }
        for (TimelineEvent event : incoming.getTimeline()) {
            if (event.getId() == null || event.getId().isBlank()) {
                event.setId(ids.get());
            }
        }
    }

    private static void validateTimeline(List<TimelineEvent> timeline) throws ServiceException {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEvent event = timeline.get(i);
            String prefix = "timeline[" + i + "].";
            errors.addAll(eventErrors(event, prefix));
            if (!seen.add(event.getId())) {
                errors.add(FieldError.of(prefix + "id", "postmortems.error.event.duplicateId", event.getId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
    }

    private static void validateCountermeasureIds(List<Countermeasure> countermeasures) throws ServiceException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countermeasures.size(); i++) {
            if (!seen.add(countermeasures.get(i).getId())) {
                throw ServiceException.of(INVALID, "countermeasures[" + i + "].id",
                        "postmortems.error.countermeasure.duplicateId", countermeasures.get(i).getId());
            }
        }
    }

    /** A countermeasure owner as people read it: the Jira user's display name, else as stored. */
    public String ownerName(String owner) {
        return owners.displayName(owner);
    }

    /**
     * A countermeasure whose owner is new or changed must name a user who can be assigned its ticket; an owner saved
     * before keeps being accepted (losing the permission later must not block unrelated edits), a blank one too (the
     * ticket creation asks for it).
     */
    private void rejectUnassignableOwners(Issue issue, List<Countermeasure> stored, List<Countermeasure> incoming)
            throws ServiceException {
        Map<String, String> before = new HashMap<>();
        for (Countermeasure cm : stored) {
            if (cm.getId() != null && cm.getOwner() != null) {
                before.put(cm.getId(), cm.getOwner().strip());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            String owner = incoming.get(i).getOwner() == null ? "" : incoming.get(i).getOwner().strip();
            if (!owner.isEmpty() && !owner.equals(before.get(incoming.get(i).getId()))
                    && !owners.assignable(issue, owner)) {
                errors.add(FieldError.of("countermeasures[" + i + "].owner",
                        "postmortems.error.cm.ownerNotAssignable", owner, issue.getProjectObject() == null ? ""
                                : issue.getProjectObject().getKey()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
    }

    private static void rejectOversized(PostMortem document) throws ServiceException {
        List<FieldError> errors = TextLimits.check(document);
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
    }

    private static void validateEvent(TimelineEvent event, String prefix) throws ServiceException {
        List<FieldError> errors = eventErrors(event, prefix);
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
    }

    private static List<FieldError> eventErrors(TimelineEvent event, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (event.getAt() == null) {
            errors.add(FieldError.of(prefix + "at", "postmortems.error.event.at"));
        }
        if (event.getText() == null || event.getText().isBlank()) {
            errors.add(FieldError.of(prefix + "text", "postmortems.error.event.text"));
        }
        if (event.getKind() == null) {
            errors.add(FieldError.of(prefix + "kind", "postmortems.error.event.kind"));
        }
        return errors;
    }
}
