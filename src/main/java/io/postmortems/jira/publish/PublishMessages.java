package io.postmortems.jira.publish;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.BundleText;
import io.postmortems.core.text.MessageText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Renders {@link PublishMessage}s for a viewer through the app's one text port: Jira's i18n helper in the viewer's
 * language, or the app's own bundle when no helper is at hand (logs, tests). An unknown key is shown as the key and
 * its arguments, never as an error.
 */
public final class PublishMessages {
    private PublishMessages() {
    }

    /** Renders with this app's bundle in {@code locale}. */
    public static String format(PublishMessage message, Locale locale) {
        Locale effective = locale == null ? Locale.ROOT : locale;
        ResourceBundle bundle;
        try {
            bundle = AppBundle.load(effective);
        } catch (MissingResourceException e) {
            return format(message, key -> null, effective);
        }
        return render(message, keyOrText(new BundleText(bundle, effective)));
    }

    /**
     * Renders with patterns from {@code patterns} (e.g. {@code key -> i18nHelper.getUnescapedText(key)}), which
     * answers null for an unknown key.
     */
    public static String format(PublishMessage message, Function<String, String> patterns, Locale locale) {
        return render(message, keyOrText(new BundleText(patterns, locale)));
    }

    private static MessageText keyOrText(BundleText text) {
        return (key, args) -> text.find(key, args).orElse(args.isEmpty() ? key : key + " " + args);
    }

    /** Renders with the viewer's text; a wrapped detail message is rendered first and becomes the last argument. */
    public static String render(PublishMessage message, MessageText text) {
        if (message == null) {
            return null;
        }
        List<String> args = new ArrayList<>(message.args());
        if (message.detail() != null) {
            args.add(render(message.detail(), text));
        }
        if (PublishMessage.TEXT.equals(message.key())) {
            return args.isEmpty() ? "" : args.get(0);
        }
        return text.text(message.key(), args);
    }
}
