package io.postmortems.jira.store;

import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues whose JQL mirror property could not be written at their last save, with a one-line reason (this node only,
 * at most {@value #MAX}, oldest forgotten first, reasons cut to {@value #MAX_REASON} characters). A later successful
 * write clears the issue. Shown to administrators on the settings page, never as a save error.
 */
@Named
public class MirrorFailures {
    static final int MAX = 500;
    static final int MAX_REASON = 300;

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
        failures.put(issueId, new Failure(issueId, shortReason(reason), clock.instant()));
    }

    /** Drops the record of an issue that no longer needs a mirror (its post-mortem is gone). */
    public synchronized void forget(long issueId) {
        failures.remove(issueId);
    }

    /** Every recorded failure, the most recent first. */
    public synchronized List<Failure> list() {
        List<Failure> all = new ArrayList<>(failures.values());
        Collections.reverse(all);
        return List.copyOf(all);
    }

    static String shortReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason given";
        }
        String line = reason.strip().lines().findFirst().orElse("").strip();
        if (line.length() > MAX_REASON) {
            int end = MAX_REASON - 1;
            if (Character.isHighSurrogate(line.charAt(end - 1))) {
                end--;
            }
            line = line.substring(0, end) + "\u2026";
        }
        return line;
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
