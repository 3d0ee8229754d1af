package io.postmortems.core.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * {@link MessageText} over the app's own bundle, answering like Jira's I18nHelper: MessageFormat in the bundle's
 * locale, and the key itself when the bundle has no such key. The one bundle formatter of the app.
 */
public class BundleText implements MessageText {
    private final Function<String, String> patterns;
    private final Locale formatLocale;

    public BundleText(ResourceBundle bundle) {
        this(bundle, bundle.getLocale());
    }

    /** @param formatLocale locale MessageFormat formats numbers and dates in */
    public BundleText(ResourceBundle bundle, Locale formatLocale) {
        this(key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return null;
            }
        }, formatLocale);
    }

    /**
     * @param patterns     the MessageFormat pattern of a key, null when unknown (e.g. from Jira's I18nHelper, which
     *                     answers an unknown key with the key itself; that counts as unknown too)
     * @param formatLocale locale MessageFormat formats numbers and dates in
     */
    public BundleText(Function<String, String> patterns, Locale formatLocale) {
        this.patterns = patterns;
        this.formatLocale = formatLocale == null ? Locale.ROOT : formatLocale;
    }

    public static BundleText of(Locale locale) {
        return new BundleText(AppBundle.load(locale));
    }

    /** The text, or empty when the bundle has no such key; a broken pattern reads as the pattern itself. */
    public Optional<String> find(String key, List<String> args) {
        String pattern = patterns.apply(key);
        if (pattern == null || pattern.equals(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MessageFormat(pattern, formatLocale).format(args.toArray()));
        } catch (IllegalArgumentException e) {
            return Optional.of(pattern);
        }
    }

    @Override
    public String text(String key, List<String> args) {
        return find(key, args).orElse(key);
    }
}
