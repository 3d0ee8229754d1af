package io.postmortems.journey.rig;

import org.junit.Assume;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.Assert.fail;

/**
 * One headless Chromium (Debian's, driven by Debian's chromedriver; Selenium Manager never runs) signed in to a rig
 * as one user: a small page-object API for journeys. Every page's console is read after each step; any error fails
 * the journey ({@link #assertNoConsoleErrors()}, also run by {@link #close()}).
 *
 * <pre>
 * try (Browser editor = Browser.open(rig).as("editor")) {
 *     editor.issue("PM-101").fill("summary", "...").click("[data-action=save]").waitForText("#pm-panel", "Saved");
 *     editor.screenshot("save");
 * }
 * </pre>
 *
 * Without Chromium the journey is skipped, except under {@code CI=true}, where it fails.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "journeys");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final JourneyRig rig;
    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();
    private final java.util.Set<Integer> expectedStatuses = new java.util.HashSet<>();
    private String user;

    private Browser(JourneyRig rig, ChromeDriver driver, Path profile) {
        this.rig = rig;
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test without Chromium and chromedriver, unless CI=true (then it fails). */
    public static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: journeys must run in CI");
        }
        Assume.assumeTrue("chromium and chromedriver are not installed", present);
    }

    public static Browser open(JourneyRig rig) throws Exception {
        assumeChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("rig-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(rig, driver, profile);
    }

    /** Signs in as the rig user (null: anonymous, signed out). */
    public Browser as(String userName) {
        this.user = userName;
        driver.get(rig.loginUrl(userName));
        collectConsole();
        return this;
    }

    /** Opens the issue page of an issue. */
    public Browser issue(String issueKey) {
        return go(rig.issueUrl(issueKey));
    }

    /** Opens an address of the rig (absolute, or a path under its context path). */
    public Browser go(String url) {
        driver.get(url.startsWith("http") ? url : rig.baseUrl() + url);
        collectConsole();
        return this;
    }

    /** Types into the input, textarea or select named by {@code [data-field=NAME]} (selects pick by value). */
    public Browser fill(String field, String value) {
        return fillCss("[data-field=\"" + field + "\"]", value);
    }

    public Browser fillCss(String css, String value) {
        WebElement e = waitVisible(css);
        if ("select".equals(e.getTagName())) {
            new org.openqa.selenium.support.ui.Select(e).selectByValue(value);
        } else {
            e.clear();
            e.sendKeys(value);
        }
        collectConsole();
        return this;
    }

    /**
     * Types {@code typed} into the picker input named by {@code [data-field=NAME]}, waits for Jira's suggestions and
     * chooses, by keyboard as a user would (arrow down until the suggestion containing {@code choice} is active, then
     * Enter), the one containing {@code choice}; fails naming the suggestions when none contains it.
     */
    public Browser pick(String field, String typed, String choice) {
        String css = "[data-field=\"" + field + "\"]";
        WebElement input = waitVisible(css);
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(typed);
        waitUntil("a suggestion containing '" + choice + "' for " + field, () -> input.getAttribute("aria-busy") == null
                && suggestions(input).stream().anyMatch(t -> t.contains(choice)));
        List<String> offered = suggestions(input);
        for (int i = 0; i < offered.size(); i++) {
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            String active = input.getAttribute("aria-activedescendant");
            if (active != null && domText(driver.findElement(By.id(active))).contains(choice)) {
                input.sendKeys(org.openqa.selenium.Keys.ENTER);
                collectConsole();
                return this;
            }
        }
        fail("no suggestion containing '" + choice + "' became active for " + field + ": " + offered);
        return this;
    }

    /** The suggestions the picker input named by {@code [data-field=NAME]} lists now. */
    public List<String> suggestions(String field) {
        return suggestions(driver.findElement(By.cssSelector("[data-field=\"" + field + "\"]")));
    }

    /** The suggestions a picker input lists now (its aria-controls listbox). */
    public List<String> suggestions(WebElement input) {
        String list = input.getAttribute("aria-controls");
        if (list == null || !"true".equals(input.getAttribute("aria-expanded"))) {
            return List.of();
        }
        return driver.findElements(By.cssSelector("#" + list + " [role=option]")).stream().map(Browser::domText)
                .toList();
    }

    /**
     * Sets the value of the input named by {@code [data-field=NAME]} by script and fires {@code input} and
     * {@code change}, as typing would: Chrome's date and datetime-local inputs do not take typed text reliably.
     */
    public Browser setValue(String field, String value) {
        return setValueCss("[data-field=\"" + field + "\"]", value);
    }

    public Browser setValueCss(String css, String value) {
        script("var e = arguments[0]; e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", waitVisible(css), value);
        return this;
    }

    /** The current value of the input named by {@code [data-field=NAME]} (what the user sees in it). */
    public String value(String field) {
        return valueCss("[data-field=\"" + field + "\"]");
    }

    public String valueCss(String css) {
        return (String) script("return arguments[0].value", driver.findElement(By.cssSelector(css)));
    }

    /** Waits until {@code condition} holds (re-checked every half second), failing with {@code what} after 10 s. */
    public Browser waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("waited " + WAIT.toSeconds() + " s for " + what + "\nconsole: " + consoleErrors);
        }
        collectConsole();
        return this;
    }

    /** Clicks the element after scrolling it to the middle of the window (the panel's save bar sticks to the
     * bottom and would take a click meant for a button under it). */
    public Browser click(String css) {
        WebElement e = waitVisible(css);
        script("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        collectConsole();
        return this;
    }

    /** Waits until the element's text contains {@code text}. */
    public Browser waitForText(String css, String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return !found.isEmpty() && domText(found.get(0)).contains(text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("waited " + WAIT.toSeconds() + " s for '" + text + "' in " + css + "; it reads: "
                    + (has(css) ? text(css) : "(no such element)") + "\nconsole: " + consoleErrors);
        }
        collectConsole();
        return this;
    }

    public WebElement waitVisible(String css) {
        try {
            return new WebDriverWait(driver, WAIT).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("no visible " + css + " within " + WAIT.toSeconds() + " s on " + driver.getCurrentUrl());
            return null;
        }
    }

    /** Scrolls the element into the middle of the window (before a screenshot of a part below the fold). */
    public Browser scrollTo(String css) {
        script("arguments[0].scrollIntoView({block: 'center'})", waitVisible(css));
        return this;
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** Visible elements matching {@code css}. */
    public int countVisible(String css) {
        return (int) driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
    }

    /** The element's text as in the DOM (textContent, whitespace collapsed; CSS such as AUI's upper-case lozenges
     * does not change it). */
    public String text(String css) {
        return domText(driver.findElement(By.cssSelector(css)));
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(Browser::domText).toList();
    }

    private static String domText(WebElement e) {
        String text = e.getAttribute("textContent");
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    public String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getAttribute(name);
    }

    /** The panel's findings as shown: one line per finding. */
    public List<String> findings() {
        return texts("#pm-panel .pm-findings li");
    }

    public Object script(String js, Object... args) {
        Object result = ((JavascriptExecutor) driver).executeScript(js, args);
        collectConsole();
        return result;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /**
     * Lets pages download files (Chromium's download behaviour, set over DevTools) into a new folder inside this
     * browser's profile, and returns the folder.
     */
    public Path allowDownloads() throws Exception {
        Path dir = Files.createDirectories(profile.resolve("downloads"));
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", dir.toAbsolutePath().toString()));
        return dir;
    }

    /** The text of a file downloaded into {@code dir} (see {@link #allowDownloads()}), once it is complete. */
    public String downloaded(Path dir, String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        waitUntil("the download of " + fileName, () -> Files.isRegularFile(file)
                && !Files.exists(dir.resolve(fileName + ".crdownload")));
        return Files.readString(file);
    }

    /** Saves a PNG of the window as {@code target/journeys/NAME.png} and returns its path. */
    public Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // the status of a page the journey navigated to (e.g. Jira's 404 "issue not found") is asserted by the
            // journey itself, not a console error of the page
            boolean navigationStatus = entry.getMessage().startsWith(driver.getCurrentUrl() + " - Failed to load");
            boolean expected = expectedStatuses.stream().anyMatch(status ->
                    entry.getMessage().contains("the server responded with a status of " + status + " "));
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !navigationStatus && !expected) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    /**
     * Failed loads with this HTTP status are what the journey provokes (e.g. 409 for a conflicting save), not console
     * errors: Chrome logs every failed request, even one the page handles.
     */
    public Browser expectHttpStatus(int status) {
        collectConsole();
        expectedStatuses.add(status);
        return this;
    }

    /** Errors the pages logged so far (script errors, failed loads, console.error). */
    public List<String> consoleErrors() {
        collectConsole();
        return List.copyOf(consoleErrors);
    }

    public void assertNoConsoleErrors() {
        List<String> errors = consoleErrors();
        if (!errors.isEmpty()) {
            fail("browser console errors (as " + user + "): " + errors);
        }
    }

    /** Fails on console errors the last pages logged, then quits Chromium. */
    @Override
    public void close() throws Exception {
        try {
            assertNoConsoleErrors();
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary profile; the OS cleans /tmp
        }
    }
}
