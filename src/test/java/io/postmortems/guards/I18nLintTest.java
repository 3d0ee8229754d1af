package io.postmortems.guards;

import org.junit.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class I18nLintTest {
    @Test
    public void bundle_shouldPassTheLint() throws Exception {
        Path bundle = Path.of("src/main/resources/i18n/postmortems.properties");
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
            assertEquals(List.of(), I18nLint.check(reader));
        }
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
}
