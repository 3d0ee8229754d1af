package io.postmortems.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the app's one i18n bundle, the same the Jira app shows, formatted like Jira does (MessageFormat). */
final class Messages {
    private final ResourceBundle bundle;

    Messages() {
        this.bundle = ResourceBundle.getBundle("i18n/postmortems", Locale.ROOT);
    }

    String text(String key, List<String> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
    }
}
