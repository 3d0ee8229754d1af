package io.postmortems.publishing.fake;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The benchmarks' Confluence is the tests' fake, answering in process: it must behave as over HTTP. */
public class FakeConfluenceInProcessTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private static ConfluencePublisher publisher(FakeConfluence fake) {
        return new ConfluencePublisher(fake.transport(), new TestRenderer(),
                new io.postmortems.publishing.confluence.RetryPolicy(2, Duration.ZERO, Duration.ZERO,
                        Duration.ofSeconds(1), d -> { }, CLOCK, new Random(1)), CLOCK);
    }

    @Test
    public void transport_shouldPublishAndThenFindThePageUnchanged() {
        FakeConfluence fake = FakeConfluence.inProcess(PublishingFixture.SPACE);
        PostMortem doc = PublishingFixture.doc("OPS-1", "Checkout down");
        PublishOutcome first = publisher(fake).publish(doc, PublishingFixture.target(TreeLayout.YEAR));
        assertEquals(first.reason(), PublishOutcome.Result.PUBLISHED, first.result());
        assertTrue(fake.page(first.page().getPageId()).isPresent());
        assertTrue(fake.calls().size() > 0);

        doc.setPage(first.page());
        PublishOutcome again = publisher(fake).publish(doc, PublishingFixture.target(TreeLayout.YEAR));
        assertEquals(PublishOutcome.Result.UNCHANGED, again.result());
        assertEquals(FakeConfluence.IN_PROCESS_URL, fake.baseUrl());
        fake.close();
    }
}
