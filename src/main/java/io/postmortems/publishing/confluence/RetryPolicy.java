package io.postmortems.publishing.confluence;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * When and how often a REST call is tried again. Bounded attempts, exponential backoff with jitter, and
 * Confluence's {@code Retry-After} (seconds or an HTTP date) honoured. Sleeper, clock and random source are
 * injectable so tests run instantly and deterministically.
 *
 * <p>Classification of a fault ({@link #classify(int)}): no answer, 5xx and 429 are retried here; 409 is a
 * version conflict the caller resolves by re-reading; 401/403 fail at once; 404 means the content is gone.
 */
public final class RetryPolicy {
    /** Waits between attempts; tests pass one that only records. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What a status (or no answer) means for the caller. */
    public enum Fault {
        /** 2xx/3xx or a status the caller handles itself (400 and other 4xx). */
        NONE,
        /** No answer, 5xx, 429: try the same call again after a pause. */
        TRANSIENT,
        /** 409: re-read the content and retry with the current version. */
        CONFLICT,
        /** 401/403: the credentials are refused; retrying will not help. */
        REFUSED,
        /** 404: the content (or its parent) is gone. */
        NOT_FOUND
    }

    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxWait;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param maxAttempts attempts per call, at least 1
     * @param baseDelay   pause after the first failure; doubled after each further failure
     * @param maxDelay    longest backoff pause
     * @param maxWait     longest pause this policy will sleep (also for a long {@code Retry-After}); a longer
     *                    wanted pause ends the call at once as "retry later" instead of blocking a thread
     * @param sleeper     how to pause
     * @param clock       for {@code Retry-After} dates
     * @param random      jitter source (must be safe for concurrent use if the policy is shared)
     */
    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxWait, Sleeper sleeper,
                       Clock clock, RandomGenerator random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = positive(baseDelay, "baseDelay");
        this.maxDelay = positive(maxDelay, "maxDelay");
        this.maxWait = positive(maxWait, "maxWait");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** 4 attempts, 0.5 s doubling to at most 8 s, Retry-After honoured up to 30 s, real sleeping. */
    public static RetryPolicy standard() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, DEFAULT_MAX_WAIT,
                d -> Thread.sleep(d.toMillis()), Clock.systemUTC(), new Random());
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive");
        }
        return d;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Clock clock() {
        return clock;
    }

    public static Fault classify(int status) {
        if (status == 429 || status >= 500) {
            return Fault.TRANSIENT;
        }
        if (status == 401 || status == 403) {
            return Fault.REFUSED;
        }
        if (status == 404) {
            return Fault.NOT_FOUND;
        }
        if (status == 409) {
            return Fault.CONFLICT;
        }
        return Fault.NONE;
    }

    /**
     * Pause after {@code failures} failed attempts: base × 2^(failures-1), capped at the maximum, of which the
     * upper half is random ("equal jitter") so that many clients do not retry in step.
     */
    public Duration backoff(int failures) {
        int shift = Math.max(0, Math.min(failures - 1, 30));
        long cap = maxDelay.toMillis();
        long exp = Math.min(cap, baseDelay.toMillis() << shift);
        if (exp <= 0) {
            return Duration.ZERO;
        }
        long half = exp / 2;
        return Duration.ofMillis(exp - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** The pause Confluence asked for with {@code Retry-After}, in seconds or as an HTTP date; empty if none. */
    public Optional<Duration> retryAfter(ConfluenceResponse response) {
        Optional<String> header = response.header("retry-after");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Pause before the next attempt: the backoff, or Confluence's wish if longer. */
    public Duration delay(int failures, Optional<Duration> retryAfter) {
        Duration backoff = backoff(failures);
        return retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
    }

    /** True if this policy sleeps for {@code pause}; a longer pause means "give up now, retry later". */
    public boolean willWait(Duration pause) {
        return pause.compareTo(maxWait) <= 0;
    }

    void sleep(Duration pause) throws InterruptedIOException {
        if (pause.isZero()) {
            return;
        }
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
