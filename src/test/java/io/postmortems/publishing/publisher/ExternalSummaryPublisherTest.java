package io.postmortems.publishing.publisher;

import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.render.ExternalSummaryPage;
import org.junit.Rule;
import org.junit.Test;

import java.time.ZoneId;
import java.util.List;

import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The external page: its own space, one page however often published, nothing when absent or not fit. */
public class ExternalSummaryPublisherTest {
    private static final String EXTERNAL = "SEC";

    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    private ExternalSummaryPublisher publisher() {
        return new ExternalSummaryPublisher(new ConfluencePublisher(fx.transport, new ExternalSummaryPage(),
                fx.retry, fx.clock));
    }

    private static PublishTarget target() {
        PublishTarget internal = new PublishTarget(PublishingFixture.SPACE, null, TreeLayout.SERVICE, null, null,
                ZoneId.of("Europe/Berlin"));
        return ExternalSummaryPublisher.target(EXTERNAL, "Incident reports", internal);
    }

    private static PostMortem withSummary() {
        PostMortem d = doc("INC-7", "Checkout slow");
        d.setServices(List.of("payment-gateway"));
        ExternalSummary s = new ExternalSummary();
        s.setWhatHappened("Payments were slow.");
        s.setImpact("Some orders waited.");
        s.setWhatWeChanged("We added capacity.");
        d.setExternalSummary(s);
        return d;
    }

    @Test
    public void publish_shouldCreateOnePageInTheExternalSpaceAndUpdateItOnRepublish() {
        PostMortem d = withSummary();
        ExternalSummaryPublisher.Result first = publisher().publish(d, target());
        assertEquals(ExternalSummaryPublisher.Decision.PUBLISHED, first.decision());
        assertEquals(first.outcome().reason(), PublishOutcome.Result.PUBLISHED, first.outcome().result());
        d.setExternalPage(first.outcome().page());
        d.getExternalSummary().setWhatWeChanged("We added capacity and an alert.");
        d.setTitle("Checkout slow for an hour");
        ExternalSummaryPublisher.Result second = publisher().publish(d, target());
        assertEquals(PublishOutcome.Result.PUBLISHED, second.outcome().result());
        assertEquals("renamed in place", first.outcome().page().getPageId(), second.outcome().page().getPageId());

        List<PageView> pages = fx.fake.currentPages().stream()
                .filter(p -> p.id().equals(second.outcome().page().getPageId())).toList();
        PageView page = pages.get(0);
        assertEquals(EXTERNAL, page.space());
        assertTrue(page.title(), page.title().endsWith("Checkout slow for an hour"));
        assertTrue(page.body(), page.body().contains("We added capacity and an alert."));
        assertFalse("no internal key in page, path or property", page.toString().contains("INC-7"));
        assertFalse("grouped by year, never by service",
                fx.fake.currentPages().stream().anyMatch(p -> p.title().contains("payment-gateway")));
        assertEquals(1, fx.fake.currentPages().stream().filter(p -> p.body().contains("We added capacity")).count());
        d.setExternalPage(second.outcome().page());
        assertEquals(PublishOutcome.Result.UNCHANGED, publisher().publish(d, target()).outcome().result());
    }

    @Test
    public void publish_shouldPublishNothingWhenTheReviewFindsAnInternalName() {
        PostMortem d = withSummary();
        d.getExternalSummary().setWhatHappened("See INC-7 for details.");
        ExternalSummaryPublisher.Result r = publisher().publish(d, target());
        assertEquals(ExternalSummaryPublisher.Decision.REVIEW_ERRORS, r.decision());
        assertNull(r.outcome());
        assertEquals(0, fx.fake.writes());
    }

    @Test
    public void publish_shouldPublishNothingWithoutAnExternalSummary() {
        ExternalSummaryPublisher.Result r = publisher().publish(doc("INC-8", "Quiet"), target());
        assertEquals(ExternalSummaryPublisher.Decision.NO_SUMMARY, r.decision());
        assertEquals(0, fx.fake.writes());
    }
}
