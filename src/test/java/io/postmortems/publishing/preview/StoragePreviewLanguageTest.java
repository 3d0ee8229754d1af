package io.postmortems.publishing.preview;

import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.Samples;
import io.postmortems.publishing.render.StorageFormatRenderer;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The preview's own words follow the page language; a language without translation previews in English. */
public class StoragePreviewLanguageTest {
    private static RenderedPage page(Locale locale) {
        PublishTarget t = Samples.target();
        return new StorageFormatRenderer().render(Samples.complete(), new PublishTarget(t.spaceKey(), t.rootTitle(),
                t.layout(), t.jiraBaseUrl(), t.jiraServerId(), t.displayZone(), locale));
    }

    @Test
    public void pageHtml_shouldShowGermanPageAndMacroWordsForGerman() {
        String html = new StoragePreview(Locale.GERMAN).pageHtml(page(Locale.GERMAN), null);

        assertTrue(html, html.contains("<html lang=\"de\">"));
        assertTrue(html, html.contains("Seiteneigenschaften"));
        assertTrue(html, html.contains("Jira-Vorg\u00e4nge"));
        assertTrue(html, html.contains("<h2>Zusammenfassung</h2>"));
        assertFalse(html, html.contains("Page properties"));
    }

    @Test
    public void indexHtml_shouldBeInThePageLanguage() {
        String empty = new StoragePreview(Locale.GERMAN).indexHtml(List.of(), null);
        assertTrue(empty, empty.contains("Keine Post-Mortems."));

        String index = new StoragePreview(Locale.GERMAN).indexHtml(List.of(
                new StoragePreview.IndexEntry("OPS-42", "ops-42.html", List.of("postmortem"))), null);
        assertTrue(index, index.contains("<th>Seite</th>"));
        assertTrue(index, index.contains("<th>Stichw\u00f6rter</th>"));
    }

    @Test
    public void pageHtml_shouldBeEnglishAndSayEnglishForALanguageWithoutTranslation() {
        String html = new StoragePreview(Locale.JAPANESE).pageHtml(page(Locale.JAPANESE), null);

        assertTrue(html, html.contains("<html lang=\"en\">"));
        assertTrue(html, html.contains("Page properties"));
        assertTrue(html, html.contains("<h2>Summary</h2>"));
    }
}
