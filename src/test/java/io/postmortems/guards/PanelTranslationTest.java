package io.postmortems.guards;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;

/**
 * A German user sees the whole issue panel in German: every English panel key (postmortems.panel.*, which includes the
 * review status and its steps) and every message of the status steps and pickers has a German text, with the same
 * placeholders. The rest of the bundle (administration, review findings, other errors) falls back to English.
 */
public class PanelTranslationTest {
    private static final List<String> TRANSLATED = List.of("postmortems.panel.", "postmortems.error.status.",
            "postmortems.error.related.", "postmortems.warning.related.", "postmortems.error.cm.ownerNotAssignable");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @Test
    public void germanBundle_shouldTranslateEveryPanelKeyWithItsPlaceholders() throws Exception {
        Properties english = load("postmortems.properties");
        Properties german = load("postmortems_de.properties");
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> placeholders = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (TRANSLATED.stream().noneMatch(key::startsWith)) {
                continue;
            }
            String de = german.getProperty(key);
            if (de == null) {
                missing.add(key);
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(de))) {
                placeholders.add(key);
            } else {
                new MessageFormat(de); // a German text Jira's i18n cannot format would fail here
            }
        }
        assertEquals("English panel keys without German text", new TreeSet<>(), missing);
        assertEquals("German texts whose placeholders differ from the English", new TreeSet<>(), placeholders);
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name),
                StandardCharsets.ISO_8859_1)) {
            p.load(reader);
        }
        return p;
    }
}
