package io.postmortems.publishing.render;

import io.postmortems.core.io.MarkdownImport;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.Meeting;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The page of every bundled example shows every key time, duration and meeting detail the example has, as a row of
 * the Page Properties table ({@code <tr><th>label</th><td>value</td></tr>}), and no row for one it lacks.
 */
public class ExamplePagesTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();

    @Test
    public void examplePages_shouldShowEveryTimeDurationAndMeetingFieldTheExampleHas() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("examples"))) {
            files = list.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertTrue(files.toString(), files.size() >= 4);
        int checked = 0;
        for (Path file : files) {
            ReadResult r = new PostMortemCodec().read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(file + ": " + r.problems(), r.isOk());
            PostMortem doc = r.get();
            String body = RENDERER.render(doc, Samples.target()).storageBody();
            Samples.parseStorage(body);
            for (Map.Entry<String, Optional<String>> fact : expectedFacts(doc).entrySet()) {
                String row = "<tr><th>" + XmlText.escape(fact.getKey()) + "</th><td>";
                if (fact.getValue().isPresent()) {
                    String expected = row + XmlText.escape(fact.getValue().get()) + "</td></tr>";
                    assertTrue(file + " shows " + expected, body.contains(expected));
                    checked++;
                } else {
                    assertFalse(file + " leaves out " + fact.getKey(), body.contains(row));
                }
            }
        }
        assertTrue("the examples have times and meeting details: " + checked, checked >= 4 * 10);
    }

    /** An imported Markdown example keeps what maps nowhere in notes; its page shows every line of every note. */
    @Test
    public void importedExamplePages_shouldShowEveryNoteHeadingAndLineOfText() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("examples/import"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.toString(), files.size() >= 3);
        int lines = 0;
        for (Path file : files) {
            PostMortem doc = new MarkdownImport().read(Files.readString(file, StandardCharsets.UTF_8)).document();
            assertFalse(file + " has notes", doc.getNotes().isEmpty());
            String shown = Samples.parseStorage(RENDERER.render(doc, Samples.target()).storageBody())
                    .getDocumentElement().getTextContent();
            assertTrue(file.toString(), shown.contains("Notes (imported)"));
            for (Note note : doc.getNotes()) {
                assertTrue(file + " shows heading " + note.getHeading(), shown.contains(note.getHeading().strip()));
                for (String line : note.getText().split("\\R")) {
                    if (!line.isBlank()) {
                        assertTrue(file + " shows " + line, shown.contains(line.strip()));
                        lines++;
                    }
                }
            }
        }
        assertTrue("the examples keep text in notes: " + lines, lines >= 10);
    }

    private static Map<String, Optional<String>> expectedFacts(PostMortem doc) {
        IncidentTimes t = doc.getTimes();
        Meeting m = doc.getMeeting();
        IncidentMetrics metrics = IncidentMetrics.of(doc);
        Map<String, Optional<String>> facts = new LinkedHashMap<>();
        time(facts, "Started", t.getStarted());
        time(facts, "First user impact", t.getFirstUserImpact());
        time(facts, "First user report", t.getFirstUserReport());
        time(facts, "Detected", t.getDetected());
        time(facts, "Acknowledged", t.getAcknowledged());
        time(facts, "Mitigated", t.getMitigated());
        time(facts, "Hotfix deployed", t.getHotfix());
        time(facts, "Resolved", t.getResolved());
        for (NamedTime named : t.getCustom()) {
            time(facts, named.getName(), named.getAt());
        }
        duration(facts, "Time to detect", metrics.timeToDetect());
        duration(facts, "Time to acknowledge", metrics.timeToAcknowledge());
        duration(facts, "Time to mitigate", metrics.timeToMitigate());
        duration(facts, "Time to resolve", metrics.timeToResolve());
        duration(facts, "User impact", metrics.userImpactDuration());
        facts.put("Review date", Optional.ofNullable(m.getReviewDate()).map(Object::toString));
        text(facts, "Facilitator", m.getFacilitatedBy());
        text(facts, "Contact", m.getContact());
        text(facts, "Written by", m.getCreatedBy());
        List<String> people = new ArrayList<>(m.getParticipants());
        facts.put("Participants", people.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", people)));
        return facts;
    }

    private static void time(Map<String, Optional<String>> facts, String label, OffsetDateTime at) {
        facts.put(label, Optional.ofNullable(at).map(a -> TimeFormat.format(a, Samples.target().displayZone())));
    }

    private static void duration(Map<String, Optional<String>> facts, String label, Optional<Duration> d) {
        facts.put(label, d.map(Durations::format));
    }

    private static void text(Map<String, Optional<String>> facts, String label, String value) {
        facts.put(label, Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip));
    }
}
