package io.postmortems.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.Assume;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

/**
 * A page in headless Chromium with a probe. Before {@code </body>} go, each in its own script element: the shared
 * helper {@code browser/probe.js} (see there: {@code probe.fetch}, {@code probe.json}, {@code probe.steps},
 * {@code probe.report}), the test's stub of the REST API, the app's scripts, and the test's steps. The steps report
 * what they saw as JSON in {@code <pre id="probe">}, read back here. Skips the test where Chromium is not installed;
 * fails it on a console error or when the probe did not report.
 */
public final class BrowserProbe {
    private static final String HELPER = "/browser/probe.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeadlessChromium chromium;
    private final Path dir;

    private BrowserProbe(HeadlessChromium chromium, Path dir) {
        this.chromium = chromium;
        this.dir = dir;
    }

    /** Probes writing their pages and Chromium's logs into {@code dir}; the test is skipped without Chromium. */
    public static BrowserProbe in(Path dir) throws IOException {
        HeadlessChromium chromium = HeadlessChromium.find().orElse(null);
        Assume.assumeTrue("chromium is not installed", chromium != null);
        Files.createDirectories(dir);
        return new BrowserProbe(chromium, dir);
    }

    /** The Chromium behind the probes, for what else a test does with the page (screenshots). */
    public HeadlessChromium chromium() {
        return chromium;
    }

    /**
     * Opens {@code page} with the probe as {@code name.html} (Chromium's log in {@code name.log}) and returns what
     * the probe reported.
     *
     * @param stub    JavaScript run before the app's scripts, typically {@code probe.fetch(...)}
     * @param scripts the app's JavaScript as Jira would load it
     * @param steps   JavaScript run after the app's scripts, typically {@code probe.steps([...], ms)}
     */
    public Result run(String name, String page, String stub, String scripts, String steps) throws Exception {
        if (!page.contains("</body>")) {
            throw new IllegalArgumentException(name + ": the page has no </body> to put the probe before");
        }
        String probe = script(helper()) + script(stub) + script(scripts) + script(steps);
        Path html = dir.resolve(name + ".html");
        Files.writeString(html, page.replace("</body>", probe + "</body>"));
        Path logFile = dir.resolve(name + ".log");
        String dom = chromium.dumpDom(html, logFile);
        String log = Files.readString(logFile);
        assertFalse(name + ": console errors: " + log, HeadlessChromium.hasConsoleErrors(log));
        Element pre = Jsoup.parse(dom).getElementById("probe");
        if (pre == null) {
            fail(name + ": the probe did not report (no <pre id=\"probe\">); Chromium's log: " + log + "\nDOM: " + dom);
        }
        return new Result(name, dom, JSON.readTree(pre.wholeText()));
    }

    private static String script(String js) {
        return "<script>\n" + js + "\n</script>\n";
    }

    private static String helper() throws IOException {
        try (InputStream in = BrowserProbe.class.getResourceAsStream(HELPER)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + HELPER + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * What one probe reported.
     *
     * @param name the probe's name, for messages
     * @param dom  the DOM after the page's scripts and the probe ran, as Chromium serialised it
     * @param json the parsed JSON the probe reported
     */
    public record Result(String name, String dom, JsonNode json) {
        /** The value the probe reported as {@code key}, as text ({@code "true"}, {@code "7"}, a string as it is). */
        public String value(String key) {
            JsonNode value = json.get(key);
            if (value == null) {
                fail(name + ": the probe did not report " + key + ": " + json);
            }
            if (!value.isValueNode()) {
                fail(name + ": the probe reported " + key + " as " + value + ", not a single value");
            }
            return value.asText();
        }
    }
}
