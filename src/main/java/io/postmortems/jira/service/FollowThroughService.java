package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Revisit;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;
import static io.postmortems.jira.service.ServiceException.Kind.NOT_FOUND;

/**
 * Records the follow-through of a post-mortem on behalf of a user who may edit it: the effectiveness check of a done
 * countermeasure, the follow-up of one found not effective, and a revisit of the published write-up. Each change is
 * made on the revision the user saw (a colleague's save in between is a CONFLICT) and records who and when; a
 * document save can never change these records ({@code PostMortemService} keeps them).
 */
@Named
public class FollowThroughService {
    private final PostMortemService postMortems;
    private final SettingsStore settings;
    private final Supplier<String> ids;
    private final Clock clock;

    @Inject
    /**
     * Refuses a user who may not edit the post-mortem (404 when they may not see it, 403 when they may not edit it):
     * the REST layer asks this before it reads a request body.
     */
    public void requireEditable(ApplicationUser user, String issueKey) throws ServiceException {
        postMortems.editableIssue(user, issueKey);
    }

    public FollowThroughService(PostMortemService postMortems, SettingsStore settings) {
        this(postMortems, settings, () -> UUID.randomUUID().toString(), Clock.systemUTC());
    }

    /** With the ids of new countermeasures and the clock given (tests, the journey rig). */
    public FollowThroughService(PostMortemService postMortems, SettingsStore settings, Supplier<String> ids,
                                Clock clock) {
        this.postMortems = postMortems;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Records whether a done countermeasure worked. {@code reason} is required whatever the outcome; a countermeasure
     * that is not done yet, or was already checked, is refused.
     */
    public PostMortemService.Loaded recordEffectiveness(ApplicationUser user, String issueKey, String countermeasureId,
                                                        long expectedRevision, EffectivenessOutcome outcome,
                                                        String reason) throws ServiceException {
        Issue issue = postMortems.editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        Countermeasure cm = countermeasure(current.document(), countermeasureId);
        if (outcome == null) {
            throw ServiceException.of(INVALID, "outcome", "postmortems.error.effectiveness.outcome");
        }
        if (reason == null || reason.isBlank()) {
            throw ServiceException.of(INVALID, "reason", "postmortems.error.effectiveness.reason");
        }
        if (cm.getStatus() != CountermeasureStatus.DONE) {
            throw ServiceException.of(INVALID, "countermeasureId", "postmortems.error.effectiveness.notDone",
                    label(cm));
        }
        if (cm.getEffectiveness() != null) {
            throw ServiceException.of(CONFLICT, "countermeasureId", "postmortems.error.effectiveness.checked",
                    label(cm));
        }
        cm.setEffectiveness(new EffectivenessCheck(outcome, reason.strip(), user.getKey(), user.getDisplayName(),
                OffsetDateTime.now(clock)));
        return save(issue, current.document(), expectedRevision);
    }

    /**
     * Adds the follow-up of a countermeasure found not effective: pre-filled from it (summary, owner, priority, kind),
     * due when a new countermeasure of this severity is due, linked to it by id, without a ticket yet (tickets are
     * created the usual way). Only one follow-up per countermeasure.
     */
    public PostMortemService.Loaded addFollowUp(ApplicationUser user, String issueKey, String countermeasureId,
                                                long expectedRevision) throws ServiceException {
        Issue issue = postMortems.editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        PostMortem doc = current.document();
        Countermeasure cm = countermeasure(doc, countermeasureId);
        if (!FollowThrough.offersFollowUp(doc, cm)) {
            throw ServiceException.of(INVALID, "countermeasureId", FollowThrough.followUpOf(doc, cm.getId()).isPresent()
                    ? "postmortems.error.followUp.exists" : "postmortems.error.followUp.notIneffective", label(cm));
        }
        Integer configured = doc.getSeverity() == null ? null : settings.load().defaultDueWeeks().get(doc.getSeverity());
        int weeks = configured == null || configured < 1 ? ReviewConfig.DEFAULT_DUE_WEEKS : configured;
        doc.getCountermeasures().add(FollowThrough.followUp(cm, ids.get(), LocalDate.now(clock).plusWeeks(weeks)));
        return save(issue, doc, expectedRevision);
    }

    /** Records a revisit of the published post-mortem; the three answers are required, notes optional. */
    public PostMortemService.Loaded recordRevisit(ApplicationUser user, String issueKey, long expectedRevision,
                                                  Boolean stillAccurate, Boolean countermeasuresHolding,
                                                  Boolean recurred, String notes) throws ServiceException {
        Issue issue = postMortems.editableIssue(user, issueKey);
        StoredPostMortem current = currentAt(issue, expectedRevision);
        PostMortem doc = current.document();
        if (doc.getPage() == null) {
            throw ServiceException.of(INVALID, "revisit", "postmortems.error.revisit.notPublished");
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (stillAccurate == null) {
            errors.add(FieldError.of("stillAccurate", "postmortems.error.revisit.answer"));
        }
        if (countermeasuresHolding == null) {
            errors.add(FieldError.of("countermeasuresHolding", "postmortems.error.revisit.answer"));
        }
        if (recurred == null) {
            errors.add(FieldError.of("recurred", "postmortems.error.revisit.answer"));
        }
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
        Revisit revisit = new Revisit();
        revisit.setStillAccurate(stillAccurate);
        revisit.setCountermeasuresHolding(countermeasuresHolding);
        revisit.setRecurred(recurred);
        revisit.setNotes(notes == null || notes.isBlank() ? null : notes.strip());
        revisit.setRevisitedByKey(user.getKey());
        revisit.setRevisitedByName(user.getDisplayName());
        revisit.setRevisitedAt(OffsetDateTime.now(clock));
        doc.getRevisits().add(revisit);
        return save(issue, doc, expectedRevision);
    }

    private StoredPostMortem currentAt(Issue issue, long expectedRevision) throws ServiceException {
        StoredPostMortem current = postMortems.current(issue);
        if (current.revision() != expectedRevision) {
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    current.revision(), expectedRevision);
        }
        return current;
    }

    private static Countermeasure countermeasure(PostMortem doc, String id) throws ServiceException {
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (cm != null && cm.getId() != null && cm.getId().equals(id)) {
                return cm;
            }
        }
        throw ServiceException.of(NOT_FOUND, "countermeasureId", "postmortems.error.countermeasure.notFound", id);
    }

    private static String label(Countermeasure cm) {
        return cm.getIssueKey() != null ? cm.getIssueKey() : cm.getSummary() == null ? cm.getId() : cm.getSummary();
    }

    private PostMortemService.Loaded save(Issue issue, PostMortem doc, long expectedRevision)
            throws ServiceException {
        List<FieldError> errors = TextLimits.check(doc);
        if (!errors.isEmpty()) {
            throw new ServiceException(INVALID, errors);
        }
        try {
            return postMortems.loaded(issue, postMortems.saveChecked(issue, doc, expectedRevision));
        } catch (ConcurrentEditException e) {
            throw ServiceException.of(CONFLICT, "revision", "postmortems.error.revision.conflict",
                    e.currentRevision(), expectedRevision);
        }
    }

}
