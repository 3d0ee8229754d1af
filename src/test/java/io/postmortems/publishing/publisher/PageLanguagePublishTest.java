package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import io.postmortems.publishing.render.StorageFormatRenderer;
import org.junit.Rule;
import org.junit.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static io.postmortems.publishing.fake.PublishingFixture.SPACE;
import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The page language through the real renderer and the fake Confluence: no write when unchanged, update on change. */
public class PageLanguagePublishTest {
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    private ConfluencePublisher publisher() {
        return new ConfluencePublisher(fx.transport, new StorageFormatRenderer(), fx.retry, fx.clock);
    }

    private static PublishTarget target(Locale locale) {
        return new PublishTarget(SPACE, null, TreeLayout.YEAR, null, null, ZoneId.of("Europe/Berlin"), locale);
    }

    private PageView only(String title) {
        List<PageView> pages = fx.fake.pagesTitled(SPACE, title);
        assertEquals("pages titled '" + title + "'", 1, pages.size());
        return pages.get(0);
    }

    @Test
    public void publish_shouldWriteNothingWhenUnchangedInTheSameLanguage() {
        PostMortem d = doc("INC-71", "Queue backlog");
        PublishOutcome first = publisher().publish(d, target(Locale.GERMAN));
        assertEquals(first.reason(), Result.PUBLISHED, first.result());
        fx.fake.resetCalls();

        PublishOutcome again = publisher().publish(fx.withPage(d, first), target(Locale.GERMAN));

        assertEquals(Result.UNCHANGED, again.result());
        assertEquals(0, fx.fake.writes());
        assertEquals(first.page().getContentHash(), again.page().getContentHash());
    }

    @Test
    public void publish_shouldUpdateThePageWhenTheLanguageChanges() {
        PostMortem d = doc("INC-72", "Cert expiry");
        PublishOutcome english = publisher().publish(d, target(Locale.ENGLISH));
        String title = "2026-03-01 INC-72: Cert expiry";
        assertTrue(only(title).body().contains("<h2>Summary</h2>"));

        PublishOutcome german = publisher().publish(fx.withPage(d, english), target(Locale.GERMAN));

        assertEquals(german.reason(), Result.PUBLISHED, german.result());
        assertEquals(english.page().getPageId(), german.page().getPageId());
        assertNotEquals(english.page().getContentHash(), german.page().getContentHash());
        PageView page = only(title);
        assertEquals(2, page.version());
        assertTrue(page.body(), page.body().contains("<h2>Zusammenfassung</h2>"));
        assertFalse(page.body(), page.body().contains("<h2>Summary</h2>"));
        assertEquals(german.page().getContentHash(),
                page.properties().get(ConfluencePublisher.HASH_PROPERTY).path("hash").asText());
    }

    @Test
    public void publish_shouldCreateTheRootPageInThePageLanguage() {
        PublishOutcome outcome = publisher().publish(doc("INC-73", "Disk full"), target(Locale.GERMAN));

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        String root = only("Post-mortems").body();
        assertTrue(root, root.contains("Post-Mortems zu Vorf\u00e4llen"));
        assertTrue(root, root.contains("Schweregrad,Status,Beginn,Zeit bis zur Behebung,Dienste"));
    }

    @Test
    public void publish_shouldFileAPostMortemWithoutServiceUnderTheTranslatedGroup() {
        PostMortem d = doc("INC-74", "Mystery");
        d.getServices().clear();
        PublishTarget byService = new PublishTarget(SPACE, null, TreeLayout.SERVICE, null, null,
                ZoneId.of("Europe/Berlin"), Locale.GERMAN);

        PublishOutcome outcome = publisher().publish(d, byService);

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        assertEquals(List.of("Post-mortems", "Post-mortems: Ohne Dienst", "2026-03-01 INC-74: Mystery"),
                fx.fake.pathOf(outcome.page().getPageId()));
    }
}
