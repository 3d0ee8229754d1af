package io.postmortems.cli;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code validate} reads a file as strictly as the Jira app reads a REST body (issue #10): an unknown field, a number
 * where text belongs and a text with NUL are reported on one line naming the field, exit 2, no stack trace.
 */
public class ValidateStrictInputTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(String json) throws Exception {
        Path file = temp.newFile("pm.json").toPath();
        Files.writeString(file, json);
        return Main.run(new String[]{"validate", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void validate_shouldNameAnUnknownFieldANumberForTextAndANulText() throws Exception {
        int exit = validate("{\"summary\":1e999999999,\"countermeasures\":[{\"summary\":\"a\"},{\"summary\":\"b\"},"
                + "{\"summary\":\"c\",\"ownr\":\"ada\"}]}");
        assertEquals(err(), 2, exit);
        assertTrue(err(), err().contains("summary: expected text"));
        assertTrue(err(), err().contains("countermeasures[2].ownr: is not a field this version knows"));
        assertFalse(err(), err().contains("Exception"));
    }

    @Test
    public void validate_shouldRefuseATimelineTextOfOnlyNul() throws Exception {
        assertEquals(2, validate("{\"timeline\":[{\"at\":\"2026-03-01T10:00:00Z\",\"text\":\"\\u0000\"}]}"));
        assertTrue(err(), err().contains("timeline[0].text: contains a NUL character"));
    }
}
