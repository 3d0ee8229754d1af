package io.postmortems.jira.service;

import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link DocumentLimits} as field errors: each text at most {@link #MAX_FIELD_CHARS} characters, lists bounded, and
 * the whole document as stored at most {@link DocumentLimits#MAX_STORED_CHARS}. Every save checks the document it is
 * about to store (not only the part a request sent), so no request can store what cannot be read back. Problems name
 * the field ({@code rootCause.description}, {@code timeline[3].text}, {@code tags}).
 */
final class TextLimits {
    static final int MAX_FIELD_CHARS = DocumentLimits.MAX_FIELD_CHARS;
    static final int MAX_STORED_CHARS = DocumentLimits.MAX_STORED_CHARS;
    private static final PostMortemCodec CODEC = new PostMortemCodec();

    private TextLimits() {
    }

    static List<FieldError> check(PostMortem document) {
        List<FieldError> errors = new ArrayList<>();
        for (DocumentLimits.Breach b : DocumentLimits.check(document, CODEC)) {
            errors.add(switch (b.kind()) {
                case FIELD -> FieldError.of(b.path().isEmpty() ? "document" : b.path(),
                        "postmortems.error.field.tooLong", b.limit(), b.actual());
                case COUNT -> FieldError.of(b.path().isEmpty() ? "document" : b.path(),
                        "postmortems.error.list.tooMany", b.limit(), b.actual());
                case DOCUMENT -> FieldError.of("document", "postmortems.error.document.tooLong", b.limit(),
                        b.actual());
                case TEXT -> FieldError.of(b.path().isEmpty() ? "document" : b.path(),
                        "postmortems.error.text.unwritable");
            });
        }
        return errors;
    }
}
