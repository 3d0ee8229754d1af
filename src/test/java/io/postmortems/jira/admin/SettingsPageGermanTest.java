package io.postmortems.jira.admin;

import io.postmortems.testing.BrowserProbe;
import org.jsoup.Jsoup;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A German administrator reads the settings page in German: headings, labels and help come from the German bundle,
 * not the English one. Saves target/admin-preview/settings-de.png when Chromium is installed.
 */
public class SettingsPageGermanTest {
    @Test
    public void settingsPage_shouldBeGermanForAGermanUser() throws Exception {
        String html = SettingsPageFixture.html(Locale.GERMAN);
        String text = Jsoup.parse(html).text();

        assertTrue(text, text.contains("Post-Mortems-Einstellungen"));
        assertTrue(text, text.contains("Ver\u00f6ffentlichen in Confluence"));
        assertTrue(text, text.contains("Tickets f\u00fcr Gegenma\u00dfnahmen"));
        assertTrue(text, text.contains("Erinnerungen an Gegenma\u00dfnahmen senden"));
        assertFalse(text, text.contains("Publishing to Confluence"));
        assertFalse(text, text.contains("Send countermeasure reminders"));
        assertFalse("a key without text: " + text, text.contains("postmortems.admin."));

        Path dir = Path.of("target", "admin-preview");
        Files.createDirectories(dir);
        Path page = dir.resolve("settings-de.html");
        Files.writeString(page, html);
        BrowserProbe.in(dir).chromium().screenshot(page, dir.resolve("settings-de.png"), 1000, 2400,
                dir.resolve("settings-de.log"));
    }
}
