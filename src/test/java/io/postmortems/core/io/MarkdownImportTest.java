package io.postmortems.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

public class MarkdownImportTest {
    private static final Path EXAMPLES = Path.of("examples/import");
    private final ObjectMapper json = new ObjectMapper();
    private final PostMortemCodec codec = new PostMortemCodec();

    private static List<Path> markdownExamples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    public void import_shouldTurnEachMarkdownExampleIntoItsExpectedDocument() throws Exception {
        List<Path> examples = markdownExamples();
        assertEquals("the SRE-book, the incident-handbook and the table layout", 3, examples.size());
        for (Path md : examples) {
            Path expected = Path.of(md.toString().replaceAll("\\.md$", ".expected.json"));
            PostMortem doc = new MarkdownImport().read(Files.readString(md)).document();
            JsonNode actual = json.readTree(codec.writeJson(doc));
            assertEquals(md.toString(), json.readTree(expected.toFile()), actual);
            assertTrue("the expected document is a valid document: " + expected,
                    codec.readJson(Files.readString(expected)).isOk());
        }
    }

    @Test
    public void import_shouldDropNoWordOfTheProseOfAnyExample() throws Exception {
        for (Path md : markdownExamples()) {
            String out = codec.writeJson(new MarkdownImport().read(Files.readString(md)).document())
                    .toLowerCase(Locale.ROOT);
            for (String line : Files.readAllLines(md)) {
                if (line.startsWith("#") || line.startsWith("|")) {
                    continue; // headings name sections; tables are checked against the expected documents
                }
                String prose = line.replaceAll("^\\*\\*[^*]+:\\*\\*", "").replaceAll("^\\s*(?:[-*]|\\d+\\.)\\s", "");
                for (String word : prose.toLowerCase(Locale.ROOT).split("[^a-z0-9%]+")) {
                    if (word.length() >= 4 && !word.equals("times")) {
                        assertTrue(md + ": '" + word + "' of '" + line + "' is in the document", out.contains(word));
                    }
                }
            }
        }
    }

    @Test
    public void import_shouldKeepUnmappedTextInNotesUnderItsHeadingAndReportIt() {
        String markdown = String.join("\n",
                "# Disk full on the build farm",
                "",
                "Owner: rsingh",
                "Mood: tense",
                "",
                "## Summary",
                "",
                "The build farm's shared disk filled up.",
                "",
                "## Vendor correspondence",
                "",
                "The vendor promised a larger volume by Friday.",
                "",
                "## Timeline",
                "",
                "| Time | Event |",
                "| --- | --- |",
                "| 2026-06-02T10:00:00Z | Builds start failing |",
                "| shortly after | Someone deletes old artifacts |",
                "");
        MarkdownImport.Result result = new MarkdownImport().read(markdown);
        PostMortem doc = result.document();
        assertEquals("Disk full on the build farm", doc.getTitle());
        assertEquals("The build farm's shared disk filled up.", doc.getSummary());
        assertEquals("rsingh", doc.getMeeting().getContact());
        assertEquals(1, doc.getTimeline().size());

        assertEquals(List.of("Mood", "Vendor correspondence", "Timeline"),
                doc.getNotes().stream().map(Note::getHeading).toList());
        assertEquals("tense", doc.getNotes().get(0).getText());
        assertEquals("The vendor promised a larger volume by Friday.", doc.getNotes().get(1).getText());
        assertEquals("shortly after | Someone deletes old artifacts", doc.getNotes().get(2).getText());

        assertEquals(3, result.unmapped().size());
        assertTrue(result.unmapped().toString(), result.unmapped().get(1).startsWith("Vendor correspondence: "));
        assertTrue(result.unmapped().toString(), result.unmapped().get(2).contains("'shortly after' is not a time"));
    }

    @Test
    public void import_shouldAnswerEmptyAndHostileInputWithADocumentNeverAnException() {
        for (String markdown : new String[] {null, "", "#", "| a |\n| - |\n| b |", "## Timeline\n\n| x |\n| - |\n| 25:99 |",
                "## Action items\n\n| Owner |\n| --- |\n| a |", "[".repeat(10_000), "> ".repeat(5_000) + "x"}) {
            MarkdownImport.Result result = new MarkdownImport().read(markdown);
            assertNotNull(String.valueOf(markdown), result.document());
        }
        PostMortem deep = new MarkdownImport().read("> ".repeat(5_000) + "deeply quoted").document();
        assertEquals("text nested too deep for the renderer is still kept", "deeply quoted",
                deep.getNotes().get(0).getText());
    }
}
