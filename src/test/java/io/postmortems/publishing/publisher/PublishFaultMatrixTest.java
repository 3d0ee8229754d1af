package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.fake.TestRenderer;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.postmortems.publishing.fake.PublishingFixture.MAX_ATTEMPTS;
import static io.postmortems.publishing.fake.PublishingFixture.SPACE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Every publishing step × every fault, over HTTP against the fake Confluence. Each cell checks the outcome,
 * that attempts are bounded, that exactly one page exists for the post-mortem afterwards (after a recovery
 * publish for the cells that did not succeed), and that the input document is unchanged.
 */
@RunWith(Parameterized.class)
public class PublishFaultMatrixTest {
    private static final String TITLE = "INC-1 Checkout outage";
    private static final String CONTENT = "^/rest/api/content$";

    /** A step of a publish: the request it sends and whether it happens on the first publish or a re-publish. */
    enum Step {
        /** One CQL search for the page's title and its root's and group's titles (they were three look-ups). */
        FIND_TITLES(false, "GET", "^/rest/api/content/search\\?cql=.*title in \\(\"" + TITLE + "\", "
                + "\"Post-mortems\", \"Post-mortems 2026\"\\)", 1),
        CREATE_ROOT(false, "POST", CONTENT, 1),
        CREATE_GROUP(false, "POST", CONTENT, 2),
        CREATE_PAGE(false, "POST", CONTENT, 3),
        ADD_LABELS(false, "POST", "/label$", 1),
        CREATE_HASH_PROPERTY(false, "POST", "/property$", 1),
        /** Reads the page with its hash property expanded: no separate property read on a re-publish. */
        GET_PAGE_BY_ID(true, "GET", "^/rest/api/content/\\d+\\?", 1),
        UPDATE_PAGE(true, "PUT", "^/rest/api/content/\\d+$", 1),
        /** The new severity's label is claimed in the property (old hash) before it is added. */
        CLAIM_NEW_LABELS(true, "PUT", "/property/postmortems-content-hash$", 1),
        ADD_LABELS_ON_UPDATE(true, "POST", "/label$", 1),
        /** The re-publish changes the severity: the label of the old one goes. */
        REMOVE_LABEL(true, "DELETE", "/label\\?name=", 1),
        UPDATE_HASH_PROPERTY(true, "PUT", "/property/postmortems-content-hash$", 2);

        final boolean republish;
        final String method;
        final String target;
        final int nth;

        Step(boolean republish, String method, String target, int nth) {
            this.republish = republish;
            this.method = method;
            this.target = target;
            this.nth = nth;
        }

        boolean createsBelowParent() {
            return this == CREATE_GROUP || this == CREATE_PAGE;
        }

        boolean updatesWithVersion() {
            return this == UPDATE_PAGE || this == CLAIM_NEW_LABELS || this == UPDATE_HASH_PROPERTY;
        }
    }

    /** What goes wrong, and what the publish should end with. */
    enum Fault {
        TIMEOUT_ONCE(Result.PUBLISHED),
        CONNECTION_CLOSED_ONCE(Result.PUBLISHED),
        HTTP_500_ONCE(Result.PUBLISHED),
        HTTP_503_ONCE(Result.PUBLISHED),
        HTTP_429_RETRY_AFTER_ONCE(Result.PUBLISHED),
        HTTP_503_ALWAYS(Result.RETRY_PENDING),
        CONNECTION_CLOSED_ALWAYS(Result.RETRY_PENDING),
        HTTP_429_LONG_RETRY_AFTER(Result.RETRY_PENDING),
        CONFLICT_409_ON_UPDATE(Result.PUBLISHED),
        HTTP_401(Result.FAILED),
        HTTP_403(Result.FAILED),
        PARENT_DELETED(Result.PUBLISHED);

        final Result expected;

        Fault(Result expected) {
            this.expected = expected;
        }
    }

