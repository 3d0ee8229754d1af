package io.postmortems.core.text;

import java.util.List;

/**
 * The one text port: turns a key of the app's bundle and its MessageFormat arguments into the reader's language.
 * Jira's I18nHelper stands behind it in the app, {@link BundleText} in the host-free parts and the CLI.
 */
@FunctionalInterface
public interface MessageText {
    String text(String key, List<String> args);

    default String text(String key) {
        return text(key, List.of());
    }

    default String render(Message message) {
        return text(message.key(), message.args());
    }

    /** The key for the word of an enum constant, e.g. {@code postmortems.enum.priority.HIGH}: one per constant. */
    static String enumKey(String group, Enum<?> value) {
        return AppBundle.ENUM_PREFIX + group + "." + value.name();
    }
}
