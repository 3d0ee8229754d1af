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

/** {@code render FILE --external md|html|storage}: the external summary alone, refused while its review finds errors. */
public class ExternalExportTest {
    private static final String DOC = """
            {"schemaVersion": 2, "issueKey": "OPS-42", "title": "Checkout slow", "severity": "SEV2",
             "times": {"started": "2026-03-29T01:30:00Z", "resolved": "2026-03-29T02:45:00Z"},
             "summary": "INTERNAL-SUMMARY-TEXT", "services": ["payment-gateway"],
             "meeting": {"facilitatedBy": "Dana Reviewer"},
             "rootCause": {"description": "INTERNAL-ROOT-CAUSE"},
             "externalSummary": {"whatHappened": "Payments were slow for an hour.",
                                 "impact": "Some orders waited.", "whatWeChanged": "We added capacity."}}""";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), Map.of());
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private String file(String json) throws Exception {
        Path f = temp.newFile("doc.json").toPath();
        Files.writeString(f, json);
        return f.toString();
    }

    @Test
    public void renderExternal_shouldPrintMarkdownOfTheExternalSummaryOnly() throws Exception {
        assertEquals(err(), 0, run("render", file(DOC), "--external", "md", "--zone", "Europe/Berlin"));
        String md = out();
        assertTrue(md, md.startsWith("# 2026\\-03\\-29 Checkout slow\n") || md.startsWith("# 2026-03-29 Checkout slow\n"));
        assertTrue(md, md.contains("## What happened\n\nPayments were slow for an hour."));
        assertTrue(md, md.contains("- **Started:** 2026-03-29 03:30 CEST"));
        assertFalse(md, md.contains("INTERNAL") || md.contains("OPS-42") || md.contains("Dana"));
    }

    @Test
    public void renderExternal_shouldPrintHtmlInTheLanguageOfLocale() throws Exception {
        assertEquals(err(), 0, run("render", file(DOC), "--external", "html", "--locale", "de"));
        assertTrue(out(), out().contains("<h2>Was ist passiert</h2>"));
        assertFalse(out(), out().contains("INTERNAL"));
    }

    @Test
    public void renderExternal_shouldRefuseWhileTheReviewFindsAnInternalName() throws Exception {
        String leaky = DOC.replace("Payments were slow for an hour.", "See OPS-42; payment-gateway was slow.");
        assertEquals(1, run("render", file(leaky), "--external", "md"));
        assertEquals("nothing printed", "", out());
        assertTrue(err(), err().contains("externalSummary.whatHappened") && err().contains("OPS-42")
                && err().contains("[external.ticket-key]") && err().contains("[external.service]"));
    }

    @Test
    public void renderExternal_shouldNameAMissingSummaryAndABadFormat() throws Exception {
        String none = file(DOC.replaceAll(",\\s*\"externalSummary\": \\{[^}]*}", ""));
        assertEquals(2, run("render", none, "--external", "md"));
        assertTrue(err(), err().contains("has no external summary"));
        assertEquals(2, run("render", none, "--external", "pdf"));
        assertTrue(err(), err().contains("--external 'pdf' is not a format: use md, html or storage"));
    }
}
