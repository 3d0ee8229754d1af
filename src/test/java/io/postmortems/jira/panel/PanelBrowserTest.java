package io.postmortems.jira.panel;

import org.junit.Assume;
import org.junit.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Opens the panel preview in headless Chromium: no console errors, the countermeasure table is there, and a
 * screenshot lands in target/panel-preview/panel.png. Skipped where Chromium is not installed (CI installs it).
 */
public class PanelBrowserTest {
    private static final Path OUT = Path.of("target", "panel-preview");

    static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> command(String chromium, Path profile, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private static String run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    public void preview_shouldRenderInChromiumWithoutConsoleErrors() throws Exception {
        String chromium = chromium();
        Assume.assumeTrue("chromium is not installed", chromium != null);
        Files.createDirectories(OUT);
        Path css = Path.of("node_modules/@atlassian/aui/dist/aui/aui-prototyping.css");
        if (Files.isRegularFile(css)) {
            Files.copy(css, OUT.resolve("aui-prototyping.css"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path page = OUT.resolve("panel.html");
        Files.writeString(page, PanelPreview.render(PanelTemplateTest.sample()));
        String url = page.toAbsolutePath().toUri().toString();
        Path domLog = OUT.resolve("chromium-dom.log");
        String dom = run(command(chromium, Files.createTempDirectory("pm-chromium"), "--dump-dom", url), domLog);
        String log = Files.readString(domLog);
        assertTrue("countermeasure table rendered: " + dom, dom.contains("id=\"pm-countermeasures\""));
        assertFalse("console errors: " + log, log.contains("Uncaught") || log.matches("(?s).*CONSOLE.*[Ee]rror.*"));
        Path shot = OUT.resolve("panel.png");
        run(command(chromium, Files.createTempDirectory("pm-chromium"), "--window-size=1100,1400",
                "--screenshot=" + shot.toAbsolutePath(), url), OUT.resolve("chromium-shot.log"));
        assertTrue("screenshot written", Files.size(shot) > 1000);
    }
}
