package io.postmortems.publishing.render;

import io.postmortems.core.io.MarkdownImport;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import org.junit.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Byte-identity guard for the renderer's speed work: every bundled example (JSON, YAML and the imported Markdown),
 * the complete test sample and a sample with the allowed HTML subset render to exactly the pages committed under
 * {@code src/test/resources/golden/render}, title, labels and body; the body written as a stream
 * ({@link StorageFormatRenderer#writeBody}, what the command line's {@code render} prints) is the same.
 *
 * <p>The golden files were written once by this test ({@code -Dgolden.write=true}) from main's renderer before the
 * renderer was made faster (issue #17), so a change of output shows here as a failing comparison, not as a silently
 * new golden file. Rewrite them only for a deliberate change of the page, and say so in the commit.
 */
public class GoldenPagesTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/render");
    private static final String HTML = "<p>Pool exhausted &amp; retries <em>amplified</em> the load "
            + "&lt;quickly&gt;. <strong>bold</strong> <a href=\"https://runbook.example.com/x?a=1&amp;b=2\">runbook</a>"
            + "</p><ul><li>one 'x' \"y\"</li><li><code>max_connections=0</code></li></ul><pre>\n  indented\n</pre>"
            + "<p>caf\u00e9 \u00a0 \u2013 <a href=\"javascript:alert(1)\">bad</a> <a href=\"/relative\">rel</a></p>";

    @Test
    public void pages_shouldRenderByteIdenticalToTheGoldenFiles() throws Exception {
        Map<String, String> pages = pages();
        assertTrue(pages.keySet().toString(), pages.size() >= 12);
        boolean write = Boolean.getBoolean("golden.write");
        if (write) {
            Files.createDirectories(GOLDEN);
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = GOLDEN.resolve(page.getKey() + ".xml");
            if (write) {
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(page.getKey(), Files.readString(file, StandardCharsets.UTF_8), page.getValue());
        }
    }

    private static Map<String, String> pages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("examples"))) {
            files = list.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        for (Path file : files) {
            ReadResult r = new PostMortemCodec().read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(file + ": " + r.problems(), r.isOk());
            put(pages, file.getFileName().toString(), r.get());
        }
        try (Stream<Path> list = Files.list(Path.of("examples/import"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                put(pages, file.getFileName().toString(),
                        new MarkdownImport().read(Files.readString(file, StandardCharsets.UTF_8)).document());
            }
        }
        put(pages, "sample-complete", Samples.complete());
        PostMortem markup = Samples.complete();
        markup.setSummary(HTML);
        markup.setResolution(HTML.repeat(2));
        markup.setWentWell(List.of("<strong>fast</strong> alert", "plain & simple"));
        markup.getImpact().setWhoAffected("<em>EU</em> shoppers");
        put(pages, "sample-markup", markup);
        return pages;
    }

    /** The page in English and in German (fixed words differ; user text must not). */
    private static void put(Map<String, String> pages, String name, PostMortem doc) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            PublishTarget target = new PublishTarget("OPS", null, TreeLayout.YEAR, "https://jira.example.com",
                    "a1b2-c3", ZoneId.of("Europe/Berlin"), locale);
            RenderedPage page = RENDERER.render(doc, target);
            StringWriter streamed = new StringWriter();
            try {
                RENDERER.writeBody(doc, target, streamed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(name + " streamed as rendered", page.storageBody(), streamed.toString());
            pages.put(name + "." + locale.getLanguage(),
                    page.title() + "\n" + page.labels() + "\n" + page.storageBody() + "\n");
        }
    }
}