    @Parameters(name = "{0} x {1}")
    public static List<Object[]> cells() {
        List<Object[]> cells = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Fault fault : Fault.values()) {
                if (fault == Fault.CONFLICT_409_ON_UPDATE && !step.updatesWithVersion()
                        || fault == Fault.PARENT_DELETED && !step.createsBelowParent()) {
                    continue;
                }
                cells.add(new Object[]{step, fault});
            }
        }
        return cells;
    }

    private final Step step;
    private final Fault fault;
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    public PublishFaultMatrixTest(Step step, Fault fault) {
        this.step = step;
        this.fault = fault;
    }

    private void inject() {
        FakeConfluence.FaultBuilder on = fx.fake.on(step.method, step.target).nth(step.nth);
        switch (fault) {
            case TIMEOUT_ONCE -> on.delay(PublishingFixture.LATE_ANSWER_MILLIS);
            case CONNECTION_CLOSED_ONCE -> on.drop();
            case HTTP_500_ONCE -> on.status(500);
            case HTTP_503_ONCE -> on.status(503);
            case HTTP_429_RETRY_AFTER_ONCE -> on.status(429, "7");
            case HTTP_503_ALWAYS -> on.always().status(503);
            case CONNECTION_CLOSED_ALWAYS -> on.always().drop();
            case HTTP_429_LONG_RETRY_AFTER -> on.status(429, "120");
            case CONFLICT_409_ON_UPDATE -> on.status(409);
            case HTTP_401 -> on.status(401);
            case HTTP_403 -> on.status(403);
            case PARENT_DELETED -> {
                String parentTitle = step == Step.CREATE_GROUP ? "Post-mortems" : "Post-mortems 2026";
                on.run(() -> fx.fake.trash(fx.fake.pagesTitled(SPACE, parentTitle).get(0).id()));
            }
        }
    }

    @Test
    public void publish_shouldEndAsExpectedWithBoundedAttemptsAndOnePage() {
        PostMortem document = PublishingFixture.doc("INC-1", "Checkout outage");
        if (step.republish) {
            PublishOutcome first = fx.publisher().publish(document, PublishingFixture.target(TreeLayout.YEAR));
            assertEquals(first.reason(), Result.PUBLISHED, first.result());
            document = fx.withPage(document, first);
            document.setSummary("Checkout failed for 45 minutes; the config push was rolled back.");
            document.setSeverity("SEV1");
            fx.fake.resetCalls();
        }
        String before = fx.json(document);
        inject();

        PublishOutcome outcome = fx.publisher().publish(document, PublishingFixture.target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), fault.expected, outcome.result());
        assertEquals("the input document is unchanged", before, fx.json(document));
        assertTrue("the fault was met", fx.fake.faulted() >= 1);
        assertBoundedAttempts(outcome);
        assertOutcomeDetails(outcome);
        assertTrue("at most one page, found " + fx.fake.pagesTitled(SPACE, TITLE).size(),
                fx.fake.pagesTitled(SPACE, TITLE).size() <= 1);

        PostMortem next = document;
        if (!outcome.result().isSuccess()) {
            fx.fake.clearFaults();
            PublishOutcome recovery = fx.publisher().publish(document, PublishingFixture.target(TreeLayout.YEAR));
            assertEquals("recovery publish: " + recovery.reason(), Result.PUBLISHED, recovery.result());
            outcome = recovery;
        }
        assertOnePublishedPage(outcome, next);
        assertEquals("the input document is unchanged", before, fx.json(document));
    }

    private void assertBoundedAttempts(PublishOutcome outcome) {
        long hits = fx.fake.faulted();
        switch (fault) {
            case HTTP_503_ALWAYS -> assertEquals("attempts at the failing step", MAX_ATTEMPTS, hits);
            // java.net.http may itself resend an idempotent request once on a dropped pooled connection
            case CONNECTION_CLOSED_ALWAYS -> assertTrue("attempts " + hits, hits >= MAX_ATTEMPTS
                    && hits <= 2L * MAX_ATTEMPTS);
            default -> assertTrue("attempts " + hits, hits <= 2);
        }
        int requests = fx.fake.calls().size();
        if (fault == Fault.CONNECTION_CLOSED_ONCE || fault == Fault.CONNECTION_CLOSED_ALWAYS) {
            assertTrue(outcome.restCalls() + " vs " + requests, outcome.restCalls() <= requests);
        } else {
            assertEquals("REST calls counted = requests Confluence saw", requests, outcome.restCalls());
        }
        assertTrue("a publish is bounded: " + requests, requests <= 30);
    }

    private void assertOutcomeDetails(PublishOutcome outcome) {
        switch (outcome.result()) {
            case PUBLISHED -> {
                assertNotNull(outcome.page());
                assertNull(outcome.reason());
                if (fault == Fault.HTTP_429_RETRY_AFTER_ONCE) {
                    assertTrue("Retry-After honoured: " + fx.sleeps,
                            fx.sleeps.stream().anyMatch(d -> d.compareTo(Duration.ofSeconds(7)) >= 0));
                }
            }
            case RETRY_PENDING -> {
                assertNull(outcome.page());
                assertNotNull(outcome.retryAfter());
                assertTrue(outcome.reason(), outcome.reason().startsWith("Confluence is not available ("));
                if (fault == Fault.HTTP_429_LONG_RETRY_AFTER) {
                    assertEquals(Duration.ofSeconds(120), outcome.retryAfter());
                    assertTrue("a long Retry-After is not slept through: " + fx.sleeps,
                            fx.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0));
                } else {
                    assertEquals(MAX_ATTEMPTS - 1, fx.sleeps.size());
                }
            }
            case FAILED -> {
                assertNull(outcome.page());
                assertTrue(outcome.reason(), outcome.reason().startsWith("Confluence refused the credentials (HTTP "
                        + (fault == Fault.HTTP_401 ? "401" : "403")));
                assertTrue(outcome.reason(), outcome.reason().contains("check the token / application link"));
                assertFalse(outcome.reason(), outcome.reason().contains(FakeConfluence.TOKEN));
                assertTrue("no retry on refused credentials", fx.sleeps.isEmpty());
            }
            default -> throw new AssertionError(outcome.result());
        }
    }

    private void assertOnePublishedPage(PublishOutcome outcome, PostMortem document) {
        List<PageView> pages = fx.fake.pagesTitled(SPACE, TITLE);
        assertEquals("exactly one page for the post-mortem", 1, pages.size());
        PageView page = pages.get(0);
        assertEquals(page.id(), outcome.page().getPageId());
        assertEquals(List.of("Post-mortems", "Post-mortems 2026", TITLE), fx.fake.pathOf(page.id()));
        String hash = new TestRenderer().render(document, PublishingFixture.target(TreeLayout.YEAR)).contentHash();
        assertEquals(hash, outcome.page().getContentHash());
        assertEquals(hash, page.properties().get(ConfluencePublisher.HASH_PROPERTY).path("hash").asText());
        Set<String> labels = page.labels();
        Set<String> expected = Set.of("postmortem", step.republish ? "severity-sev1" : "severity-sev2");
        assertEquals("labels converge: the old severity's label is gone", expected, labels);
        Set<String> recorded = new java.util.TreeSet<>();
        page.properties().get(ConfluencePublisher.HASH_PROPERTY).path(LabelLedger.FIELD)
                .forEach(l -> recorded.add(l.asText()));
        assertEquals("the labels recorded as ours", expected, recorded);
        assertTrue(page.body(), page.body().contains(step.republish ? "rolled back" : "config push"));
        assertEquals(Integer.valueOf(page.version()), outcome.page().getVersion());
        assertEquals(1, fx.fake.pagesTitled(SPACE, "Post-mortems").size());
        assertEquals(1, fx.fake.pagesTitled(SPACE, "Post-mortems 2026").size());
    }

}
