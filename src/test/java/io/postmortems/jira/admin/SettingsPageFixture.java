package io.postmortems.jira.admin;

import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.testing.BrowserProbe;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The settings page for the browser tests: its template rendered with the real messages, its scripts, and a probe
 * of it in headless Chromium (pages and logs in target/admin-preview).
 */
final class SettingsPageFixture {
    private static final Path OUT = Path.of("target", "admin-preview");

    private SettingsPageFixture() {
    }

    /** The settings page's HTML, rendered with standalone (strict) Velocity as Jira's renderer would. */
    static String html() {
        return html(Locale.ENGLISH);
    }

    /** The same for a user whose Jira language is {@code locale}. */
    static String html(Locale locale) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("i18n", BundleI18nHelper.create(locale));
        StringWriter html = new StringWriter();
        engine.getTemplate(SettingsPageServlet.TEMPLATE, "UTF-8").merge(context, html);
        return html.toString();
    }

    /** The settings page's script after the shared REST helper, as Jira loads them. */
    static String scripts() throws Exception {
        return Files.readString(Path.of("src/main/resources/js/postmortem-rest.js")) + "\n"
                + Files.readString(Path.of("src/main/resources/js/postmortem-admin.js"));
    }

    /** Runs {@code page} with the settings page's scripts between the probe's {@code stub} and {@code steps}. */
    static BrowserProbe.Result probe(String name, String page, String stub, String steps) throws Exception {
        return BrowserProbe.in(OUT).run(name, page, stub, scripts(), steps);
    }
}
