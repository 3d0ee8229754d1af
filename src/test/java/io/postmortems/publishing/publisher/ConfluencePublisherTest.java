package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.fake.TestRenderer;
import org.junit.Rule;
import org.junit.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.postmortems.publishing.fake.PublishingFixture.SPACE;
import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static io.postmortems.publishing.fake.PublishingFixture.target;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The living page against the fake Confluence over HTTP: create, update, unchanged, moved, renamed, deleted. */
public class ConfluencePublisherTest {
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    private PageView only(String title) {
        List<PageView> pages = fx.fake.pagesTitled(SPACE, title);
        assertEquals("pages titled '" + title + "'", 1, pages.size());
        return pages.get(0);
    }

    @Test
    public void publish_shouldCreateRootGroupAndPageOnFirstPublish() {
        PostMortem d = doc("INC-1", "Checkout outage");
        String before = fx.json(d);

        PublishOutcome outcome = fx.publisher().publish(d, target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        PageView page = only("INC-1 Checkout outage");
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "INC-1 Checkout outage"), fx.fake.pathOf(page.id()));
        assertEquals(page.id(), outcome.page().getPageId());
        assertEquals(fx.fake.baseUrl() + "/pages/viewpage.action?pageId=" + page.id(), outcome.page().getUrl());
        assertEquals(SPACE, outcome.page().getSpaceKey());
        assertEquals(Integer.valueOf(1), outcome.page().getVersion());
        String hash = new TestRenderer().render(d, target(TreeLayout.YEAR)).contentHash();
        assertEquals(hash, outcome.page().getContentHash());
        assertEquals(hash, page.properties().get(ConfluencePublisher.HASH_PROPERTY).path("hash").asText());
        assertEquals("INC-1", page.properties().get(ConfluencePublisher.HASH_PROPERTY).path("issueKey").asText());
        assertTrue(page.labels().containsAll(List.of("postmortem", "severity-sev2")));
        assertEquals(OffsetDateTime.parse("2026-03-10T12:00:00Z"), outcome.page().getPublishedAt());
        String rootBody = only("Post-mortems").body();
        assertTrue(rootBody, rootBody.contains("ac:name=\"detailssummary\""));
        assertTrue(rootBody, rootBody.contains("label = &quot;postmortem&quot; and space = &quot;OPS&quot;"));
        assertEquals("the input document is unchanged", before, fx.json(d));
        assertNull(d.getPage());
        assertEquals(fx.fake.calls().size(), outcome.restCalls());
        assertEquals("one title search, two ancestors, the page, its labels, its property", 6, outcome.restCalls());
    }

    @Test
    public void publish_shouldUpdateExistingPage() {
        PostMortem d = doc("INC-2", "Queue backlog");
        PublishOutcome first = fx.publisher().publish(d, target(TreeLayout.YEAR));
        PostMortem stored = fx.withPage(d, first);
        stored.setSummary("Backlog grew for two hours; consumers were throttled.");
        stored.setSeverity("SEV1");
        fx.fake.resetCalls();

        PublishOutcome second = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(second.reason(), Result.PUBLISHED, second.result());
        assertEquals(first.page().getPageId(), second.page().getPageId());
        assertEquals(Integer.valueOf(2), second.page().getVersion());
        PageView page = only("INC-2 Queue backlog");
        assertTrue(page.body(), page.body().contains("consumers were throttled"));
        assertEquals(Set.of("postmortem", "severity-sev1"), page.labels());
        assertEquals(second.page().getContentHash(),
                page.properties().get(ConfluencePublisher.HASH_PROPERTY).path("hash").asText());
        assertEquals("no ancestor lookups for a known page", 0, fx.fake.count("GET", "title=Post-mortems"));
        assertEquals("the property comes with the page", 0, fx.fake.count("GET", "/property/"));
        assertEquals(1, fx.fake.count("PUT", "^/rest/api/content/\\d+$"));
        assertEquals(0, fx.fake.count("POST", "^/rest/api/content$"));
        assertEquals(1, fx.fake.count("POST", "/label$"));
        assertEquals(1, fx.fake.count("DELETE", "/label\\?name=severity-sev2$"));
        assertEquals("the new label is claimed before it is added, the new hash written last", 2,
                fx.fake.count("PUT", "/property/"));
        assertEquals("GET page, PUT page, PUT property, POST label, DELETE label, PUT property", 6,
                second.restCalls());
    }

    @Test
    public void publish_shouldNotWriteWhenUnchanged() {
        PostMortem d = doc("INC-3", "DNS flap");
        d.getTags().add("dns");
        PublishOutcome first = fx.publisher().publish(d, target(TreeLayout.YEAR));
        PostMortem stored = fx.withPage(d, first);
        fx.fake.resetCalls();

        PublishOutcome again = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.UNCHANGED, again.result());
        assertEquals(0, fx.fake.writes());
        assertEquals("one GET: the page with its hash property expanded", 1, again.restCalls());
        assertEquals(1, fx.fake.calls().size());
        assertEquals(first.page().getPageId(), again.page().getPageId());
        assertEquals(first.page().getPublishedAt(), again.page().getPublishedAt());
        assertEquals(1, only("INC-3 DNS flap").version());
    }

    @Test
    public void publish_shouldFindMovedPageByIdAndLeaveItWhereTheUserPutIt() {
        PostMortem d = doc("INC-4", "Cache stampede");
        PublishOutcome first = fx.publisher().publish(d, target(TreeLayout.YEAR));
        String elsewhere = fx.fake.createPage(SPACE, "Team notes", null, "<p/>");
        fx.fake.move(first.page().getPageId(), elsewhere);
        PostMortem stored = fx.withPage(d, first);
        stored.setSummary("A cold cache after deploy overloaded the database.");

        PublishOutcome second = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.PUBLISHED, second.result());
        assertEquals(first.page().getPageId(), second.page().getPageId());
        assertEquals(List.of("Team notes", "INC-4 Cache stampede"), fx.fake.pathOf(first.page().getPageId()));
        assertEquals(1, fx.fake.pagesTitled(SPACE, "INC-4 Cache stampede").size());
    }

    @Test
    public void publish_shouldRestoreTheTitleOfARenamedPage() {
        PostMortem d = doc("INC-5", "Disk full");
        PublishOutcome first = fx.publisher().publish(d, target(TreeLayout.YEAR));
        fx.fake.rename(first.page().getPageId(), "Someone's rename");
        PostMortem stored = fx.withPage(d, first);

        PublishOutcome second = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals("same content but another title is a change", Result.PUBLISHED, second.result());
        assertEquals(first.page().getPageId(), second.page().getPageId());
        assertEquals("INC-5 Disk full", fx.fake.page(first.page().getPageId()).orElseThrow().title());
        assertEquals(0, fx.fake.pagesTitled(SPACE, "Someone's rename").size());
    }

    @Test
    public void publish_shouldRecreateADeletedPage() {
        PostMortem d = doc("INC-6", "Cert expiry");
        PublishOutcome first = fx.publisher().publish(d, target(TreeLayout.YEAR));
        fx.fake.trash(first.page().getPageId());
        PostMortem stored = fx.withPage(d, first);

        PublishOutcome second = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.PUBLISHED, second.result());
        assertNotEquals(first.page().getPageId(), second.page().getPageId());
        PageView page = only("INC-6 Cert expiry");
        assertEquals(second.page().getPageId(), page.id());
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "INC-6 Cert expiry"), fx.fake.pathOf(page.id()));
    }

    @Test
    public void publish_shouldEndWithOnePageWhenEightThreadsPublishTheSamePostMortem() throws Exception {
        PostMortem d = doc("INC-7", "Thundering herd");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishOutcome>> futures = new ArrayList<>();
        try {
            ConfluencePublisher shared = fx.publisher();
            for (int i = 0; i < 8; i++) {
                // half the threads share one run's publisher, the others each have their own run
                ConfluencePublisher publisher = i % 2 == 0 ? shared : fx.publisher();
                Callable<PublishOutcome> task = () -> {
                    start.await();
                    return publisher.publish(d, target(TreeLayout.YEAR_MONTH));
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            int published = 0;
            for (Future<PublishOutcome> f : futures) {
                PublishOutcome o = f.get();
                assertTrue(o.reason(), o.result().isSuccess());
                ids.add(o.page().getPageId());
                published += o.result() == Result.PUBLISHED ? 1 : 0;
            }
            assertEquals(1, ids.stream().distinct().count());
            assertEquals("one thread writes, the others find it unchanged", 1, published);
        } finally {
            pool.shutdownNow();
        }
        only("INC-7 Thundering herd");
        only("Post-mortems");
        only("Post-mortems 2026");
        only("Post-mortems 2026-03");
    }

    @Test
    public void publish_shouldAdoptThePageWhenAnotherNodeCreatesItBetweenFindAndCreate() {
        PostMortem d = doc("INC-8", "Split brain");
        fx.fake.on("POST", "^/rest/api/content$").nth(3).run(() -> fx.fake.createPage(SPACE, "INC-8 Split brain",
                null, "<p>from the other node</p>"));

        PublishOutcome outcome = fx.publisher().publish(d, target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        PageView page = only("INC-8 Split brain");
        assertEquals(page.id(), outcome.page().getPageId());
        assertTrue(page.body(), page.body().contains("config push"));
        assertEquals(2, page.version());
    }

    @Test
    public void publish_shouldRefuseToTakeOverAPageOfAnotherPostMortemWithTheSameTitle() {
        PostMortem first = doc("INC-9", "Outage");
        first.setIssueKey("INC-9");
        fx.publisher().publish(first, target(TreeLayout.YEAR));
        PageView page = only("INC-9 Outage");
        PostMortem impostor = doc("INC-9", "Outage");
        impostor.setIssueKey("INC-10");
        impostor.setTitle("Outage");
        // same title as INC-9's page: render with a renderer that ignores the key
        ConfluencePublisher publisher = new ConfluencePublisher(fx.transport, (doc, t) ->
                new io.postmortems.publishing.render.RenderedPage("INC-9 Outage", "<p>other</p>", List.of()),
                fx.retry, fx.clock);

        PublishOutcome outcome = publisher.publish(impostor, target(TreeLayout.YEAR));

        assertEquals(Result.FAILED, outcome.result());
        assertTrue(outcome.reason(), outcome.reason().contains("another post-mortem (INC-9)"));
        assertEquals(1, fx.fake.page(page.id()).orElseThrow().version());
    }

    @Test
    public void publish_shouldPlacePagesByEachLayout() {
        ConfluencePublisher publisher = fx.publisher();
        PostMortem a = doc("INC-11", "Year layout");
        PostMortem b = doc("INC-12", "Month layout");
        PostMortem c = doc("INC-13", "Service layout");
        PostMortem e = doc("INC-14", "No service");
        e.getServices().clear();
        // 23:30 UTC on New Year's Eve is already 2026 in Berlin, the display zone
        b.getTimes().setStarted(OffsetDateTime.parse("2025-12-31T23:30:00Z"));

        publisher.publish(a, target(TreeLayout.YEAR));
        publisher.publish(b, target(TreeLayout.YEAR_MONTH));
        publisher.publish(c, target(TreeLayout.SERVICE));
        publisher.publish(e, target(TreeLayout.SERVICE));

        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "INC-11 Year layout"),
                fx.fake.pathOf(only("INC-11 Year layout").id()));
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "Post-mortems 2026-01", "INC-12 Month layout"),
                fx.fake.pathOf(only("INC-12 Month layout").id()));
        assertEquals(List.of("Post-mortems", "Post-mortems: payments", "INC-13 Service layout"),
                fx.fake.pathOf(only("INC-13 Service layout").id()));
        assertEquals(List.of("Post-mortems", "Post-mortems: Unassigned", "INC-14 No service"),
                fx.fake.pathOf(only("INC-14 No service").id()));
    }

    @Test
    public void publish_shouldKeepTwoRootsInOneSpaceApart() {
        ConfluencePublisher publisher = fx.publisher();
        publisher.publish(doc("INC-15", "One"), target(TreeLayout.YEAR));
        PublishTarget security = new PublishTarget(SPACE, "Security post-mortems", TreeLayout.YEAR, null, null,
                ZoneId.of("UTC"));

        PublishOutcome outcome = publisher.publish(doc("INC-16", "Two"), security);

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        assertEquals(List.of("Security post-mortems", "Security post-mortems 2026", "INC-16 Two"),
                fx.fake.pathOf(outcome.page().getPageId()));
    }

    @Test
    public void publish_shouldCreateTheRootOnceAndCacheAncestorsPerRun() {
        ConfluencePublisher publisher = fx.publisher();
        for (int i = 0; i < 5; i++) {
            PublishOutcome o = publisher.publish(doc("INC-2" + i, "Incident " + i), target(TreeLayout.YEAR_MONTH));
            assertEquals(o.reason(), Result.PUBLISHED, o.result());
            assertEquals("ancestors are only looked up by the first publish", i == 0 ? 7 : 4, o.restCalls());
        }
        assertEquals("the page and its three ancestors in one search", 1, fx.fake.count("GET",
                "^/rest/api/content/search\\?cql=.*title in \\(\"INC-20 Incident 0\", \"Post-mortems\", "
                        + "\"Post-mortems 2026\", \"Post-mortems 2026-03\"\\)"));
        assertEquals("no ancestor is looked up on its own", 0, fx.fake.count("GET", "title=Post-mortems"));
        assertEquals(5 + 3, fx.fake.count("POST", "^/rest/api/content$"));
        only("Post-mortems");

        fx.publisher().publish(doc("INC-30", "Next run"), target(TreeLayout.YEAR_MONTH));
        assertEquals("a new run looks the root up again, but finds it", 2, fx.fake.count("GET",
                "^/rest/api/content/search\\?cql=.*\"Post-mortems\""));
        only("Post-mortems");
    }

    @Test
    public void publish_shouldRecreateACachedParentThatWasDeleted() {
        ConfluencePublisher publisher = fx.publisher();
        publisher.publish(doc("INC-31", "First"), target(TreeLayout.YEAR));
        fx.fake.trash(only("Post-mortems 2026").id());

        PublishOutcome outcome = publisher.publish(doc("INC-32", "Second"), target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", "INC-32 Second"),
                fx.fake.pathOf(outcome.page().getPageId()));
    }

    @Test
    public void publish_shouldFailClearlyWithAWrongToken() {
        ConfluencePublisher publisher = new ConfluencePublisher(new HttpClientTransport(fx.fake.baseUrl(),
                "wrong-token-xyz"), new TestRenderer(), fx.retry, fx.clock);

        PublishOutcome outcome = publisher.publish(doc("INC-33", "Auth"), target(TreeLayout.YEAR));

        assertEquals(Result.FAILED, outcome.result());
        assertTrue(outcome.reason(), outcome.reason().contains("Confluence refused the credentials (HTTP 401"));
        assertTrue(outcome.reason(), outcome.reason().contains("check the token / application link"));
        assertFalse(outcome.reason(), outcome.reason().contains("wrong-token-xyz"));
        assertEquals(1, outcome.restCalls());
    }

    @Test
    public void publish_shouldFailClearlyForAnUnknownSpace() {
        PublishOutcome outcome = fx.publisher().publish(doc("INC-34", "Space"), new PublishTarget("NOPE", null,
                TreeLayout.YEAR, null, null, null));

        assertEquals(Result.FAILED, outcome.result());
        assertTrue(outcome.reason(), outcome.reason().contains("space NOPE exists"));
        assertEquals(0, fx.fake.currentPages().size());
    }

    @Test
    public void publish_shouldRejectASpaceKeyThatCannotBeOne() {
        PublishOutcome outcome = fx.publisher().publish(doc("INC-35", "Key"), new PublishTarget("O\" or 1=1",
                null, TreeLayout.YEAR, null, null, null));

        assertEquals(Result.FAILED, outcome.result());
        assertTrue(outcome.reason(), outcome.reason().contains("is not a Confluence space key"));
        assertEquals(0, outcome.restCalls());
        assertEquals(0, fx.fake.calls().size());
    }

    @Test
    public void publish_shouldBeRetryPendingWhenConfluenceRefusesConnections() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConfluencePublisher publisher = new ConfluencePublisher(new HttpClientTransport("http://127.0.0.1:" + port,
                FakeConfluence.TOKEN, Duration.ofSeconds(1), Duration.ofSeconds(1)), new TestRenderer(), fx.retry,
                fx.clock);

        PublishOutcome outcome = publisher.publish(doc("INC-36", "Refused"), target(TreeLayout.YEAR));

        assertEquals(Result.RETRY_PENDING, outcome.result());
        assertTrue(outcome.reason(), outcome.reason().contains("connection refused"));
        assertTrue(outcome.reason(), outcome.reason().contains("4 attempts"));
        assertNotNull(outcome.retryAfter());
        assertEquals(PublishingFixture.MAX_ATTEMPTS, outcome.restCalls());
        assertEquals(PublishingFixture.MAX_ATTEMPTS - 1, fx.sleeps.size());
    }
}
