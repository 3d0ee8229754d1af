package io.postmortems.core.workflow;

import io.postmortems.core.model.Status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review and approval rule of a post-mortem, written once: which status changes a user may make, what an edit
 * does to an approved write-up, and who counts as its author. Host-free; the Jira side supplies the facts (may the
 * user edit, is the user an approver, who saved changes) and the administrator's choices.
 *
 * <pre>
 * Draft ⇄ In review → Approved → Published
 *           ↑____________|           |
 *           ↑________________________|  (start a revision)
 * </pre>
 *
 * <ul>
 *     <li>Draft → In review, In review → Draft: anyone who may edit.</li>
 *     <li>In review → Approved: an approver; when self-approval is forbidden, not the only author.</li>
 *     <li>Approved → In review: anyone who may edit, or an approver (withdraw the approval).</li>
 *     <li>Published → In review: anyone who may edit (start a revision; the page stays as published until the next
 *     publish).</li>
 *     <li>Published is reached by publishing only, never by a status change.</li>
 * </ul>
 * An edit of an Approved write-up returns it to In review when the administrator asks for it; a Published one keeps
 * its status (its page is the record; publishing again updates it). Approval data survives only while the status is
 * Approved or Published.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /** Why a status change is refused. */
    public enum Refusal {
        /** The target is the current status. */
        UNCHANGED,
        /** Published is set by publishing, not by a status change. */
        PUBLISH_ONLY,
        /** The lifecycle has no such step (e.g. Draft → Approved). */
        NO_SUCH_STEP,
        /** The step needs the right to edit the post-mortem. */
        NOT_EDITOR,
        /** The step needs an approver. */
        NOT_APPROVER,
        /** Self-approval is forbidden and the user is the only author. */
        ONLY_AUTHOR
    }

    /**
     * The user asking for a change.
     *
     * @param userKey    the user's key; null for the anonymous visitor
     * @param canEdit    may change the post-mortem
     * @param canApprove is an approver as configured
     */
    public record Actor(String userKey, boolean canEdit, boolean canApprove) {
    }

    /**
     * The administrator's choices that the rule depends on.
     *
     * @param forbidSelfApproval the only author of a write-up may not approve it
     * @param editReturnsToReview an edit of an Approved write-up returns it to In review
     */
    public record Policy(boolean forbidSelfApproval, boolean editReturnsToReview) {
    }

    /** Why {@code actor} may not move a post-mortem from {@code from} to {@code to}; empty when allowed. */
    public static Optional<Refusal> check(Status from, Status to, Actor actor, Collection<String> authors,
                                          Policy policy) {
        Status current = from == null ? Status.DRAFT : from;
        if (to == current) {
            return Optional.of(Refusal.UNCHANGED);
        }
        if (to == Status.PUBLISHED) {
            return Optional.of(Refusal.PUBLISH_ONLY);
        }
        boolean editor = actor != null && actor.canEdit();
        boolean approver = actor != null && actor.canApprove() && actor.userKey() != null;
        switch (current) {
            case DRAFT -> {
                if (to == Status.IN_REVIEW) {
                    return editor ? Optional.empty() : Optional.of(Refusal.NOT_EDITOR);
                }
            }
            case IN_REVIEW -> {
                if (to == Status.DRAFT) {
                    return editor ? Optional.empty() : Optional.of(Refusal.NOT_EDITOR);
                }
                if (to == Status.APPROVED) {
                    if (!approver) {
                        return Optional.of(Refusal.NOT_APPROVER);
                    }
                    if (policy.forbidSelfApproval() && isOnlyAuthor(actor.userKey(), authors)) {
                        return Optional.of(Refusal.ONLY_AUTHOR);
                    }
                    return Optional.empty();
                }
            }
            case APPROVED -> {
                if (to == Status.IN_REVIEW) {
                    return editor || approver ? Optional.empty() : Optional.of(Refusal.NOT_EDITOR);
                }
            }
            case PUBLISHED -> {
                if (to == Status.IN_REVIEW) {
                    return editor ? Optional.empty() : Optional.of(Refusal.NOT_EDITOR);
                }
            }
        }
        return Optional.of(Refusal.NO_SUCH_STEP);
    }

    /** The statuses {@code actor} may move the post-mortem to now, in lifecycle order (Published never included). */
    public static List<Status> nextSteps(Status from, Actor actor, Collection<String> authors, Policy policy) {
        List<Status> steps = new ArrayList<>();
        for (Status to : Status.values()) {
            if (check(from, to, actor, authors, policy).isEmpty()) {
                steps.add(to);
            }
        }
        return steps;
    }

    /** The status after a saved change of the content: Approved returns to In review when the policy says so. */
    public static Status afterEdit(Status current, Policy policy) {
        Status status = current == null ? Status.DRAFT : current;
        return status == Status.APPROVED && policy.editReturnsToReview() ? Status.IN_REVIEW : status;
    }

    /** Whether approval data (approver, time) stays recorded in {@code status}. */
    public static boolean keepsApproval(Status status) {
        return status == Status.APPROVED || status == Status.PUBLISHED;
    }

    /**
     * Whether {@code userKey} is the only author: the authors are the users who saved changes, and the user is the
     * one and only among them. Nobody is the only author of a write-up without recorded authors.
     */
    public static boolean isOnlyAuthor(String userKey, Collection<String> authors) {
        if (userKey == null || authors == null) {
            return false;
        }
        Set<String> distinct = new java.util.HashSet<>();
        for (String a : authors) {
            if (a != null && !a.isBlank()) {
                distinct.add(a);
            }
        }
        return distinct.size() == 1 && distinct.contains(userKey);
    }
}
