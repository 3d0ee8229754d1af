package io.postmortems.cli;

import io.postmortems.testing.HeadlessChromium;
import org.junit.Assume;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A newcomer's first look: {@code preview examples --out DIR} without {@code --css} gives a Jira-styled panel and an
 * index that is an overview (one row per post-mortem with severity, status, dates, durations and both previews).
 * Screenshots land in target/preview-look/ (index.png, panel.png, page.png); skipped without Chromium.
 */
public class PreviewLookTest {
    private static final Path OUT = Path.of("target", "preview-look");

    private static String preview() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"preview", "examples", "--out", OUT.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void preview_shouldStyleThePanelLikeJiraAndListEveryPostMortemWithItsFactsWithoutFlags() throws Exception {
        preview();
        String index = Files.readString(OUT.resolve("index.html"));
        String panel = Files.readString(OUT.resolve("sev1-payment-gateway-outage-panel.html"));
        assertTrue("AUI-like style inline", panel.contains(".aui-lozenge {") && panel.contains(".aui-button-primary"));
        assertFalse("no stylesheet link without --css", panel.contains("<link rel=\"stylesheet\""));
        assertTrue(panel, panel.contains("id=\"pm-timebar\""));
        for (String column : new String[] {"<th>Severity</th>", "<th>Status</th>", "<th>Started</th>",
                "<th>Resolved</th>", "<th>Time to detect</th>", "<th>Time to resolve</th>", "<th>Jira panel</th>"}) {
            assertTrue(column, index.contains(column));
        }
        // severity lozenges coloured as on the page and in the panel (level 1 red, 2 yellow, 3 blue), not all grey
        assertTrue(index, index.contains("<span class=\"pm-status pm-status-red\">SEV1</span>"));
        assertTrue(index, index.contains("<span class=\"pm-status pm-status-yellow\">SEV2</span>"));
        assertTrue(index, index.contains("<span class=\"pm-status pm-status-blue\">SEV3</span>"));
        assertTrue(index, index.contains("href=\"sev1-payment-gateway-outage-panel.html\">Jira panel</a>"));
        assertFalse("the panel is a link in its post-mortem's row, not a row", index.contains(">Jira panel: "));
        assertEquals("one row per example", 4, index.split("class=\"pm-title\"", -1).length - 1);

        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        Assume.assumeTrue("Chromium not installed", chromium.isPresent());
        for (String[] shot : new String[][] {{"index.html", "index.png", "1300", "700"},
                {"sev1-payment-gateway-outage-panel.html", "panel.png", "1100", "2400"},
                {"sev1-payment-gateway-outage.html", "page.png", "1100", "2000"}}) {
            Path png = OUT.resolve(shot[1]);
            chromium.get().screenshot(OUT.resolve(shot[0]), png, Integer.parseInt(shot[2]), Integer.parseInt(shot[3]),
                    OUT.resolve(shot[1] + ".log"));
            assertTrue(png + " written", Files.size(png) > 1000);
        }
    }
}
