package io.postmortems.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postmortems.testing.HeadlessChromium;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code report FILE|DIR... --out DIR}: the figures are checked against numbers worked out by hand from three small
 * documents (see {@link #writeThree}), not against the code's own output. The run on {@code examples/} leaves
 * target/report-look/index.png for a look (skipped without Chromium).
 */
public class ReportCommandTest {
    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), Map.of());
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * A: SEV1, payments + api, cause change, started 1 March 10:00Z; detect 10 min, acknowledge 5, mitigate 60,
     *    resolve 120. Countermeasures: done on 5 March, due 10 March (on time, 4 days); open due 30 April (beyond
     *    SEV1's 4-week target from 1 March, 29 March; not overdue on 20 April); open due 20 March (overdue).
     * B: SEV1, payments, cause change, started 31 March 22:30Z (1 April 00:30 in Berlin); detect 30, acknowledge 10,
     *    mitigate 90, resolve 300. Countermeasure: done on 10 April, due 5 April (late; 10 days from 31 March).
     * C: SEV3, no service, no cause, started 2 April 08:00Z; detect 5, no acknowledge, mitigate 20, resolve 50.
     *    Countermeasure: open due 1 May (not overdue, within SEV3's 8 weeks).
     */
    private Path writeThree() throws Exception {
        Path dir = tmp.newFolder("docs").toPath();
        Files.writeString(dir.resolve("a.yaml"), String.join("\n",
                "schemaVersion: 2", "title: A", "severity: SEV1", "causeCategory: change",
                "services: [payments, api]",
                "times:", "  started: \"2026-03-01T10:00:00Z\"", "  detected: \"2026-03-01T10:10:00Z\"",
                "  acknowledged: \"2026-03-01T10:15:00Z\"", "  mitigated: \"2026-03-01T11:00:00Z\"",
                "  resolved: \"2026-03-01T12:00:00Z\"",
                "countermeasures:",
                "  - {id: a1, summary: x, owner: o, dueDate: \"2026-03-10\", status: DONE, doneOn: \"2026-03-05\"}",
                "  - {id: a2, summary: y, owner: o, dueDate: \"2026-04-30\"}",
                "  - {id: a3, summary: z, owner: o, dueDate: \"2026-03-20\"}", ""));
        Files.writeString(dir.resolve("b.yaml"), String.join("\n",
                "schemaVersion: 2", "title: B", "severity: SEV1", "causeCategory: change", "services: [payments]",
                "times:", "  started: \"2026-03-31T22:30:00Z\"", "  detected: \"2026-03-31T23:00:00Z\"",
                "  acknowledged: \"2026-03-31T23:10:00Z\"", "  mitigated: \"2026-04-01T00:00:00Z\"",
                "  resolved: \"2026-04-01T03:30:00Z\"",
                "countermeasures:",
                "  - {id: b1, summary: x, owner: o, dueDate: \"2026-04-05\", status: DONE, doneOn: \"2026-04-10\"}",
                ""));
        Files.writeString(dir.resolve("c.yaml"), String.join("\n",
                "schemaVersion: 2", "title: C", "severity: SEV3",
                "times:", "  started: \"2026-04-02T08:00:00Z\"", "  detected: \"2026-04-02T08:05:00Z\"",
                "  mitigated: \"2026-04-02T08:20:00Z\"", "  resolved: \"2026-04-02T08:50:00Z\"",
                "countermeasures:",
                "  - {id: c1, summary: x, owner: o, dueDate: \"2026-05-01\"}", ""));
        return dir;
    }

    private JsonNode report(Path out) throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
    }

    private static void assertStats(JsonNode stats, int count, Integer median, Integer p90) {
        assertEquals(stats.toString(), count, stats.get("count").asInt());
        assertEquals(stats.toString(), median == null, stats.get("medianMinutes").isNull());
        assertEquals(stats.toString(), p90 == null, stats.get("p90Minutes").isNull());
        if (median != null) {
            assertEquals(stats.toString(), (long) median, stats.get("medianMinutes").asLong());
            assertEquals(stats.toString(), (long) p90, stats.get("p90Minutes").asLong());
        }
    }

    @Test
    public void report_shouldComputeTheFiguresWorkedOutByHand() throws Exception {
        Path dir = writeThree();
        Path out = tmp.getRoot().toPath().resolve("out");
        assertEquals(err(), 0, run("report", dir.toString(), "--out", out.toString(), "--today", "2026-04-20"));
        JsonNode r = report(out);
        assertEquals("postmortems-report", r.get("format").asText());
        assertEquals(1, r.get("version").asInt());
        assertEquals(3, r.get("postMortems").asInt());
        assertEquals("UTC", r.get("monthZone").asText());
        JsonNode d = r.get("durations");
        // overall: detect 5, 10, 30 -> nearest-rank median is the 2nd (10), p90 the 3rd (30)
        assertStats(d.at("/overall/timeToDetect"), 3, 10, 30);
        // acknowledge 5, 10 (C has none) -> median the 1st (5), p90 the 2nd (10)
        assertStats(d.at("/overall/timeToAcknowledge"), 2, 5, 10);
        assertStats(d.at("/overall/timeToMitigate"), 3, 60, 90);
        assertStats(d.at("/overall/timeToResolve"), 3, 120, 300);
        // per month in UTC: A and B in March, C in April
        assertEquals("[\"2026-03\",\"2026-04\"]", names(d.get("byMonth")));
        assertEquals(2, d.at("/byMonth/2026-03/postMortems").asInt());
        assertEquals(1, d.at("/byMonth/2026-04/postMortems").asInt());
        assertStats(d.at("/byMonth/2026-03/timeToResolve"), 2, 120, 300);
        assertStats(d.at("/byMonth/2026-04/timeToAcknowledge"), 0, null, null);
        // by severity, service and cause
        assertEquals("[\"SEV1\",\"SEV3\"]", names(d.get("bySeverity")));
        assertStats(d.at("/bySeverity/SEV1/timeToDetect"), 2, 10, 30);
        assertStats(d.at("/bySeverity/SEV3/timeToResolve"), 1, 50, 50);
        assertEquals("[\"api\",\"payments\"]", names(d.get("byService")));
        assertEquals(1, d.at("/byService/api/postMortems").asInt());
        assertEquals(2, d.at("/byService/payments/postMortems").asInt());
        assertStats(d.at("/byService/payments/timeToMitigate"), 2, 60, 90);
        assertEquals("[\"(none)\",\"change\"]", names(d.get("byCause")));
        assertEquals(2, d.at("/byCause/change/postMortems").asInt());
        assertEquals(1, d.at("/byCause/(none)/postMortems").asInt());
        // countermeasures: 5 in all; open a2, a3, c1; done a1 (on time), b1 (late)
        JsonNode h = r.get("countermeasures");
        assertEquals(5, h.get("total").asInt());
        assertEquals(3, h.get("open").asInt());
        assertEquals("only a3 (due 20 March) is past on 20 April", 1, h.get("overdue").asInt());
        assertEquals(2, h.get("done").asInt());
        assertEquals(1, h.get("doneOnTime").asInt());
        assertEquals(50, h.get("doneOnTimePercent").asInt());
        assertEquals("days to done 4 and 10: nearest-rank median 4", 4, h.get("medianDaysToDone").asInt());
        assertEquals("a2 is due after 29 March", 1, h.get("targetBreaches").asInt());
        assertEquals(3, r.at("/files/read").size());
        assertEquals(0, r.at("/files/skipped").size());

        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page, page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(page, page.contains("Post-mortems read from files; months in UTC, overdue as of 2026-04-20"));
        assertFalse("no Jira wording", page.contains("you can browse"));
        assertEquals("six sections, each a chart then its table", 6, count(page, "<figure class=\"pm-report-chart\"><svg"));
        assertEquals(6, count(page, "<table class=\"aui pm-report-table\">"));
        assertTrue(page, page.contains("<th scope=\"row\">2026-03</th><td>2</td>"));
        assertFalse("self-contained: nothing loaded", page.contains("<link") || page.contains("<script")
                || page.contains("src=\"http"));
        assertFalse("Jira's decorator is not in a standalone page", page.contains("atl.general"));
    }

    @Test
    public void report_shouldPutAnIncidentInTheMonthOfTheGivenZoneInTheGivenLanguage() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("berlin");
        assertEquals(err(), 0, run("report", writeThree().toString(), "--out", out.toString(),
                "--today", "2026-04-20", "--zone", "Europe/Berlin", "--locale", "de"));
        JsonNode r = report(out);
        assertEquals("B starts at 00:30 on 1 April in Berlin", 1, r.at("/durations/byMonth/2026-03/postMortems").asInt());
        assertEquals(2, r.at("/durations/byMonth/2026-04/postMortems").asInt());
        assertEquals("Europe/Berlin", r.get("monthZone").asText());
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page, page.contains("<html lang=\"de\">"));
        assertTrue(page, page.contains("Aus Dateien gelesene Post-Mortems; Monate in Europe/Berlin, \u00fcberf\u00e4llig am 2026-04-20"));
    }

    @Test
    public void report_shouldNameAnUnreadableFileLeaveItOutAndStillSucceed() throws Exception {
        Path dir = writeThree();
        Files.writeString(dir.resolve("broken.json"), "{ \"title\": ");
        Path out = tmp.getRoot().toPath().resolve("out");
        assertEquals(err(), 0, run("report", dir.toString(), "--out", out.toString(), "--today", "2026-04-20"));
        assertTrue(err(), err().startsWith(dir.resolve("broken.json") + ": "));
        assertFalse(err(), err().contains("Exception") || err().contains("\tat "));
        JsonNode r = report(out);
        assertEquals(3, r.get("postMortems").asInt());
        assertEquals(dir.resolve("broken.json").toString(), r.at("/files/skipped/0/file").asText());
        assertFalse(r.at("/files/skipped/0/problems/0").asText().isBlank());
        assertTrue(outBytes.toString(StandardCharsets.UTF_8), outBytes.toString(StandardCharsets.UTF_8)
                .startsWith("report: 3 post-mortems, 1 file left out -> "));
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page, page.contains("Files left out because they could not be read: 1."));
    }

    @Test
    public void report_shouldFailWithoutWritingWhenNothingCanBeRead() throws Exception {
        Path dir = tmp.newFolder("bad").toPath();
        Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed");
        Path out = tmp.getRoot().toPath().resolve("none");
        assertEquals(2, run("report", dir.toString(), "--out", out.toString()));
        assertTrue(err(), err().contains("broken.yaml: "));
        assertTrue(err(), err().endsWith("postmortems: no post-mortem could be read; no report written\n"));
        assertFalse(Files.exists(out));
    }

    @Test
    public void report_shouldRejectABadDateOrZoneInOneLine() throws Exception {
        assertEquals(2, run("report", "examples", "--out", tmp.getRoot().toString(), "--today", "20.4.2026"));
        assertEquals("postmortems: --today '20.4.2026' is not a date (YYYY-MM-DD) (try --help)\n", err());
        errBytes.reset();
        assertEquals(2, run("report", "examples", "--out", tmp.getRoot().toString(), "--zone", "Mars/Base"));
        assertEquals("postmortems: --zone 'Mars/Base' is not a time zone id (e.g. Europe/Berlin, UTC) (try --help)\n",
                err());
    }

    @Test
    public void report_shouldWriteTheSameBytesTwiceAndCountAFileGivenTwiceOnce() throws Exception {
        Path dir = writeThree();
        Path one = tmp.getRoot().toPath().resolve("one");
        Path two = tmp.getRoot().toPath().resolve("two");
        assertEquals(0, run("report", dir.toString(), "--out", one.toString(), "--today", "2026-04-20"));
        assertEquals(0, run("report", dir.toString(), dir.resolve("a.yaml").toString(), "--out", two.toString(),
                "--today", "2026-04-20"));
        assertTrue(err(), err().contains("a.yaml: given twice, counted once"));
        assertEquals(Files.readString(one.resolve("report.json")), Files.readString(two.resolve("report.json")));
        assertEquals(Files.readString(one.resolve("index.html")), Files.readString(two.resolve("index.html")));
        String json = Files.readString(one.resolve("report.json"));
        assertEquals("keys sorted", "[\"countermeasures\",\"durations\",\"files\",\"format\",\"monthZone\","
                + "\"postMortems\",\"today\",\"version\"]", names(report(one)));
        assertEquals("[\"postMortems\",\"timeToAcknowledge\",\"timeToDetect\",\"timeToMitigate\",\"timeToResolve\","
                + "\"totalDuration\",\"userImpact\"]", names(report(one).at("/durations/overall")));
        assertFalse(json.contains("\r"));
    }

    /** The bundled examples, as the README runs them; the page is photographed for a look. */
    @Test
    public void report_shouldRunOnTheBundledExamples() throws Exception {
        Path out = Path.of("target", "report-look");
        assertEquals(err(), 0, run("report", "examples", "--out", out.toString(), "--today", "2026-07-01"));
        JsonNode r = report(out);
        assertEquals("the four examples", 4, r.get("postMortems").asInt());
        assertEquals(4, r.at("/files/read").size());
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page, page.contains("id=\"pm-report-trend\""));
        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        Assume.assumeTrue("Chromium not installed", chromium.isPresent());
        Path png = out.resolve("index.png");
        chromium.get().screenshot(out.resolve("index.html"), png, 1280, 3300, out.resolve("index.png.log"));
        assertTrue(png + " written", Files.size(png) > 1000);
        assertFalse(Files.readString(out.resolve("index.png.log")),
                HeadlessChromium.hasConsoleErrors(Files.readString(out.resolve("index.png.log"))));
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(n -> names.add("\"" + n + "\""));
        return "[" + String.join(",", names) + "]";
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
