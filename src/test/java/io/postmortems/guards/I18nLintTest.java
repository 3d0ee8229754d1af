package io.postmortems.guards;

import org.junit.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class I18nLintTest {
    @Test
    public void bundle_shouldPassTheLint() throws Exception {
        Path bundle = Path.of("src/main/resources/i18n/postmortems.properties");
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
            assertEquals(List.of(), I18nLint.check(reader));
        }
    }

    /** Translations (postmortems_de.properties, ...) follow the same rules and only translate existing keys. */
    @Test
    public void translations_shouldPassTheLintAndOnlyHoldKeysOfTheBaseBundle() throws Exception {
        Path folder = Path.of("src/main/resources/i18n");
        Properties base = load(folder.resolve("postmortems.properties"));
        List<Path> translations;
        try (Stream<Path> files = Files.list(folder)) {
            translations = files.filter(f -> f.getFileName().toString().matches("postmortems_[A-Za-z0-9_]+\\.properties"))
                    .sorted().toList();
        }
        assertFalse("the German page translation ships", translations.isEmpty());
        for (Path translation : translations) {
            try (var reader = Files.newBufferedReader(translation, StandardCharsets.ISO_8859_1)) {
                assertEquals(translation.toString(), List.of(), I18nLint.check(reader));
            }
            Set<String> keys = load(translation).stringPropertyNames();
            for (String key : keys) {
                assertTrue(translation + ": " + key + " is not in postmortems.properties",
                        base.containsKey(key));
            }
        }
    }

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    public void lint_shouldReportForeignPrefixDuplicatesAndNonAscii() throws Exception {
        String bad = "postmortems.ok=fine\n"
                + "other.key=wrong prefix\n"
                + "postmortems.ok=again\n"
                + "postmortems.caf\u00e9=not escaped\n"
                + "postmortems.long=first \\\n"
                + "   other.not.a.key=continuation\n";
        List<String> violations = I18nLint.check(new StringReader(bad));
        assertEquals(violations.toString(), 3, violations.size());
        assertTrue(violations.get(0).contains("'other.key' does not start with"));
        assertTrue(violations.get(1).contains("'postmortems.ok' is defined twice"));
        assertTrue(violations.get(2).contains("U+00E9"));
    }

    @Test
    public void lint_shouldReportALoneApostropheButNotADoubledOne() throws Exception {
        String text = "postmortems.lone=Jira's permission {0}\n"
                + "postmortems.doubled=Jira''s permission {0}\n";
        List<String> violations = I18nLint.check(new StringReader(text));
        assertEquals(violations.toString(), 1, violations.size());
        assertTrue(violations.get(0).contains("'postmortems.lone' has a lone apostrophe"));
    }
}
