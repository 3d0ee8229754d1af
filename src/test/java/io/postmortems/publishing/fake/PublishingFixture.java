package io.postmortems.publishing.fake;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.testing.CompleteDocument;

import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A fake Confluence, a real HTTP transport to it and a publisher whose retries only record their pauses. A JUnit rule:
 * {@code @Rule public final PublishingFixture fx = new PublishingFixture();} starts the server before each test and
 * stops it after.
 */
public final class PublishingFixture extends ExternalResource {
    public static final String SPACE = "OPS";
    public static final int MAX_ATTEMPTS = 4;
    /** Client timeout; delayed answers come well after it. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1000);
    public static final long LATE_ANSWER_MILLIS = 3000;

    public FakeConfluence fake;
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    public final Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    public final RetryPolicy retry = new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(30), sleeps::add, clock, new Random(7));
    public HttpClientTransport transport;
    public final PostMortemCodec codec = new PostMortemCodec();

    @Override
    protected void before() throws IOException {
        fake = FakeConfluence.start(SPACE, "SEC");
        transport = new HttpClientTransport(fake.baseUrl(), FakeConfluence.TOKEN, Duration.ofSeconds(2),
                REQUEST_TIMEOUT);
    }

    /** A publisher for one run. */
    public ConfluencePublisher publisher() {
        return new ConfluencePublisher(transport, new TestRenderer(), retry, clock);
    }

    public static PublishTarget target(TreeLayout layout) {
        return new PublishTarget(SPACE, null, layout, null, null, ZoneId.of("Europe/Berlin"));
    }

    /** The complete document as a SEV2 of 1 March 2026 in service "payments", without tags. */
    public static PostMortem doc(String issueKey, String title) {
        return CompleteDocument.builder().issueKey(issueKey).title(title).severity("SEV2")
                .summary("Checkout failed for 40 minutes after a config push.")
                .started(OffsetDateTime.parse("2026-03-01T14:05:00+01:00")).services("payments").tags().build();
    }

    /** A deep copy through the codec, as a caller would hold it after storing the outcome. */
    public PostMortem copy(PostMortem d) {
        return codec.readStored(codec.writeJson(d)).get();
    }

    public String json(PostMortem d) {
        return codec.writeJson(d);
    }

    /** The document as its caller stores it after a successful publish. */
    public PostMortem withPage(PostMortem d, PublishOutcome outcome) {
        PostMortem copy = copy(d);
        copy.setPage(outcome.page());
        return copy;
    }

    @Override
    protected void after() {
        if (fake != null) {
            fake.close();
        }
    }
}
