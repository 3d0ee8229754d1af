package io.postmortems.jira.service;

import java.util.List;

/**
 * Why an application-service call was refused. The REST layer maps {@link Kind} to an HTTP status; the errors name
 * fields and never carry stack traces or markup.
 */
public class ServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Bad input: 400. */
        INVALID,
        /** The user may see the issue but not do this: 403. */
        FORBIDDEN,
        /** No such issue, not a post-mortem, or invisible to the user: 404. */
        NOT_FOUND,
        /** Someone saved in between: 409. */
        CONFLICT
    }

    private final Kind kind;
    private final transient List<FieldError> errors;

    public ServiceException(Kind kind, List<FieldError> errors) {
        super(kind + ": " + errors);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ServiceException of(Kind kind, String field, String message) {
        return new ServiceException(kind, List.of(new FieldError(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
