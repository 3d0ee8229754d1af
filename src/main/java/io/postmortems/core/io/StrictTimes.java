package io.postmortems.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Instants and dates are read only from text in ISO-8601 form: {@code 2026-03-29T01:40:00+01:00} (the offset is
 * required, {@code Z} is UTC) and {@code 2026-04-15}. Numbers (epoch seconds), arrays and local date-times are
 * refused rather than guessed at, and the offset as written is kept.
 */
final class StrictTimes {
    private StrictTimes() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("postmortems-strict-times");
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                "not a date and time with an explicit offset"));
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE,
                "not a date"));
        return module;
    }

    private static final class Strict<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final DateTimeFormatter format;
        private final String problem;

        Strict(Class<T> type, DateTimeFormatter format, String problem) {
            this.type = type;
            this.format = format;
            this.problem = problem;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText().strip();
            try {
                return type == OffsetDateTime.class
                        ? type.cast(OffsetDateTime.parse(text, format))
                        : type.cast(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, problem));
            }
        }
    }
}
