package io.postmortems.guards;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;

/**
 * A German user sees the whole app in German: every key of the English bundle (issue panel, review findings,
 * administration page, settings validation, errors, publishing messages, reminders, reports, the published page) has
 * a German text with the same placeholder indices, and that text is a valid MessageFormat pattern.
 */
public class BundleTranslationTest {
    /**
     * Keys that stay English in German on purpose. Empty: nothing is English-only today. Add a key here only with a
     * comment saying why a German user must see the English text.
     */
    private static final Set<String> ENGLISH_ONLY = Set.of();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    public void germanBundle_shouldTranslateEveryEnglishKey() throws Exception {
        Properties english = load("postmortems.properties");
        Properties german = load("postmortems_de.properties");
        TreeSet<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!ENGLISH_ONLY.contains(key) && german.getProperty(key) == null) {
                missing.add(key);
            }
        }
        assertEquals("English keys without German text", new TreeSet<>(), missing);
    }

    @Test
    public void germanBundle_shouldKeepThePlaceholdersOfEachEnglishText() throws Exception {
        Properties english = load("postmortems.properties");
        Properties german = load("postmortems_de.properties");
        TreeSet<String> differ = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (de == null) {
                continue;
            }
            if (!placeholders(english.getProperty(key)).equals(placeholders(de))) {
                differ.add(key);
            }
            new MessageFormat(de); // a German text Jira's i18n cannot format would fail here
        }
        assertEquals("German texts whose placeholders differ from the English", new TreeSet<>(), differ);
    }

    @Test
    public void placeholders_shouldReadIndicesWithAndWithoutFormatType() {
        assertEquals(Set.of("0", "1"), placeholders("{0} of {1,number}"));
        assertEquals(Set.of(), placeholders("no placeholders"));
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
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
