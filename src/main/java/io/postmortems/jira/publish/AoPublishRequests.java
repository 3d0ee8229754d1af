package io.postmortems.jira.publish;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.publish.PublishStatus.State;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link PublishRequests} on an Active Objects table: one row per issue. Requesting a publish while one is pending
 * keeps the single pending row (bumping its sequence so an attempt already under way is followed by another).
 */
@Named
public class AoPublishRequests implements PublishRequests {
    static final int MAX_ERROR = 450;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoPublishRequests(@ComponentImport ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoPublishRequests(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public void request(long issueId, String userKey, Trigger trigger) {
        long now = clock.millis();
        Optional<PublishRequestEntity> existing = row(issueId);
        if (existing.isEmpty()) {
            try {
                ao.create(PublishRequestEntity.class,
                        new DBParam("ISSUE_ID", issueId),
                        new DBParam("STATE", State.PENDING.name()),
                        new DBParam("USER_KEY", userKey),
                        new DBParam("TRIGGER", trigger.name()),
                        new DBParam("REQUEST_SEQ", 1L),
                        new DBParam("ATTEMPTS", 0),
                        new DBParam("NEXT_ATTEMPT_AT", now),
                        new DBParam("UPDATED_AT", now));
                return;
            } catch (RuntimeException e) {
                // Someone created the row at the same moment (unique issue id): fall through and update it.
                existing = row(issueId);
                if (existing.isEmpty()) {
                    throw e;
                }
            }
        }
        PublishRequestEntity row = existing.get();
        row.setRequestSeq(row.getRequestSeq() + 1);
        row.setUserKey(userKey);
        row.setTrigger(trigger.name());
        boolean wasPending = State.PENDING.name().equals(row.getState());
        if (!wasPending) {
            makePending(row, now);
        }
        row.setUpdatedAt(now);
        row.save();
        if (wasPending) {
            // A worker may have recorded its outcome between our read and our write, unaware of our bump: it wrote
            // the state after reading the sequence, we wrote the sequence after reading the state, so reading the
            // state again now sees its outcome if it missed our bump (and update() covers the other order).
            row(issueId).filter(fresh -> !State.PENDING.name().equals(fresh.getState())).ifPresent(fresh -> {
                makePending(fresh, now);
                fresh.save();
            });
        }
    }

    private static void makePending(PublishRequestEntity row, long now) {
        row.setState(State.PENDING.name());
        row.setAttempts(0);
        row.setNextAttemptAt(now);
    }

    @Override
    public Optional<PublishStatus> statusOf(long issueId) {
        return row(issueId).map(AoPublishRequests::status);
    }

    /** Ids of issues whose request is due (pending, or a retry whose time has come), oldest first. */
    List<Long> dueIssueIds(int max) {
        PublishRequestEntity[] rows = ao.find(PublishRequestEntity.class, Query.select()
                .where("STATE IN (?, ?) AND NEXT_ATTEMPT_AT <= ?", State.PENDING.name(),
                        State.RETRY_PENDING.name(), clock.millis())
                .order("NEXT_ATTEMPT_AT ASC").limit(max));
        return Arrays.stream(rows).map(PublishRequestEntity::getIssueId).toList();
    }

    /** The row of an issue as it is now, for the worker (which holds the issue's cluster lock). */
    Optional<Claim> claim(long issueId) {
        long now = clock.millis();
        return row(issueId)
                .filter(r -> (State.PENDING.name().equals(r.getState())
                        || State.RETRY_PENDING.name().equals(r.getState())) && r.getNextAttemptAt() <= now)
                .map(r -> new Claim(issueId, r.getUserKey(), r.getRequestSeq(), r.getAttempts()));
    }

    void recordPublished(Claim claim, String pageUrl, Integer pageVersion) {
        update(claim, State.PUBLISHED, null, pageUrl, pageVersion, null);
    }

    void recordFailed(Claim claim, PublishMessage reason) {
        update(claim, State.FAILED, reason, null, null, null);
    }

    void recordRetry(Claim claim, PublishMessage reason, Instant nextAttempt) {
        update(claim, State.RETRY_PENDING, reason, null, null, nextAttempt);
    }

    private void update(Claim claim, State state, PublishMessage reason, String pageUrl, Integer pageVersion,
                        Instant nextAttempt) {
        PublishRequestEntity row = row(claim.issueId()).orElseThrow(
                () -> new IllegalStateException("publish request of issue " + claim.issueId() + " vanished"));
        long now = clock.millis();
        row.setAttempts(claim.attempts() + 1);
        row.setUpdatedAt(now);
        row.setLastError(reason == null ? null : reason.encode());
        if (pageUrl != null) {
            row.setPageUrl(truncate(pageUrl));
            row.setPageVersion(pageVersion);
        }
        if (row.getRequestSeq() != claim.requestSeq() && state != State.RETRY_PENDING) {
            // A newer request arrived while we worked: the document may have changed, so publish again.
            makePending(row, now);
            row.save();
            return;
        }
        row.setState(state.name());
        row.setNextAttemptAt(nextAttempt == null ? now : nextAttempt.toEpochMilli());
        row.save();
        if (state != State.RETRY_PENDING) {
            // A request may have bumped the sequence between our read and our write, seeing the row still pending;
            // read the sequence again (request() reads the state again for the other order).
            row(claim.issueId()).filter(fresh -> fresh.getRequestSeq() != claim.requestSeq()
                    && !State.PENDING.name().equals(fresh.getState())).ifPresent(fresh -> {
                makePending(fresh, now);
                fresh.save();
            });
        }
    }

    private Optional<PublishRequestEntity> row(long issueId) {
        PublishRequestEntity[] rows = ao.find(PublishRequestEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static PublishStatus status(PublishRequestEntity row) {
        State state = State.valueOf(row.getState());
        Instant next = state == State.RETRY_PENDING || state == State.PENDING
                ? Instant.ofEpochMilli(row.getNextAttemptAt()) : null;
        PublishMessage message = PublishMessage.decode(row.getLastError());
        return new PublishStatus(state, row.getPageUrl(), row.getPageVersion(),
                message == null ? null : PublishMessages.format(message, java.util.Locale.ROOT),
                Instant.ofEpochMilli(row.getUpdatedAt()), state == State.RETRY_PENDING ? next : null, message);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "\u2026";
    }

    /** What the worker read when it took a request. */
    record Claim(long issueId, String userKey, long requestSeq, int attempts) {
    }
}
