package io.postmortems.jira.publish;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renders {@link PublishMessage}s for a viewer. Patterns come from Jira's i18n helper in the viewer's language, or
 * from this app's own bundle ({@code i18n/postmortems}) when no helper is at hand (logs, tests). An unknown key is
 * shown as the key itself, never as an error.
 */
public final class PublishMessages {
    static final String BUNDLE = "i18n.postmortems";

    private PublishMessages() {
    }

    /** Renders with this app's bundle in {@code locale}. */
    public static String format(PublishMessage message, Locale locale) {
        Locale effective = locale == null ? Locale.ROOT : locale;
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, effective, PublishMessages.class.getClassLoader());
        } catch (MissingResourceException e) {
            bundle = null;
        }
        ResourceBundle found = bundle;
        return format(message, key -> {
            try {
                return found == null ? null : found.getString(key);
            } catch (MissingResourceException e) {
                return null;
            }
        }, effective);
    }

    /**
     * Renders with patterns from {@code patterns} (e.g. {@code key -> i18nHelper.getUnescapedText(key)}), which
     * answers null for an unknown key.
     */
    public static String format(PublishMessage message, Function<String, String> patterns, Locale locale) {
        return render(message, (key, args) -> {
            String pattern = patterns.apply(key);
            if (pattern == null || pattern.equals(key)) {
                return args.isEmpty() ? key : key + " " + args;
            }
            try {
                return new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(args.toArray());
            } catch (IllegalArgumentException e) {
                return pattern;
            }
        });
    }

    /**
     * Renders with a formatter that turns a key and its arguments into text (e.g. Jira's {@code I18nHelper}); a
     * wrapped detail message is rendered first and becomes the last argument.
     */
    public static String render(PublishMessage message, BiFunction<String, List<Object>, String> text) {
        if (message == null) {
            return null;
        }
        List<Object> args = new ArrayList<>(message.args());
        if (message.detail() != null) {
            args.add(render(message.detail(), text));
        }
        if (PublishMessage.TEXT.equals(message.key())) {
            return args.isEmpty() ? "" : String.valueOf(args.get(0));
        }
        return text.apply(message.key(), args);
    }
}
