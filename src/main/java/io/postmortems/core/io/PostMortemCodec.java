package io.postmortems.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.postmortems.core.model.PostMortem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads and writes post-mortem documents as JSON (and reads YAML). Reading never throws for bad input: it
 * returns the problems, each naming the field. Older schema versions are migrated by {@link SchemaMigrations}.
 */
public final class PostMortemCodec {
    /** Largest document accepted, in characters of JSON/YAML text. */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public PostMortemCodec() {
        this.json = configure(JsonMapper.builder().build());
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                .streamReadConstraints(constraints()).build()).build());
        this.json.getFactory().setStreamReadConstraints(constraints());
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxStringLength(MAX_DOCUMENT_CHARS)
                .maxNestingDepth(64)
                .build();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        return mapper;
    }

    /** The JSON mapper configured for documents; shared so other components serialise times the same way. */
    public ObjectMapper jsonMapper() {
        return json;
    }

    public ReadResult readJson(String text) {
        return read(json, text);
    }

    public ReadResult readYaml(String text) {
        return read(yaml, text);
    }

    /** Reads JSON or YAML, choosing by the file name's ending ({@code .yaml}/{@code .yml} mean YAML). */
    public ReadResult read(String fileName, String text) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? readYaml(text) : readJson(text);
    }

    public String writeJson(PostMortem document) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            // Our own model always serialises; reaching here is a programming error, not bad input.
            throw new IllegalStateException("post-mortem could not be serialised", e);
        }
    }

    private ReadResult read(ObjectMapper mapper, String text) {
        if (text == null || text.isBlank()) {
            return ReadResult.failed(List.of(new InputProblem("", "the document is empty")));
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            return ReadResult.failed(List.of(new InputProblem("",
                    "the document is larger than " + (MAX_DOCUMENT_CHARS / (1024 * 1024)) + " MB")));
        }
        try {
            var tree = mapper.readTree(text);
            if (!(tree instanceof ObjectNode object)) {
                return ReadResult.failed(List.of(new InputProblem("", "the document must be an object")));
            }
            var migrated = SchemaMigrations.migrate(object);
            if (!migrated.problems().isEmpty()) {
                return ReadResult.failed(migrated.problems());
            }
            PostMortem document = mapper.treeToValue(migrated.document(), PostMortem.class);
            return ReadResult.ok(document);
        } catch (JsonMappingException e) {
            return ReadResult.failed(List.of(new InputProblem(path(e), describe(e))));
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return ReadResult.failed(List.of(new InputProblem("", "not valid " + formatName(mapper) + where)));
        }
    }

    private static String formatName(ObjectMapper mapper) {
        return mapper instanceof YAMLMapper ? "YAML" : "JSON";
    }

    /** Dotted field path with list indexes, from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            if (target == OffsetDateTime.class) {
                return "'" + ife.getValue() + "' is not an instant with an explicit offset"
                        + " (expected e.g. 2026-03-01T14:05:00+01:00)";
            }
            if (target == LocalDate.class) {
                return "'" + ife.getValue() + "' is not a date (expected e.g. 2026-03-15)";
            }
            if (target != null && target.isEnum()) {
                return "'" + ife.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "'" + ife.getValue() + "' has the wrong format";
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "expected " + typeName(mie.getTargetType());
        }
        return "could not be read";
    }

    private static String typeName(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == OffsetDateTime.class) {
            return "an instant with an explicit offset (e.g. 2026-03-01T14:05:00+01:00)";
        }
        if (type == LocalDate.class) {
            return "a date (e.g. 2026-03-15)";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
