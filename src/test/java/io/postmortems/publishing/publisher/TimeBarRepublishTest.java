package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.render.StorageFormatRenderer;
import org.junit.Rule;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.postmortems.publishing.fake.PublishingFixture.SPACE;
import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static io.postmortems.publishing.fake.PublishingFixture.target;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The picture of the incident is part of the page body (storage format, no attachment), so a re-publish replaces it
 * with the page: one page, one picture, the new shape; and an unchanged document writes nothing.
 */
public class TimeBarRepublishTest {
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    private ConfluencePublisher publisher() {
        return new ConfluencePublisher(fx.transport, new StorageFormatRenderer(), fx.retry, fx.clock);
    }

    private static int count(String body, String part) {
        return body.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    public void republish_shouldReplaceTheTimeBarInPlaceWithoutDuplicates() {
        PostMortem d = doc("INC-9", "Checkout outage");
        d.getTimes().setDetected(OffsetDateTime.parse("2026-03-01T14:17:00+01:00"));
        d.getTimes().setResolved(OffsetDateTime.parse("2026-03-01T15:05:00+01:00"));
        PublishOutcome first = publisher().publish(d, target(TreeLayout.YEAR));
        assertEquals(first.reason(), Result.PUBLISHED, first.result());

        PostMortem changed = fx.withPage(d, first);
        changed.getTimes().setMitigated(OffsetDateTime.parse("2026-03-01T14:35:00+01:00"));
        PublishOutcome second = publisher().publish(changed, target(TreeLayout.YEAR));
        assertEquals(second.reason(), Result.PUBLISHED, second.result());
        PublishOutcome third = publisher().publish(fx.withPage(changed, second), target(TreeLayout.YEAR));

        List<PageView> pages = fx.fake.pagesTitled(SPACE, "2026-03-01 INC-9: Checkout outage");
        assertEquals(1, pages.size());
        String body = pages.get(0).body();
        assertEquals(body, 1, count(body, "<pre>Incident"));
        assertEquals(1, count(body, "<h2>The incident at a glance</h2>"));
        assertTrue(body, body.contains("<td>M</td><td>Mitigated</td>"));
        assertFalse("an unchanged document writes no new version", third.page().getVersion() > second.page().getVersion());
    }
}
