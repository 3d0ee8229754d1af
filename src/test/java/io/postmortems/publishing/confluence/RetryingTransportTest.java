package io.postmortems.publishing.confluence;

import io.postmortems.publishing.fake.FakeConfluence;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Retrying: which answers are tried again, how long it waits, when it gives up, and what it counts. */
public class RetryingTransportTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ConfluenceTransport transport;

    private final List<Duration> sleeps = new ArrayList<>();
    private final ConfluenceRequest read = ConfluenceRequest.get("/rest/api/content/42", Map.of());

    private RetryPolicy policy(int attempts) {
        return new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30),
                sleeps::add, Clock.systemUTC(), new Random(3));
    }

    private RetryingTransport retrying() {
        return new RetryingTransport(transport, policy(3));
    }

    private static ConfluenceResponse answer(int status, String body) {
        return new ConfluenceResponse(status, Map.of(), body);
    }

    @Test
    public void send_shouldReturnAnAnswerThatIsNotTransientAtOnce() throws IOException {
        when(transport.execute(any())).thenReturn(answer(404, "{}"));
        RetryingTransport retrying = retrying();

        assertEquals(404, retrying.send(read, "reading page 42").status());

        assertEquals(1, retrying.calls());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    public void send_shouldCountEveryAttemptAndPauseBetweenThem() throws IOException {
        when(transport.execute(any())).thenReturn(answer(502, "gateway")).thenReturn(answer(500, "oops"))
                .thenReturn(answer(200, "{}"));
        RetryingTransport retrying = retrying();

        assertEquals(200, retrying.send(read, "reading page 42").status());

        assertEquals(3, retrying.calls());
        assertEquals(2, sleeps.size());
        long first = sleeps.get(0).toMillis();
        long second = sleeps.get(1).toMillis();
        assertTrue("backoff 100 ms with jitter: " + first, first >= 50 && first <= 100);
        assertTrue("then doubled: " + second, second >= 100 && second <= 200);
    }

    @Test
    public void send_shouldWaitAsLongAsRetryAfterAsksWhenLongerThanTheBackoff() throws IOException {
        when(transport.execute(any())).thenReturn(new ConfluenceResponse(429, Map.of("retry-after", List.of("5")),
                "")).thenReturn(answer(200, "{}"));

        assertEquals(200, retrying().send(read, "reading page 42").status());

        assertEquals(List.of(Duration.ofSeconds(5)), sleeps);
    }

    @Test
    public void send_shouldGiveUpAfterTheLastAttemptWithAReasonAndATimeToRetry() throws IOException {
        when(transport.execute(any())).thenThrow(new ConnectException("Connection refused"));
        RetryingTransport retrying = retrying();

        ConfluenceException.Unavailable e = assertThrows(ConfluenceException.Unavailable.class,
                () -> retrying.send(read, "reading page 42"));

        assertTrue(e.getMessage(), e.getMessage().contains("connection refused"));
        assertTrue(e.getMessage(), e.getMessage().contains("3 attempts"));
        assertTrue(e.getMessage(), e.getMessage().contains("reading page 42"));
        assertTrue(e.retryAfter().toMillis() > 0);
        verify(transport, times(3)).execute(any());
    }

    @Test
    public void send_shouldNotSleepThroughALongRetryAfter() throws IOException {
        when(transport.execute(any())).thenReturn(new ConfluenceResponse(429, Map.of("retry-after", List.of("600")),
                ""));
        RetryingTransport retrying = retrying();

        ConfluenceException.Unavailable e = assertThrows(ConfluenceException.Unavailable.class,
                () -> retrying.send(read, "reading page 42"));

        assertEquals(Duration.ofMinutes(10), e.retryAfter());
        assertTrue(e.getMessage(), e.getMessage().contains("HTTP 429 Too Many Requests, 1 attempt)"));
        assertTrue(sleeps.isEmpty());
        verify(transport, times(1)).execute(any());
    }

    @Test
    public void send_shouldEndAnInterruptedWaitAsUnavailable() throws IOException {
        when(transport.execute(any())).thenReturn(answer(503, "busy"));
        RetryingTransport retrying = new RetryingTransport(transport, new RetryPolicy(3, Duration.ofMillis(100),
                Duration.ofSeconds(1), Duration.ofSeconds(30), d -> {
                    throw new InterruptedException();
                }, Clock.systemUTC(), new Random(3)));

        try {
            ConfluenceException.Unavailable e = assertThrows(ConfluenceException.Unavailable.class,
                    () -> retrying.send(read, "reading page 42"));

            assertEquals("publishing was interrupted (reading page 42)", e.getMessage());
            assertTrue("the interrupt is kept for the caller", Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    public void send_shouldRetryTheFakeConfluencesScriptedFaultsOverHttp() throws IOException {
        try (FakeConfluence fake = FakeConfluence.start("OPS")) {
            fake.on("GET", "^/rest/api/content/42$").times(2).status(503);
            RetryingTransport retrying = new RetryingTransport(new HttpClientTransport(fake.baseUrl(),
                    FakeConfluence.TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2)), policy(4));

            ConfluenceResponse response = retrying.send(read, "reading page 42");

            assertEquals("no such page, after two faults", 404, response.status());
            assertEquals(3, retrying.calls());
            assertEquals(2, fake.faulted());
            assertEquals(2, sleeps.size());
        }
    }
}
