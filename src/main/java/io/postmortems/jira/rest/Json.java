package io.postmortems.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.service.ServiceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON in and out for the resources: the document codec's mapper (explicit offsets, no timestamps), and the one error
 * body shape {@code {"errors":[{"field":"...","message":"..."}]}} for 400/403/404/409. Never a stack trace.
 */
final class Json {
    static final PostMortemCodec CODEC = new PostMortemCodec();
    static final ObjectMapper MAPPER = CODEC.jsonMapper();
    /** At most this many field errors for texts that may not be stored. */
    private static final int MAX_ERRORS = 25;

    private Json() {
    }

    /** Bad request body; carries field-named problems. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldError> errors;

        BadRequest(List<FieldError> errors) {
            super(errors.toString());
            this.errors = List.copyOf(errors);
        }

        BadRequest(String field, String messageKey, Object... args) {
            this(List.of(FieldError.of(field, messageKey, args)));
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    static JsonNode tree(String body) throws BadRequest {
        if (body == null || body.isBlank()) {
            throw new BadRequest("", "postmortems.error.body.missing");
        }
        if (body.length() > DocumentLimits.MAX_REQUEST_CHARS) {
            throw new BadRequest("", "postmortems.error.body.tooLarge", DocumentLimits.MAX_REQUEST_CHARS);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("", "postmortems.error.body.invalidJson");
        }
        List<String> unwritable = DocumentLimits.unwritableTexts(tree, "", MAX_ERRORS);
        if (!unwritable.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            unwritable.forEach(path -> errors.add(FieldError.of(path, "postmortems.error.text.unwritable")));
            throw new BadRequest(errors);
        }
        return tree;
    }

    /** {@code node} as a {@code type}; a wrong type or format, or a field the type does not know, is a field error. */
    static <T> T read(JsonNode node, Class<T> type, String prefix) throws BadRequest {
        try {
            T value = MAPPER.treeToValue(node, type);
            List<InputProblem> unknown = CODEC.unknownFields(value);
            if (!unknown.isEmpty()) {
                throw new BadRequest(problems(unknown, prefix));
            }
            return value;
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(prefix);
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                } else if (ref.getFieldName() != null) {
                    path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
                }
            }
            throw new BadRequest(path.toString(), "postmortems.error.value.format");
        } catch (JsonProcessingException e) {
            throw new BadRequest(prefix, "postmortems.error.body.unreadable");
        }
    }

    /** Problems of a document read as field errors, each path below {@code prefix} ("" for the whole value). */
    static List<FieldError> problems(List<InputProblem> problems, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (InputProblem p : problems) {
            String field = prefix.isEmpty() ? p.path() : p.path().isEmpty() ? prefix : prefix + "." + p.path();
            errors.add(FieldError.of(field, "postmortems.error.document.problem", p.message()));
        }
        return errors;
    }

    static Response ok(Object body) {
        return status(Response.Status.OK, body);
    }

    static Response status(Response.Status status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(MAPPER.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }

    /** The error body; every message rendered in the requesting user's language. */
    static Response errors(Response.Status status, List<FieldError> errors, I18nHelper i18n) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("errors", errorList(errors, i18n));
        return status(status, body);
    }

    static ArrayNode errorList(List<FieldError> errors, I18nHelper i18n) {
        ArrayNode list = MAPPER.createArrayNode();
        for (FieldError error : errors) {
            list.addObject().put("field", error.field()).put("message", error.render(i18n));
        }
        return list;
    }

    /**
     * An incident's durations as the panel's script reads them, {@code {"timeToDetect": {"seconds", "display"}, ...}}
     * ({@code timeToAcknowledge}, {@code timeToMitigate}, {@code timeToResolve}, {@code userImpact}); a duration the
     * times do not give is left out. Answered by a save and by the time bar alike.
     */
    static ObjectNode metrics(IncidentMetrics m) {
        ObjectNode metrics = MAPPER.createObjectNode();
        put(metrics, "timeToDetect", m.timeToDetect());
        put(metrics, "timeToAcknowledge", m.timeToAcknowledge());
        put(metrics, "timeToMitigate", m.timeToMitigate());
        put(metrics, "timeToResolve", m.timeToResolve());
        put(metrics, "userImpact", m.userImpactDuration());
        return metrics;
    }

    private static void put(ObjectNode metrics, String name, Optional<Duration> d) {
        d.ifPresent(value -> metrics.putObject(name).put("seconds", value.getSeconds())
                .put("display", Durations.format(value)));
    }

    static Response of(ServiceException e, I18nHelper i18n) {
        Response.Status status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return errors(status, e.errors(), i18n);
    }

    static Response of(BadRequest e, I18nHelper i18n) {
        return errors(Response.Status.BAD_REQUEST, e.errors(), i18n);
    }
}
