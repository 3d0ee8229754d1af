package io.postmortems.jira.panel;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders the SAME panel template Jira uses, outside Jira, with standalone Velocity and the app's own bundle: a page
 * for design review and browser tests. Needs no host service.
 */
public final class PanelPreview {
    /** Classpath location of the panel template (also named by the web-panel module). */
    public static final String TEMPLATE = "templates/panel/postmortem-panel.vm";

    private PanelPreview() {
    }

    /** The bundle-backed {@code $i18n} of the preview, answering like Jira's I18nHelper#getText. */
    public static final class BundleI18n implements PanelText {
        private final ResourceBundle bundle;

        public BundleI18n(Locale locale) {
            this.bundle = ResourceBundle.getBundle("i18n.postmortems", locale);
        }

        public String getText(String key) {
            return text(key, List.of());
        }

        @Override
        public String text(String key, List<String> args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(args.toArray());
        }
    }

    /** The panel as a complete HTML page styled with AUI from {@code aui-prototyping.css} next to it. */
    public static String render(PanelView view) {
        return render(view, "aui-prototyping.css");
    }

    public static String render(PanelView view, String auiCssHref) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.init();
        Template template = engine.getTemplate(TEMPLATE, "UTF-8");
        VelocityContext context = new VelocityContext();
        context.put("view", view);
        BundleI18n i18n = new BundleI18n(Locale.ENGLISH);
        context.put("i18n", i18n);
        StringWriter panel = new StringWriter();
        template.merge(context, panel);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + Html.escape(i18n.getText("postmortems.panel.label")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(auiCssHref) + "\">"
                + "</head><body class=\"aui-page-focused\"><section class=\"aui-page-panel\" style=\"padding:20px\">"
                + panel + "</section></body></html>\n";
    }
}
