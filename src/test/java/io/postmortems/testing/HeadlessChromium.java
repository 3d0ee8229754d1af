package io.postmortems.testing;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for the browser tests: started with the flags this workplace needs and a fresh
 * profile each time. Tests drive pages through {@link BrowserProbe}.
 */
public final class HeadlessChromium {
    private final String binary;

    private HeadlessChromium(String binary) {
        this.binary = binary;
    }

    /** The installed Chromium, if any (tests skip without it; CI installs it). */
    public static Optional<HeadlessChromium> find() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return Optional.of(new HeadlessChromium(candidate));
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page's scripts ran (virtual time, so timers finish); Chromium's log goes to {@code log}. */
    public String dumpDom(Path page, Path log) throws Exception {
        return run(log, "--virtual-time-budget=5000", "--dump-dom", page.toAbsolutePath().toUri().toString());
    }

    /** A PNG of the page at the given window size. */
    public void screenshot(Path page, Path png, int width, int height, Path log) throws Exception {
        run(log, "--window-size=" + width + "," + height, "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath(), page.toAbsolutePath().toUri().toString());
    }

    private String run(Path log, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--enable-logging=stderr",
                "--user-data-dir=" + Files.createTempDirectory("pm-chromium").toAbsolutePath()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Whether Chromium's log shows a script error or a console error. */
    public static boolean hasConsoleErrors(String log) {
        return log.contains("Uncaught") || log.matches("(?s).*CONSOLE.*[Ee]rror.*");
    }
}
