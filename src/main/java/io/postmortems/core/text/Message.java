package io.postmortems.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for people, not yet in any language: a key of the app's bundle ({@link AppBundle#NAME}) and its
 * MessageFormat arguments, already text. Rendered by a {@link MessageText} in the reader's language.
 *
 * @param key  i18n key, starting {@code postmortems.}
 * @param args arguments {0}, {1}...; null ones read as empty text
 */
public record Message(String key, List<String> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }
}
