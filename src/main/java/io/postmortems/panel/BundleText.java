package io.postmortems.panel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@link PanelText} over the app's own message bundle, answering like Jira's I18nHelper: MessageFormat with the
 * bundle's locale, and the key itself when the bundle has no such key. Also the {@code $i18n} of the preview.
 */
public final class BundleText implements PanelText {
    /** Base name of the app's bundle on the classpath. */
    public static final String BUNDLE = "i18n.postmortems";

    private final ResourceBundle bundle;

    public BundleText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static BundleText of(Locale locale) {
        return new BundleText(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The template's {@code $i18n.getText("key")}. */
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
