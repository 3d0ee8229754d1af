package io.postmortems.core.examples;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.metrics.TimeDisplay;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Every bundled example reads, and reviews to the outcome it was written to show. */
public class ExamplesTest {
    static final Path EXAMPLES = Path.of("examples");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final PostMortemCodec codec = new PostMortemCodec();
    private final PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults().toBuilder()
            .clock(CLOCK).build());

    static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
    }

    private PostMortem load(String name) throws IOException {
        Path file = EXAMPLES.resolve(name);
        ReadResult r = codec.read(name, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(name + ": " + r.problems(), r.isOk());
        return r.get();
    }

    @Test
    public void examples_shouldAllBeReadable() throws IOException {
        List<Path> files = exampleFiles();
        assertTrue(files.toString(), files.size() >= 4);
        for (Path file : files) {
            load(file.getFileName().toString());
        }
    }

    @Test
    public void completeExamples_shouldHaveNoFindingsAtAll() throws IOException {
        for (String name : List.of("sev1-payment-gateway-outage.json", "sev2-berlin-dst-batch-failure.json",
                "sev3-tokyo-search-latency.yaml")) {
            PostMortem doc = load(name);
            assertEquals(name, List.of(), reviewer.review(doc).findings());
            assertTrue(name, TimeDisplay.parseZone(doc.getTimeZone()).isPresent());
        }
    }

    @Test
    public void completeExamples_shouldBeRich() throws IOException {
        PostMortem sev1 = load("sev1-payment-gateway-outage.json");
        assertEquals(Set.of(EventKind.values()),
                sev1.getTimeline().stream().map(e -> e.getKind()).collect(Collectors.toSet()));
        assertEquals(5, sev1.getRootCause().getFiveWhys().size());
        assertTrue(sev1.getCountermeasures().stream().anyMatch(c -> c.getIssueKey() != null));
        assertFalse(sev1.getGotLucky().isEmpty());
        assertEquals("UTC", sev1.getTimeZone());
        assertEquals(ZoneId.of("Asia/Tokyo"), ZoneId.of(load("sev3-tokyo-search-latency.yaml").getTimeZone()));
    }

    @Test
    public void dstExample_shouldHaveExactDurationsAcrossTheClockChange() throws IOException {
        PostMortem doc = load("sev2-berlin-dst-batch-failure.json");
        IncidentMetrics m = IncidentMetrics.of(doc);
        assertEquals(Duration.ofMinutes(40), m.totalDuration().orElseThrow());
        assertEquals(Duration.ofMinutes(15), m.timeToDetect().orElseThrow());
        assertEquals(Duration.ofMinutes(7), m.timeToAcknowledge().orElseThrow());
        assertEquals(Duration.ofMinutes(30), m.timeToMitigate().orElseThrow());
        assertEquals(Duration.ofMinutes(25), m.userImpactDuration().orElseThrow());
        ZoneId berlin = ZoneId.of(doc.getTimeZone());
        assertEquals("2026-03-29 01:40 CET", TimeDisplay.format(doc.getTimes().getStarted(), berlin));
        assertEquals("2026-03-29 03:20 CEST", TimeDisplay.format(doc.getTimes().getResolved(), berlin));
    }

    @Test
    public void tokyoExample_shouldKeepItsOffsetAndDurations() throws IOException {
        PostMortem doc = load("sev3-tokyo-search-latency.yaml");
        assertEquals(ZoneOffset.ofHours(9), doc.getTimes().getStarted().getOffset());
        assertEquals(Duration.ofMinutes(160), IncidentMetrics.of(doc).totalDuration().orElseThrow());
    }

    @Test
    public void draftExample_shouldShowTheExpectedErrorsAndLanguageFindings() throws IOException {
        ReviewReport r = reviewer.review(load("draft-incomplete-with-blame.json"));
        List<String> errors = r.at(Level.ERROR).stream().map(f -> f.code() + "@" + f.path()).sorted().toList();
        assertEquals(List.of(
                "chronology.detected-before-started@times.detected",
                "completeness.contributing-factors.missing@contributingFactors",
                "completeness.countermeasure.due-date.before-start@countermeasures[1].dueDate",
                "completeness.countermeasure.due-date.missing@countermeasures[0].dueDate",
                "completeness.countermeasure.owner.missing@countermeasures[0].owner",
                "completeness.five-whys.missing@rootCause.fiveWhys",
                "completeness.lessons.missing@lessonsLearned",
                "completeness.resolution.missing@resolution",
                "completeness.times.resolved.missing@times.resolved"), errors);
        List<String> other = r.findings().stream().filter(f -> f.level() != Level.ERROR)
                .map(f -> f.level() + " " + f.code() + "@" + f.path() + " " + f.args().get(0)).toList();
        assertEquals(Arrays.asList(
                "WARNING completeness.countermeasure.duplicate@countermeasures[1].summary check queue names in review.",
                "WARNING language.person-in-root-cause@rootCause.description Beatriz",
                "WARNING language.blame@rootCause.description careless",
                "WARNING language.blame@summary human error",
                "HINT language.counterfactual@summary should have",
                "HINT language.counterfactual@timeline[1].text failed to"), other);
        Finding careless = r.findings().stream().filter(f -> f.args().get(0).equals("careless")).findFirst().orElseThrow();
        assertTrue(careless.span().sentence().startsWith("Beatriz renamed the queue"));
    }
}
