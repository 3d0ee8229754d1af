package io.postmortems.core.review;

import io.postmortems.core.text.Message;

import java.util.List;
import java.util.Optional;

/**
 * One result of reviewing a post-mortem.
 *
 * @param level      error (blocks publishing), warning or hint
 * @param path       the field it points at, e.g. {@code times.detected} or {@code countermeasures[1].owner}
 * @param code       stable identifier of the rule, e.g. {@code completeness.missing-root-cause}
 * @param messageKey i18n key in {@code i18n/postmortems.properties}
 * @param args       message arguments, already formatted as text
 * @param span       for language findings, the flagged words; otherwise null
 */
public record Finding(Level level, String path, String code, String messageKey, List<String> args, TextSpan span) {
    public Finding {
        args = List.copyOf(args);
    }

    public Finding(Level level, String path, String code, String messageKey, List<String> args) {
        this(level, path, code, messageKey, args, null);
    }

    /** What to tell people, for the one text port ({@link io.postmortems.core.text.MessageText#render}). */
    public Message message() {
        return new Message(messageKey, args);
    }

    public Optional<TextSpan> textSpan() {
        return Optional.ofNullable(span);
    }
}
