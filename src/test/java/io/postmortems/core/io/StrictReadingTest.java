package io.postmortems.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A document a person sends (a CLI file, a REST body) is read strictly: a field this version does not know, a number
 * where text belongs and a text with NUL or half a surrogate pair are refused with the field's path (issue #10). What
 * the app stored is read as it was written.
 */
public class StrictReadingTest {
    private final PostMortemCodec codec = new PostMortemCodec();

    @Test
    public void readJson_shouldRefuseAnUnknownFieldNamingItsPath() {
        ReadResult r = codec.readJson("{\"countermeasures\":[{\"summary\":\"a\"},{\"summary\":\"b\"},"
                + "{\"summary\":\"c\",\"ownr\":\"ada\"}]}");
        assertFalse(r.isOk());
        assertEquals(1, r.problems().size());
        assertEquals("countermeasures[2].ownr", r.problems().get(0).path());
        assertTrue(r.problems().get(0).message(), r.problems().get(0).message().contains("owner"));
    }

    @Test
    public void readYaml_shouldRefuseUnknownFieldsAtEveryLevel() {
        ReadResult r = codec.readYaml("tittle: t\ntimes:\n  begun: 2026-03-01T10:00:00Z\ntimeline:\n"
                + "  - at: 2026-03-01T10:00:00Z\n    text: x\n    colour: red\n");
        assertFalse(r.isOk());
        assertEquals(List.of("tittle", "times.begun", "timeline[0].colour"),
                r.problems().stream().map(InputProblem::path).toList());
    }

    @Test
    public void readStored_shouldKeepUnknownFieldsSoEveryStoredDocumentStaysReadable() {
        ReadResult r = codec.readStored("{\"title\":\"t\",\"fromTheFuture\":1,\"timeline\":[{\"text\":\"x\",\"y\":2}]}");
        assertTrue(r.problems().toString(), r.isOk());
        assertEquals(2, r.get().getTimeline().get(0).unknownFields().get("y").intValue());
    }

    @Test
    public void readAgainstStored_shouldAcceptOnlyUnknownFieldsTheStoredDocumentCarriesWithTheSameValue()
            throws Exception {
        PostMortem stored = codec.readStored("{\"fromTheFuture\":{\"x\":1},\"countermeasures\":["
                + "{\"summary\":\"a\"},{\"summary\":\"b\",\"estimate\":3}]}").get();
        ObjectMapper mapper = codec.jsonMapper();
        // sent back as stored, the first countermeasure removed: the carried field moved from [1] to [0]
        ReadResult back = codec.read(mapper.readTree("{\"fromTheFuture\":{\"x\":1},\"summary\":\"edited\","
                + "\"countermeasures\":[{\"summary\":\"b\",\"estimate\":3}]}"), stored);
        assertTrue(back.problems().toString(), back.isOk());
        assertEquals(3, back.get().getCountermeasures().get(0).unknownFields().get("estimate").intValue());
        ReadResult changed = codec.read(mapper.readTree("{\"fromTheFuture\":{\"x\":2},\"ownr\":\"ada\"}"), stored);
        assertFalse(changed.isOk());
        assertEquals(List.of("fromTheFuture", "ownr"), changed.problems().stream().map(InputProblem::path).toList());
        assertFalse("without a stored document nothing is carried",
                codec.read(mapper.readTree("{\"fromTheFuture\":{\"x\":1}}")).isOk());
    }

    @Test
    public void read_shouldRefuseANumberWhereTextIsExpectedAndTheReverse() throws Exception {
        ObjectMapper mapper = codec.jsonMapper();
        ReadResult number = codec.read(mapper.readTree("{\"summary\":1e999999999,\"tags\":[7]}"));
        assertFalse(number.isOk());
        assertEquals(List.of("summary", "tags[0]"), number.problems().stream().map(InputProblem::path).toList());
        ReadResult text = codec.read(mapper.readTree("{\"schemaVersion\":\"2\"}"));
        assertFalse(text.isOk());
        assertEquals("schemaVersion", text.problems().get(0).path());
        ReadResult flag = codec.read(mapper.readTree("{\"impact\":{\"customerFacing\":\"yes\"}}"));
        assertFalse(flag.isOk());
        assertEquals("impact.customerFacing", flag.problems().get(0).path());
    }

    @Test
    public void readJson_shouldRefuseNulAndLoneSurrogatesInTextsAndFieldNames() {
        for (String bad : List.of("\\u0000", "a\\u0000b", "\\uD800", "x\\uDC00", "\\uDBFF\\uDBFF")) {
            ReadResult r = codec.readJson("{\"timeline\":[{\"at\":\"2026-03-01T10:00:00Z\",\"text\":\"" + bad
                    + "\"}]}");
            assertFalse(bad, r.isOk());
            assertEquals(bad, "timeline[0].text", r.problems().get(0).path());
            assertTrue(r.problems().get(0).message().contains("NUL"));
        }
        ReadResult key = codec.readJson("{\"meeting\":{\"cont\\u0000act\":\"a\"}}");
        assertFalse(key.isOk());
        assertEquals("meeting.cont\u0000act", key.problems().get(0).path());
        ReadResult pair = codec.readJson("{\"summary\":\"\\uD83D\\uDE00 fine\"}");
        assertTrue(pair.problems().toString(), pair.isOk());
    }

    @Test
    public void isWritable_shouldAllowSurrogatePairsAndRefuseNulAndHalves() {
        assertTrue(DocumentLimits.isWritable("caf\u00e9 \uD83D\uDE00 \t\n"));
        assertFalse(DocumentLimits.isWritable("\u0000"));
        assertFalse(DocumentLimits.isWritable("\uD83D"));
        assertFalse(DocumentLimits.isWritable("\uDE00\uD83D"));
    }

    @Test
    public void readJson_shouldAcceptEveryBundledExample() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            examples = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(examples.size() >= 4);
        for (Path file : examples) {
            ReadResult r = codec.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(file + ": " + r.problems(), r.isOk());
        }
    }

    @Test
    public void check_shouldRefuseUnwritableTextsOnEverySaveNamingTheField() {
        PostMortem doc = new PostMortem();
        doc.setSummary("\u0000");
        doc.getTags().add("ok\uD800");
        List<DocumentLimits.Breach> breaches = DocumentLimits.check(doc, codec);
        assertEquals(List.of("summary", "tags[0]"), breaches.stream().map(DocumentLimits.Breach::path).toList());
        assertTrue(breaches.stream().allMatch(b -> b.kind() == DocumentLimits.Kind.TEXT));
    }
}
