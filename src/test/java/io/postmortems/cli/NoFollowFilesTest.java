package io.postmortems.cli;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PublishedPage;
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

/** Issue #10: the CLI never writes through a symbolic link (in --out, or the state file's temporary file). */
public class NoFollowFilesTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void preview_shouldNotWriteThroughALinkPlantedInTheOutputFolder() throws Exception {
        Path victim = temp.newFile("victim.txt").toPath();
        Files.writeString(victim, "precious");
        Path out = temp.newFolder("out").toPath();
        Files.createSymbolicLink(out.resolve("index.html"), victim);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[]{"preview", "--out", out.toString(), "examples/sev1-payment-gateway-outage.json"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals("precious", Files.readString(victim));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
                .contains("symbolic link"));
    }

    @Test
    public void stateFile_shouldNotWriteThroughALinkPlantedAsItsTemporaryFile() throws Exception {
        Path victim = temp.newFile("victim.txt").toPath();
        Files.writeString(victim, "precious");
        Path state = temp.getRoot().toPath().resolve("state.json");
        Files.createSymbolicLink(state.resolveSibling("state.json.tmp"), victim);
        PublishedPagesFile file = PublishedPagesFile.load(state, new PostMortemCodec().jsonMapper());
        PublishedPage page = new PublishedPage();
        page.setPageId("42");
        file.put("doc", page);
        file.save();
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(state));
        assertTrue(Files.readString(state).contains("\"42\""));
    }
}
