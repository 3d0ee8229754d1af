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
 * refused rather than guessed at, and the offset as written is kept. Instants and dates outside the years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR} are refused with a field message.
 */
final class StrictTimes {
    /** Earliest and latest year accepted (in UTC): durations between any two such instants fit every display. */
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 9999;
    private static final long MIN_EPOCH_SECOND = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay() * 86_400L;
    private static final long END_EPOCH_SECOND = LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay() * 86_400L;

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
                Object value = type == OffsetDateTime.class
                        ? OffsetDateTime.parse(text, format)
                        : LocalDate.parse(text, format);
                boolean outside = value instanceof OffsetDateTime t
                        ? t.toEpochSecond() < MIN_EPOCH_SECOND || t.toEpochSecond() >= END_EPOCH_SECOND
                        : ((LocalDate) value).getYear() < MIN_YEAR || ((LocalDate) value).getYear() > MAX_YEAR;
                if (outside) {
                    // valid ISO-8601, but no incident happens then; such values break durations and formatting
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "outside " + MIN_YEAR + "-" + MAX_YEAR));
                }
                return type.cast(value);
            } catch (DateTimeParseException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, problem));
            }
        }
    }
}
