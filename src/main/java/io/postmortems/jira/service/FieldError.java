package io.postmortems.jira.service;

import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.text.Message;
import io.postmortems.core.text.MessageText;

import java.util.List;

/**
 * One problem with a request, fit for a user: the field it concerns (dotted path with list indexes, e.g.
 * {@code timeline[2].text}; empty when it concerns the request as a whole) and what is wrong, as an i18n key with
 * MessageFormat arguments. The REST layer renders it in the requesting user's language ({@link #render}).
 */
public record FieldError(String field, String messageKey, List<String> args) {
    /** Key whose text is just its argument: for messages Jira (or the document reader) already worded. */
    public static final String TEXT = "postmortems.error.text";

    public FieldError {
        field = field == null ? "" : field;
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A message that is already text in the user's language (e.g. from Jira's own validation). */
    public static FieldError text(String field, String text) {
        return new FieldError(field, TEXT, List.of(text == null ? "" : text));
    }

    public static FieldError of(String field, Message message) {
        return new FieldError(field, message.key(), message.args());
    }

    public Message message() {
        return new Message(messageKey, args);
    }

    /** The message in the language of {@code i18n}'s user. */
    public String render(I18nHelper i18n) {
        MessageText text = (key, a) -> a.isEmpty() ? i18n.getText(key) : i18n.getText(key, a.toArray());
        return text.render(message());
    }
}
