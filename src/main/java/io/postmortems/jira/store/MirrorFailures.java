package io.postmortems.jira.store;

import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Issues whose JQL mirror property could not be written at their last save, with the reason (this node only, at most
 * {@value #MAX} issues, oldest forgotten first). A later successful write clears the issue; the backfill upgrade task
 * or the next save repairs the mirror. Kept for administrators and support, never shown as a save error.
 */
@Named
public class MirrorFailures {
    static final int MAX = 500;

    private final Clock clock;
    private final Map<Long, Failure> failures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Failure> eldest) {
            return size() > MAX;
        }
    };

    public MirrorFailures() {
        this(Clock.systemUTC());
    }

    MirrorFailures(Clock clock) {
        this.clock = clock;
    }

    public synchronized void failed(long issueId, String reason) {
        failures.remove(issueId);
        failures.put(issueId, new Failure(issueId, reason, clock.instant()));
    }

    public synchronized void succeeded(long issueId) {
        failures.remove(issueId);
    }

    public synchronized Optional<Failure> of(long issueId) {
        return Optional.ofNullable(failures.get(issueId));
    }

    public synchronized int count() {
        return failures.size();
    }

    /** The last failed mirror write of an issue. */
    public record Failure(long issueId, String reason, Instant at) {
    }
}
