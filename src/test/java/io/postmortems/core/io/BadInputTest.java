package io.postmortems.core.io;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ChronologyRules;
import io.postmortems.core.review.CompletenessRules;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Bad input never throws, never loses a valid part silently, and always names the field. */
public class BadInputTest {
    private static final Pattern TECHNICAL = Pattern.compile(
            "java\\.|com\\.fasterxml|Exception|\\bclass\\b|OffsetDateTime|LocalDate|ObjectNode|`|\\$|@");
    private final PostMortemCodec codec = new PostMortemCodec();
    private final PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults().toBuilder()
            .clock(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC)).build());

    private List<InputProblem> problems(ReadResult r) {
        assertFalse("expected a failed read", r.isOk());
        for (InputProblem p : r.problems()) {
            assertFalse("technical words in: " + p, TECHNICAL.matcher(p.message()).find());
            assertFalse(p.message().isBlank());
        }
        return r.problems();
    }

    private InputProblem onlyProblem(String json) {
        List<InputProblem> ps = problems(codec.readJson(json));
        assertEquals(ps.toString(), 1, ps.size());
        return ps.get(0);
    }

    @Test
    public void read_shouldRefuseInstantsAndDatesOutsideTheYears1970To9999() {
        InputProblem far = onlyProblem("{\"schemaVersion\":2,\"timeline\":[{\"at\":\"+999999999-12-31T23:59:59-18:00\","
                + "\"text\":\"x\",\"kind\":\"ACTION\"}]}");
        assertEquals("timeline[0].at", far.path());
        assertEquals("'+999999999-12-31T23:59:59-18:00' is outside the years 1970 to 9999", far.message());
        assertEquals("'1969-12-31T23:59:59Z' is outside the years 1970 to 9999", onlyProblem(
                "{\"schemaVersion\":2,\"times\":{\"started\":\"1969-12-31T23:59:59Z\"}}").message());
        assertEquals("times.started", onlyProblem(
                "{\"schemaVersion\":2,\"times\":{\"started\":\"9999-12-31T23:00:00-01:00\"}}").path());
        assertTrue(codec.readJson("{\"schemaVersion\":2,\"times\":{\"started\":\"9999-12-31T22:00:00-01:00\"}}")
                .isOk());
        assertTrue(codec.readJson("{\"schemaVersion\":2,\"times\":{\"started\":\"1970-01-01T00:00:00Z\"}}").isOk());
    }

    @Test
    public void read_shouldDescribeMalformedJsonAndYamlWithTheirLine() {
        InputProblem p = onlyProblem("{\n  \"title\": \"x\"\n  \"summary\": \"y\"\n}");
        assertTrue(p.message(), p.message().contains("not valid JSON at line 3"));
        ReadResult yaml = codec.readYaml("title: x\nsummary: [unclosed\n");
        assertTrue(problems(yaml).get(0).message(), yaml.problems().get(0).message().contains("not valid YAML"));
        assertTrue(problems(codec.readJson("{\"a\":1} {\"b\":2}")).get(0).message().contains("after the end"));
        for (String notAnObject : List.of("null", "42", "\"text\"", "[]", "[{}]")) {
            assertEquals("the document must be an object", onlyProblem(notAnObject).message());
        }
        assertEquals("the document is empty", onlyProblem(" \n").message());
    }

    @Test
    public void read_shouldNameEveryFieldOfTheWrongTypeInOneRead() {
        List<InputProblem> ps = problems(codec.readJson("{\"schemaVersion\":2,\"title\":{\"a\":1},\"timeline\":\"x\","
                + "\"times\":{\"started\":12345,\"detected\":\"2026-13-01T00:00:00Z\"},\"impact\":{\"customerFacing\":\"yes\"},"
                + "\"countermeasures\":[{\"summary\":\"ok\"},{\"dueDate\":[2026,1,1],\"priority\":\"URGENT\"}],"
                + "\"services\":[1]}"));
        assertEquals(List.of("title", "timeline", "times.started", "times.detected", "impact.customerFacing",
                "countermeasures[1].dueDate", "countermeasures[1].priority", "services[0]"),
                ps.stream().map(InputProblem::path).toList());
        assertTrue(ps.get(6).message(), ps.get(6).message().contains("HIGHEST"));
        assertTrue(ps.get(7).message(), ps.get(7).message().contains("quotes"));
    }

    @Test
    public void read_shouldRefuseDuplicateKeysNamingThem() {
        InputProblem p = onlyProblem("{\"times\":{\"started\":\"2026-01-01T00:00:00Z\",\"started\":\"2026-01-02T00:00:00Z\"}}");
        assertEquals("times.started", p.path());
        assertTrue(p.message(), p.message().contains("twice"));
        List<InputProblem> yaml = problems(codec.readYaml("title: a\nseverity: SEV1\ntitle: b\n"));
        assertEquals("title", yaml.get(0).path());
    }

    @Test
    public void read_shouldRefuseDeeplyNestedJunkButKeepModerateUnknownNesting() {
        String deep = "{\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertTrue(onlyProblem(deep).message().contains("nested more than 64 levels"));
        String moderate = "{\"x\":" + "{\"y\":".repeat(20) + "1" + "}".repeat(20) + "}";
        ReadResult ok = codec.readStored(moderate); // kept in a stored document; a person's file may not add it
        assertTrue(ok.problems().toString(), ok.isOk());
        assertEquals("x", onlyProblem(moderate).path());
        assertTrue(codec.writeJson(ok.get()).replaceAll("\\s", "").contains("{\"y\":".repeat(20) + "1"));
    }

    @Test
    public void read_shouldRefuseInstantsWithoutOffsetAndEpochNumbers() {
        assertEquals("times.detected", onlyProblem("{\"times\":{\"detected\":\"2026-03-01T10:00:00\"}}").path());
        assertEquals("timeline[0].at", onlyProblem("{\"timeline\":[{\"at\":1700000000}]}").path());
        assertEquals("meeting.reviewDate", onlyProblem("{\"meeting\":{\"reviewDate\":\"15.04.2026\"}}").path());
    }

    @Test
    public void read_shouldTreatNullListsAndNullEntriesAsEmpty() {
        ReadResult r = codec.readJson("{\"timeline\":null,\"lessonsLearned\":[null,\"Keep runbooks short\",null],"
                + "\"countermeasures\":[null],\"meeting\":null,\"times\":null,\"rootCause\":{\"fiveWhys\":null}}");
        assertTrue(r.problems().toString(), r.isOk());
        PostMortem d = r.get();
        assertEquals(List.of("Keep runbooks short"), d.getLessonsLearned());
        assertEquals(List.of(), d.getCountermeasures());
        assertEquals(List.of(), d.getTimeline());
        assertEquals(List.of(), d.getRootCause().getFiveWhys());
        assertTrue(reviewer.review(d).hasErrors());
    }

    @Test
    public void read_shouldNotLetMigrationOverwriteAFieldOfTheWrongType() {
        List<InputProblem> ps = problems(codec.readJson("{\"startTime\":\"2026-01-01T10:00:00Z\",\"times\":\"morning\"}"));
        // the flat time stays where the author wrote it, so the strict read names it too
        assertEquals(List.of("times", "startTime"), ps.stream().map(InputProblem::path).toList());
    }

    @Test
    public void readAndReview_shouldReportUnknownSeverityBadZoneAbsurdInstantsAndReversedTimes() {
        ReadResult r = codec.readJson("{\"title\":\"t\",\"severity\":\"SEV9\",\"timeZone\":\"Mars/Olympus_Mons\","
                + "\"times\":{\"started\":\"2500-01-01T00:00:00Z\",\"detected\":\"3000-01-01T00:00:00+09:00\","
                + "\"resolved\":\"2026-01-01T00:00:00-03:00\"}}");
        assertTrue(r.problems().toString(), r.isOk());
        ReviewReport report = reviewer.review(r.get());
        List<String> paths = report.findings().stream()
                .filter(f -> List.of(CompletenessRules.SEVERITY_UNKNOWN, ChronologyRules.TIME_ZONE_INVALID,
                        ChronologyRules.IMPLAUSIBLE, "chronology.resolved-before-detected").contains(f.code()))
                .map(Finding::path).sorted().toList();
        assertEquals(List.of("severity", "timeZone", "times.detected", "times.resolved", "times.started"), paths);
    }

    @Test
    public void readAndReview_shouldHandleTenMegabyteTexts() {
        String big = "The queue grew. ".repeat(10 * 1024 * 1024 / 16);
        String json = "{\"title\":\"t\",\"summary\":\"" + big + "\",\"lessonsLearned\":[\"x\"]}";
        ReadResult r = codec.readJson(json);
        assertTrue(r.problems().toString(), r.isOk());
        assertEquals(big.length(), r.get().getSummary().length());
        ReviewReport report = reviewer.review(r.get());
        assertTrue(report.findings().stream().noneMatch(f -> f.code().startsWith("language.")));
        String tooBig = "{\"summary\":\"" + "x".repeat(PostMortemCodec.MAX_DOCUMENT_CHARS) + "\"}";
        assertTrue(onlyProblem(tooBig).message().contains("larger than"));
    }

    @Test
    public void readAndReview_shouldKeepDuplicateCountermeasuresAndWarn() {
        ReadResult r = codec.readJson("{\"countermeasures\":[{\"summary\":\"Add a disk alert\",\"owner\":\"a\"},"
                + "{\"summary\":\"add a DISK alert.\",\"owner\":\"b\"}]}");
        assertEquals(2, r.get().getCountermeasures().size());
        List<Finding> dup = reviewer.review(r.get()).findings().stream()
                .filter(f -> f.code().equals(CompletenessRules.CM_DUPLICATE)).toList();
        assertEquals("countermeasures[1].summary", dup.get(0).path());
    }
}
