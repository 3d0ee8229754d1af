package io.postmortems.cli;

import io.postmortems.publishing.fake.FakeConfluence;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class MainTest {
    private static final String COMPLETE = "examples/sev1-payment-gateway-outage.json";
    private static final String INCOMPLETE = "examples/draft-incomplete-with-blame.json";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), env);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void everyCommand_shouldAnswerHostileOptionsAndInputsWithoutAStackTrace() throws Exception {
        Path far = temp.newFile("far.json").toPath();
        Files.writeString(far, "{\"schemaVersion\":2,\"title\":\"t\",\"timeline\":[{\"at\":"
                + "\"+999999999-12-31T23:59:59-18:00\",\"text\":\"x\",\"kind\":\"ACTION\"}]}");
        Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, "t");
        String[][] cases = {
                {"publish", "--confluence", "https://wiki.example.com", "--space", "", COMPLETE},
                {"publish", "--confluence", "https://wiki.example.com", "--space", "A B", COMPLETE},
                {"validate", far.toString()},
                {"render", far.toString()},
                {"preview", far.toString()},
                {"render", "--out", "", COMPLETE},
                {"publish", "--confluence", "https://wiki.example.com", "--space", "OPS", "--zone", "", COMPLETE},
        };
        for (String[] args : cases) {
            errBytes.reset();
            int exit = run(env, args);
            String what = String.join(" ", args) + " -> " + exit + ": " + err();
            assertTrue(what, exit == 2);
            assertFalse(what, err().contains("Exception") || err().contains("\tat ") || err().isBlank());
        }
        errBytes.reset();
        run(env, "validate", far.toString());
        assertTrue(err(), err().contains("timeline[0].at: '+999999999-12-31T23:59:59-18:00' is outside the years"));
    }

    @Test
    public void validate_shouldExitZeroForACompleteExample() {
        assertEquals(out() + err(), 0, run("validate", COMPLETE));
        assertTrue(out(), out().contains("0 errors"));
    }

    @Test
    public void validate_shouldExitOneAndExplainEachErrorOfAnIncompleteDraft() {
        assertEquals(1, run("validate", INCOMPLETE));
        assertTrue(out(), out().contains("ERROR rootCause"));
        assertTrue("messages come from the bundle, not raw keys: " + out(),
                !out().contains("postmortems.review."));
        assertTrue(out(), out().contains("[language.blame]"));
    }

    @Test
    public void validate_shouldExitTwoNamingTheFileAndFieldOfBadInput() throws Exception {
        Path bad = temp.newFile("bad.json").toPath();
        Files.writeString(bad, "{\"times\":{\"started\":\"yesterday\"}}");
        assertEquals(2, run("validate", bad.toString(), COMPLETE));
        assertTrue(err(), err().contains("bad.json: times.started:"));
        assertFalse(err(), err().contains("Exception"));
        assertTrue("the good file is still reviewed: " + out(), out().contains(COMPLETE));
    }

    @Test
    public void validate_shouldSaySoForAMissingFileAndForNonUtf8() throws Exception {
        Path latin1 = temp.newFile("latin1.json").toPath();
        Files.write(latin1, new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertEquals(2, run("validate", "no/such/file.json", latin1.toString()));
        assertTrue(err(), err().contains("no/such/file.json: no such file"));
        assertTrue(err(), err().contains("latin1.json: is not UTF-8 text"));
    }

    @Test
    public void usage_shouldExitTwoWithOneLineForUnknownCommandOrOption() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err(), err().contains("unknown command 'frobnicate'"));
        assertEquals(2, run("preview", "examples"));
        assertTrue(err(), err().contains("--out is required"));
        assertEquals(2, run("render", COMPLETE, "--colour", "red"));
        assertTrue(err(), err().contains("unknown option --colour"));
    }

    @Test
    public void render_shouldPrintWellFormedStorageFormat() throws Exception {
        assertEquals(err(), 0, run("render", COMPLETE));
        String wrapped = "<root xmlns:ac=\"http://atlassian.com/content\""
                + " xmlns:ri=\"http://atlassian.com/resource/identifier\">" + out() + "</root>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.getElementsByTagNameNS("http://atlassian.com/content", "structured-macro").getLength() > 0);
    }

    @Test
    public void render_shouldRefuseAnInvalidZone() {
        assertEquals(2, run("render", COMPLETE, "--zone", "Mars/Olympus"));
        assertTrue(err(), err().contains("--zone 'Mars/Olympus' is not a time zone id"));
    }

    @Test
    public void render_shouldWriteThePageInTheLanguageOfLocale() {
        assertEquals(err(), 0, run("render", COMPLETE, "--locale", "de"));
        assertTrue(out(), out().contains("<h2>Zusammenfassung</h2>"));
        assertFalse(out(), out().contains("<h2>Summary</h2>"));
        assertEquals("", err());

        outBytes.reset();
        assertEquals(err(), 0, run("render", COMPLETE));
        assertTrue("English without --locale: " + out(), out().contains("<h2>Summary</h2>"));
    }

    @Test
    public void render_shouldUseEnglishAndSaySoForALanguageWithoutTranslation() {
        assertEquals(err(), 0, run("render", COMPLETE, "--locale", "fr-CA"));
        assertTrue(out(), out().contains("<h2>Summary</h2>"));
        assertTrue(err(), err().contains("no page translation for 'fr-CA'; pages are in English"));
    }

    @Test
    public void render_shouldRefuseAMalformedLocale() {
        assertEquals(2, run("render", COMPLETE, "--locale", "de!<b>"));
        assertTrue(err(), err().contains("--locale 'de!<b>' is not a language tag (e.g. en, de, de-CH)"));
        assertEquals("", out());
    }

    @Test
    public void usage_shouldNameTheLocaleOptionOfEachPageCommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"render FILE", "preview FILE", "publish FILE"}) {
            String entry = UsageTest.entry(out(), command.substring(0, command.indexOf(' ')));
            assertTrue(command + ": " + entry, entry.contains("[--locale TAG]"));
        }
    }

    @Test
    public void preview_shouldShowThePageInTheLanguageOfLocale() throws Exception {
        Path outDir = temp.newFolder("preview-de").toPath();
        assertEquals(err(), 0, run("preview", COMPLETE, "--out", outDir.toString(), "--locale", "de"));
        String page = Files.readString(outDir.resolve("sev1-payment-gateway-outage.html"));
        assertTrue(page, page.contains("Zusammenfassung"));
        assertTrue(page, page.contains("Schweregrad"));
    }

    @Test
    public void publish_shouldPublishInTheLanguageOfLocaleAndUpdateWhenItChanges() throws Exception {
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, FakeConfluence.TOKEN);
            String state = temp.getRoot().toPath().resolve("state-locale.json").toString();
            String[] german = {"publish", COMPLETE, "--confluence", confluence.baseUrl(), "--space", "PM",
                    "--state", state, "--locale", "de"};
            assertEquals(out() + err(), 0, run(env, german));
            assertTrue(confluence.currentPages().stream().anyMatch(p -> p.body().contains("<h2>Zusammenfassung</h2>")));

            outBytes.reset();
            assertEquals(out() + err(), 0, run(env, german));
            assertTrue("same language, no write: " + out(), out().contains("unchanged"));

            outBytes.reset();
            String[] english = german.clone();
            english[english.length - 1] = "en";
            assertEquals(out() + err(), 0, run(env, english));
            assertTrue("another language updates the page: " + out(), out().contains("published"));
            assertTrue(out(), out().contains("(version 2)"));
            assertTrue(confluence.currentPages().stream().anyMatch(p -> p.body().contains("<h2>Summary</h2>")));
        }
    }

    @Test
    public void preview_shouldWriteOnePagePerExampleAndAnIndex() throws Exception {
        Path outDir = temp.newFolder("preview").toPath();
        assertEquals(err(), 0, run("preview", "examples", "--out", outDir.toString()));
        long examples;
        try (var list = Files.list(Path.of("examples"))) {
            examples = list.filter(DocumentFiles::isDocumentName).count();
        }
        try (var list = Files.list(outDir)) {
            assertEquals("a page and a panel per example, and the index",
                    2 * examples + 1, list.filter(p -> p.toString().endsWith(".html")).count());
        }
        String panel = Files.readString(outDir.resolve("draft-incomplete-with-blame-panel.html"));
        assertTrue("the panel lists the draft's review findings: " + panel, panel.contains("careless"));
        String index = Files.readString(outDir.resolve("index.html"));
        assertTrue(index, index.contains("sev1-payment-gateway-outage.html"));
    }

    @Test
    public void preview_shouldShowEachExamplesStatusInItsPanelAsInTheIndex() throws Exception {
        Path outDir = temp.newFolder("preview-status").toPath();
        assertEquals(err(), 0, run("preview", "examples", "--out", outDir.toString()));
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(Files.readString(outDir.resolve("index.html")));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (org.jsoup.nodes.Element row : index.select("tbody tr")) {
            String indexStatus = row.select("td").get(2).text();
            String panelFile = row.select("a:containsOwn(Jira panel)").attr("href");
            org.jsoup.nodes.Document panel = org.jsoup.Jsoup.parse(Files.readString(outDir.resolve(panelFile)));
            assertEquals(panelFile, indexStatus, panel.getElementById("pm-status-lozenge").text());
            seen.add(indexStatus);
        }
        assertEquals("every status of the examples, the published SEV1 among them",
                java.util.Set.of("Approved", "Draft", "In review", "Published"), seen);
    }

    @Test
    public void publish_shouldNeedAToken() {
        assertEquals(2, run("publish", COMPLETE, "--confluence", "http://127.0.0.1:1", "--space", "PM"));
        assertTrue(err(), err().contains(PublishCommand.TOKEN_VARIABLE));
    }

    @Test
    public void publish_shouldCreateThenLeaveUnchangedPagesAndRememberThem() throws Exception {
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, FakeConfluence.TOKEN);
            String state = temp.getRoot().toPath().resolve("state.json").toString();
            String[] args = {"publish", COMPLETE, "examples/sev3-tokyo-search-latency.yaml",
                    "--confluence", confluence.baseUrl(), "--space", "PM", "--state", state};
            assertEquals(out() + err(), 0, run(env, args));
            assertTrue(out(), out().contains("[1/2]"));
            assertTrue(out(), out().contains("[2/2]"));
            assertTrue(out(), out().contains("published " + confluence.baseUrl()));
            long pages = confluence.currentPages().size();

            outBytes.reset();
            assertEquals(out() + err(), 0, run(env, args));
            assertTrue(out(), out().contains("unchanged"));
            assertEquals("a re-publish creates no page", pages, confluence.currentPages().size());
        }
    }

    @Test
    public void publish_shouldLeaveAPageTheDocumentNamesAloneUnlessItIsThisPostMortemsPage() throws Exception {
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, FakeConfluence.TOKEN);
            String home = confluence.createPage("PM", "Operations home", null, "<p>Welcome to operations</p>");
            FakeConfluence.PageView before = confluence.page(home).orElseThrow();
            // a document file that names the space home as its page
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(COMPLETE).toFile());
            doc.putObject("page").put("pageId", home).put("spaceKey", "PM");
            Path file = temp.getRoot().toPath().resolve("names-home.json");
            Files.writeString(file, doc.toString());
            String state = temp.getRoot().toPath().resolve("state-home.json").toString();
            String[] args = {"publish", file.toString(), "--confluence", confluence.baseUrl(), "--space", "PM",
                    "--state", state};

            assertEquals(out() + err(), 0, run(env, args));
            FakeConfluence.PageView after = confluence.page(home).orElseThrow();
            assertEquals("the home page keeps its title", before.title(), after.title());
            assertEquals("the home page keeps its body", before.body(), after.body());
            assertEquals("the home page gets no new version", before.version(), after.version());
            assertTrue("the home page gets no property", after.properties().isEmpty());
            java.util.List<FakeConfluence.PageView> own = confluence.currentPages().stream()
                    .filter(p -> p.properties().containsKey("postmortems-content-hash")).toList();
            assertEquals("the post-mortem gets its own page", 1, own.size());
            assertFalse(own.get(0).id().equals(home));
            assertEquals("PM-101", own.get(0).properties().get("postmortems-content-hash")
                    .path("issueKey").asText());
            assertTrue("the progress line says the id was not used: " + out(),
                    out().contains("names page " + home + ", which is not this post-mortem's page"));

            // its own page, named by id (from the state file), is adopted again: no new page, no note
            String ownId = own.get(0).id();
            long pages = confluence.currentPages().size();
            outBytes.reset();
            assertEquals(out() + err(), 0, run(env, args));
            assertTrue(out(), out().contains("unchanged"));
            assertFalse(out(), out().contains("not this post-mortem's page"));
            assertEquals(pages, confluence.currentPages().size());
            assertTrue(confluence.page(ownId).isPresent());
            assertEquals("the home page is still untouched", before.version(),
                    confluence.page(home).orElseThrow().version());
        }
    }

    @Test
    public void publish_shouldNotPublishADocumentWithErrors() throws Exception {
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, FakeConfluence.TOKEN);
            assertEquals(1, run(env, "publish", INCOMPLETE, "--confluence", confluence.baseUrl(), "--space", "PM",
                    "--state", temp.getRoot().toPath().resolve("s.json").toString()));
            assertTrue(out(), out().contains("not published"));
            assertEquals(0, confluence.currentPages().size());
        }
    }

    @Test
    public void publish_shouldReportRefusedCredentialsInOneLine() throws Exception {
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, "wrong-token");
            assertEquals(1, run(env, "publish", COMPLETE, "--confluence", confluence.baseUrl(), "--space", "PM",
                    "--state", temp.getRoot().toPath().resolve("s.json").toString()));
            assertTrue(out(), out().contains("failed"));
            assertFalse(out() + err(), (out() + err()).contains("Exception"));
        }
    }

    @Test
    public void import_shouldWriteTheDocumentAndListWhatWentToNotesOnStderr() throws Exception {
        Path out = temp.getRoot().toPath().resolve("imported.json");
        assertEquals(err(), 0, run("import", "examples/import/table-layout-queue-backlog.md", "--out", out.toString()));
        assertTrue(err(), err().contains("table-layout-queue-backlog.md: Open questions: no matching section"));
        var read = new io.postmortems.core.io.PostMortemCodec().readJson(Files.readString(out));
        assertTrue(read.problems().toString(), read.isOk());
        assertEquals("Should fulfilment page on queue age rather than depth?",
                read.get().getNotes().get(1).getText());

        errBytes.reset();
        assertEquals(2, run("import", "no/such/file.md"));
        assertEquals("no/such/file.md: no such file\n", err());
    }
}
