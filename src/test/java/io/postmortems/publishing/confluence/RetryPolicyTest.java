package io.postmortems.publishing.confluence;

import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RetryPolicyTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private RetryPolicy policy(long seed) {
        return new RetryPolicy(4, Duration.ofMillis(400), Duration.ofSeconds(3), Duration.ofSeconds(30), d -> { },
                clock, new Random(seed));
    }

    private static ConfluenceResponse retryAfter(String value) {
        return new ConfluenceResponse(429, Map.of("retry-after", List.of(value)), "");
    }

    @Test
    public void backoff_shouldDoubleWithJitterInTheUpperHalfAndStopAtTheCap() {
        RetryPolicy policy = policy(1);
        for (int run = 0; run < 50; run++) {
            long[] expected = {400, 800, 1600, 3000, 3000};
            for (int failures = 1; failures <= 5; failures++) {
                long ms = policy.backoff(failures).toMillis();
                long cap = expected[failures - 1];
                assertTrue(failures + ": " + ms, ms >= cap - cap / 2 && ms <= cap);
            }
        }
    }

    @Test
    public void backoff_shouldBeDeterministicForASeed() {
        assertEquals(policy(42).backoff(3), policy(42).backoff(3));
    }

    @Test
    public void retryAfter_shouldReadSecondsAndHttpDates() {
        RetryPolicy policy = policy(1);
        assertEquals(Optional.of(Duration.ofSeconds(7)), policy.retryAfter(retryAfter("7")));
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                policy.retryAfter(retryAfter("Tue, 10 Mar 2026 12:01:30 GMT")));
        assertEquals("a date in the past means now", Optional.of(Duration.ZERO),
                policy.retryAfter(retryAfter("Tue, 10 Mar 2026 11:00:00 GMT")));
        assertEquals(Optional.empty(), policy.retryAfter(retryAfter("soon")));
        assertEquals(Optional.empty(), policy.retryAfter(new ConfluenceResponse(503, Map.of(), "")));
    }

    @Test
    public void delay_shouldPreferALongerRetryAfter() {
        RetryPolicy policy = policy(1);
        assertEquals(Duration.ofSeconds(9), policy.delay(1, Optional.of(Duration.ofSeconds(9))));
        assertTrue(policy.delay(1, Optional.of(Duration.ZERO)).toMillis() >= 200);
        assertTrue(policy.willWait(Duration.ofSeconds(30)));
        assertFalse(policy.willWait(Duration.ofSeconds(31)));
    }

    @Test
    public void classify_shouldSeparateTransientFromPermanentFaults() {
        assertEquals(RetryPolicy.Fault.TRANSIENT, RetryPolicy.classify(500));
        assertEquals(RetryPolicy.Fault.TRANSIENT, RetryPolicy.classify(503));
        assertEquals(RetryPolicy.Fault.TRANSIENT, RetryPolicy.classify(429));
        assertEquals(RetryPolicy.Fault.CONFLICT, RetryPolicy.classify(409));
        assertEquals(RetryPolicy.Fault.REFUSED, RetryPolicy.classify(401));
        assertEquals(RetryPolicy.Fault.REFUSED, RetryPolicy.classify(403));
        assertEquals(RetryPolicy.Fault.NOT_FOUND, RetryPolicy.classify(404));
        assertEquals(RetryPolicy.Fault.NONE, RetryPolicy.classify(400));
        assertEquals(RetryPolicy.Fault.NONE, RetryPolicy.classify(200));
    }

    @Test
    public void constructor_shouldRejectZeroAttempts() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, d -> { }, clock, new Random()));
    }
}
