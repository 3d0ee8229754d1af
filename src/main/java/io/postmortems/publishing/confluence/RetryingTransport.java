package io.postmortems.publishing.confluence;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests over a {@link ConfluenceTransport}, trying transient faults (no answer, 5xx, 429) again under a
 * {@link RetryPolicy}: backoff, Confluence's {@code Retry-After}, bounded attempts. Counts every request sent,
 * retries included. Safe for concurrent use.
 */
final class RetryingTransport {
    private final ConfluenceTransport transport;
    private final RetryPolicy retry;
    private final AtomicInteger calls = new AtomicInteger();

    RetryingTransport(ConfluenceTransport transport, RetryPolicy retry) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Requests sent so far, retries included. */
    int calls() {
        return calls.get();
    }

    String baseUrl() {
        return transport.baseUrl();
    }

    /**
     * The first answer that is not transient (any status).
     *
     * @param what what the request does, for the message ("reading page 42")
     * @throws ConfluenceException.Unavailable when attempts run out or Confluence asks for a longer pause than the
     *                                         policy sleeps; it carries the time to retry after
     */
    ConfluenceResponse send(ConfluenceRequest request, String what) {
        String lastCause = "";
        int lastStatus = 0;
        Optional<Duration> hint = Optional.empty();
        for (int attempt = 1; ; attempt++) {
            calls.incrementAndGet();
            try {
                ConfluenceResponse response = transport.execute(request);
                if (RetryPolicy.classify(response.status()) != RetryPolicy.Fault.TRANSIENT) {
                    return response;
                }
                lastStatus = response.status();
                hint = retry.retryAfter(response);
                lastCause = "HTTP " + response.status()
                        + (response.status() == 429 ? " Too Many Requests" : " " + ConfluenceClient.excerpt(response));
            } catch (IOException e) {
                lastStatus = 0;
                hint = Optional.empty();
                lastCause = noAnswer(e);
            }
            Duration pause = retry.delay(attempt, hint);
            if (attempt >= retry.maxAttempts() || !retry.willWait(pause)) {
                throw new ConfluenceException.Unavailable("Confluence is not available (" + what + ": "
                        + lastCause.strip() + ", " + attempt + (attempt == 1 ? " attempt" : " attempts")
                        + "); will try again later", lastStatus, pause);
            }
            try {
                retry.sleep(pause);
            } catch (IOException interrupted) {
                throw new ConfluenceException.Unavailable("publishing was interrupted (" + what + ")", lastStatus,
                        pause);
            }
        }
    }

    private static String noAnswer(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return "connection closed without an answer";
    }
}
