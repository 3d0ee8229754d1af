package io.postmortems.panel;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Renders the SAME panel template Jira uses, outside Jira, with standalone Velocity: a page for design review, the
 * command-line preview and browser tests. Needs no host service.
 */
public final class PanelPreview {
    /** Classpath location of the panel template (also named by the web-panel module). */
    public static final String TEMPLATE = "templates/panel/postmortem-panel.vm";
    /** Classpath location of the panel's own stylesheet (also a download resource of the web-resource module). */
    public static final String STYLESHEET = "css/postmortem-panel.css";
    /** Classpath location of the AUI-like stylesheet the standalone preview uses when no AUI is given. */
    public static final String PREVIEW_STYLESHEET = "css/preview-aui.css";
    /** Classpath location of the panel's script. */
    public static final String SCRIPT = "js/postmortem-panel.js";
    /** The REST helper {@link #SCRIPT} needs loaded before it (its own web-resource in Jira). */
    public static final String REST_SCRIPT = "js/postmortem-rest.js";

    private PanelPreview() {
    }

    /** The template's {@code $i18n}: answers {@code getText(key)} like Jira's I18nHelper, from the view's text. */
    public static final class TemplateText {
        private final PanelText text;

        TemplateText(PanelText text) {
            this.text = text;
        }

        public String getText(String key) {
            return text.text(key, List.of());
        }
    }

    /** Only the panel's markup (what Jira would put into the issue page). */
    public static String panelHtml(PanelView view) {
        return merge(TEMPLATE, view, text(view));
    }

    /**
     * A template from the classpath merged with {@code view} and its words, with strict references as in the tests
     * of Jira's templates; the previews' one Velocity set-up (the panel's and the reports' page).
     */
    static String merge(String templatePath, Object view, PanelText text) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
        Template template = engine.getTemplate(templatePath, "UTF-8");
        VelocityContext context = new VelocityContext();
        context.put("view", view);
        context.put("i18n", new TemplateText(text));
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    /**
     * The panel as a complete, standalone HTML page.
     *
     * @param auiCssHref where the page loads AUI's stylesheet from (e.g. a copy of {@code aui-prototyping.css} next
     *                   to the page); null or empty: the page looks like Jira anyway, styled by the AUI-like
     *                   {@value #PREVIEW_STYLESHEET} shipped in the jar
     */
    public static String render(PanelView view, String auiCssHref) {
        PanelText text = text(view);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(text.text("postmortems.panel.label")) + " "
                + view.getIssueKeyHtml() + "</title>"
                + (auiCssHref == null || auiCssHref.isBlank()
                        ? "<style>" + resource(PREVIEW_STYLESHEET) + "</style>"
                        : "<link rel=\"stylesheet\" href=\"" + Html.escape(auiCssHref) + "\">")
                + "<style>" + resource(STYLESHEET) + "</style>"
                + "</head><body class=\"aui-page-focused\"><section class=\"aui-page-panel\" style=\"padding:20px\">"
                + panelHtml(view) + "</section></body></html>\n";
    }

    /** A text resource of the app (the panel's stylesheet or script). */
    public static String resource(String location) {
        try (InputStream in = PanelPreview.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("resource " + location + " could not be read", e);
        }
    }

    private static PanelText text(PanelView view) {
        return view.text() != null ? view.text() : BundleText.of(Locale.ENGLISH);
    }
}
