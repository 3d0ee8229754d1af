package io.postmortems.publishing.render;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.recurrence.Recurrence;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The page's "Related earlier post-mortems": links by key through the Jira base URL, what is shared, no titles. */
public class RecurrenceSectionTest {
    private static final Recurrence.Match EARLIER = new Recurrence.Match("OPS-7", "Secret title",
            OffsetDateTime.parse("2026-03-01T23:30Z"), List.of("checkout"), "change", List.of("dns"), 2, 1,
            new EffectivenessCounts(1, 0, 0));

    @Test
    public void render_shouldLinkEarlierPostMortemsAndSayWhatIsShared() {
        String body = new StorageFormatRenderer().render(Samples.complete(),
                Samples.target().withEarlier(List.of(EARLIER))).storageBody();

        assertTrue(body, body.contains("<h2>Related earlier post-mortems</h2>"));
        // the day in the page's zone (Europe/Berlin): 2026-03-02
        assertTrue(body, body.contains("<li><a href=\"https://jira.example.com/browse/OPS-7\">OPS-7</a> (2026-03-02): "
                + "shares service checkout, cause category change, tag dns</li>"));
        assertFalse("titles stay in Jira", body.contains("Secret title"));
    }

    @Test
    public void render_shouldShowNoSectionWithoutEarlierOnesAndDropWhatIsNoIssueKey() {
        String none = new StorageFormatRenderer().render(Samples.complete(), Samples.target()).storageBody();
        assertFalse(none.contains("Related earlier post-mortems"));
        Recurrence.Match notAKey = new Recurrence.Match("javascript:x", "t", EARLIER.started(), List.of("a"), null,
                List.of(), 0, 0, EffectivenessCounts.NONE);
        RecurrenceSection section = RecurrenceSection.of(Samples.target().withEarlier(List.of(notAKey)),
                PageText.of(Locale.ENGLISH));
        assertFalse(section.shown());
    }

    @Test
    public void render_shouldSayItInThePageLanguage() {
        String body = new StorageFormatRenderer().render(Samples.complete(),
                new io.postmortems.publishing.PublishTarget("OPS", null, null, "https://jira.example.com", null,
                        java.time.ZoneOffset.UTC, Locale.GERMAN).withEarlier(List.of(EARLIER))).storageBody();
        assertTrue(body, body.contains("<h2>Verwandte fr\u00fchere Post-mortems</h2>"));
        assertTrue(body, body.contains("(2026-03-01): gemeinsam: Dienst checkout, Ursachenkategorie change, "
                + "Schlagwort dns"));
    }
}
