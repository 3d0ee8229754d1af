package io.postmortems.testing;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.PageRenderer;
import io.postmortems.publishing.render.RenderedPage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The publishing cases whose REST calls the README states (first publish below a YEAR_MONTH tree, changed,
 * unchanged, labels changed, bulk 100): one definition for the call-budget test and the benchmarks, so the figures
 * they print and the figures the test holds are of the same documents.
 */
public final class PublishCases {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);
    public static final PublishTarget TARGET = new PublishTarget("OPS", null, TreeLayout.YEAR_MONTH, null, null,
            null);
    /** A small, fixed page per document (rendering is measured elsewhere): title, 4 KB body, two labels. */
    public static final PageRenderer RENDERER = (d, t) -> new RenderedPage(d.getIssueKey() + " " + d.getTitle(),
            "<h2>Summary</h2><p>" + d.getSummary() + "</p><p>" + "x".repeat(4000) + "</p>",
            List.of("postmortem", "severity-" + d.getSeverity().toLowerCase(Locale.ROOT)));

    private PublishCases() {
    }

    /** Document n: INC-n, started in month n % 12 of 2026, so 100 documents spread over twelve months. */
    public static PostMortem doc(int n) {
        return CompleteDocument.builder().issueKey("INC-" + n).title("Incident number " + n)
                .severity("SEV" + (1 + n % 3)).summary("Something failed for " + n + " minutes.")
                .started(OffsetDateTime.parse("2026-01-15T10:00:00Z").plusMonths(n % 12)).build();
    }

    /** Retries without waiting, on the fixed clock. */
    public static RetryPolicy noWaitRetry() {
        return new RetryPolicy(4, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30), d -> { }, CLOCK,
                new Random(1));
    }

    /** A new publisher (a new run: nothing cached) on this transport. */
    public static ConfluencePublisher publisher(ConfluenceTransport transport) {
        return new ConfluencePublisher(transport, RENDERER, noWaitRetry(), CLOCK);
    }
}
