package io.postmortems.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.postmortems.core.model.Extensible;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.PostMortem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * Reads and writes post-mortem documents as JSON (and reads YAML). Reading never throws for bad input: it
 * returns the problems, each naming the field. Older schema versions are migrated by {@link SchemaMigrations}.
 *
 * <p>Two ways of reading, one for each source. A document a person sends ({@link #readJson}, {@link #readYaml},
 * {@link #read(String, String)}: a CLI file; {@link #read(JsonNode)}: a REST body) is read strictly: a field this
 * version does not know is refused with its path ({@link #unknownFields}), as is a text with a NUL character or half a
 * surrogate pair ({@link DocumentLimits#isWritable}), besides every type and format problem. A document the app
 * stored ({@link #readStored}) keeps fields it does not know verbatim (written by an earlier or later version), so
 * whatever is stored stays readable.
 */
public final class PostMortemCodec {
    /** Largest document accepted, in characters of JSON/YAML text. */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
    /** Deepest nesting of objects and lists accepted (the model needs 4; unknown fields may use more). */
    public static final int MAX_NESTING = 64;
    /** At most this many problems are reported for one document. */
    static final int MAX_PROBLEMS = 25;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public PostMortemCodec() {
        this.json = configure(JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                .streamReadConstraints(constraints()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.json.getFactory().setStreamReadConstraints(constraints());
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxStringLength(MAX_DOCUMENT_CHARS)
                .maxNestingDepth(MAX_NESTING)
                .build();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(StrictTimes.module()); // after JavaTimeModule: ours win
        // A number or true/false where text is expected is a mistake, not something to turn into text silently.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
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

    /** A JSON document a person wrote: strict (see the class comment). */
    public ReadResult readJson(String text) {
        return read(json, text, true);
    }

    /** A YAML document a person wrote: strict (see the class comment). */
    public ReadResult readYaml(String text) {
        return read(yaml, text, true);
    }

    /** A document already parsed as JSON (e.g. the {@code document} of a REST body): strict, like {@link #readJson}. */
    public ReadResult read(JsonNode tree) {
        return read(tree, null);
    }

    /**
     * A new version of {@code stored}, already parsed as JSON (the panel sends the whole document back): strict, like
     * {@link #read(JsonNode)}, except that a field this version does not know is accepted when {@code stored} already
     * carries it in the same place (list positions aside) with the same value: a document written by another version
     * stays editable, while a person can add no unknown field.
     *
     * @param stored the document as stored now; null for none
     */
    public ReadResult read(JsonNode tree, PostMortem stored) {
        ReadResult read = readTree(json, tree, true);
        if (read.isOk() || stored == null) {
            return read;
        }
        Set<String> carried = new HashSet<>();
        walkUnknown(stored, "", (path, value) -> carried.add(carriedKey(path, value)));
        ReadResult lenient = readTree(json, tree, false);
        if (!lenient.isOk()) {
            return read; // other problems than unknown fields: report them all as the strict read did
        }
        List<InputProblem> problems = new ArrayList<>();
        walkUnknown(lenient.get(), "", (path, value) -> {
            if (!carried.contains(carriedKey(path, value))) {
                problems.add(unknownField(lenient.get(), path));
            }
        });
        return problems.isEmpty() ? lenient : ReadResult.failed(problems);
    }

    /** The path without list positions, and the value: what identifies a carried-back unknown field. */
    private static String carriedKey(String path, JsonNode value) {
        return path.replaceAll("\\[\\d+]", "[]") + "\n" + value;
    }

    /**
     * A document as the app stored it ({@link #writeJson}): fields this version does not know are kept, never refused,
     * so a stored post-mortem written by another version stays readable and editable.
     */
    public ReadResult readStored(String json) {
        return read(this.json, json, false);
    }

    /** A file a person wrote, JSON or YAML by the file name's ending ({@code .yaml}/{@code .yml} mean YAML): strict. */
    public ReadResult read(String fileName, String text) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? readYaml(text) : readJson(text);
    }

    /** The stored form: compact JSON (no indentation), the form {@link DocumentLimits} measures. */
    public String writeJson(PostMortem document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            // Our own model always serialises; reaching here is a programming error, not bad input.
            throw new IllegalStateException("post-mortem could not be serialised", e);
        }
    }

    private ReadResult read(ObjectMapper mapper, String text, boolean strict) {
        if (text == null || text.isBlank()) {
            return ReadResult.failed(List.of(new InputProblem("", "the document is empty")));
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            return ReadResult.failed(List.of(new InputProblem("",
                    "the document is larger than " + (MAX_DOCUMENT_CHARS / (1024 * 1024)) + " MB")));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return ReadResult.failed(List.of(syntaxProblem(mapper, e)));
        }
        return readTree(mapper, tree, strict);
    }

    private ReadResult readTree(ObjectMapper mapper, JsonNode tree, boolean strict) {
        if (!(tree instanceof ObjectNode object)) {
            return ReadResult.failed(List.of(new InputProblem("", "the document must be an object")));
        }
        if (strict) {
            List<String> unwritable = DocumentLimits.unwritableTexts(object, "", MAX_PROBLEMS);
            if (!unwritable.isEmpty()) {
                List<InputProblem> problems = new ArrayList<>();
                unwritable.forEach(path -> problems.add(new InputProblem(path, UNWRITABLE)));
                return ReadResult.failed(problems);
            }
        }
        var migrated = SchemaMigrations.migrate(object);
        if (!migrated.problems().isEmpty()) {
            return ReadResult.failed(migrated.problems());
        }
        return bind(mapper, migrated.document(), strict);
    }

    /** Why a text is refused by {@link DocumentLimits#isWritable}. */
    private static final String UNWRITABLE = "contains a NUL character or half of a surrogate pair (a broken emoji"
            + " or symbol); remove it";

    /**
     * The fields of {@code bound} and of every document object inside it that this version does not know, each with
     * its path ({@code countermeasures[2].ownr}) and the fields known there; empty for an object with no such fields.
     * Works for the document and any part of it (a timeline event).
     */
    public List<InputProblem> unknownFields(Object bound) {
        List<InputProblem> problems = new ArrayList<>();
        walkUnknown(bound, "", (path, value) -> problems.add(unknownField(bound, path)));
        return problems;
    }

    /** The problem of the unknown field at {@code path}, naming the fields known in its object. */
    private InputProblem unknownField(Object root, String path) {
        int dot = path.lastIndexOf('.');
        Object owner = dot < 0 ? root : at(root, path.substring(0, dot));
        StringJoiner known = new StringJoiner(", ");
        if (owner != null) {
            properties(owner).forEach(p -> known.add(p.getName()));
        }
        return new InputProblem(path, "is not a field this version knows; check the spelling (known here: " + known
                + ")");
    }

    /** The model object at a path {@link #walkUnknown} reported (dotted names with list positions). */
    private Object at(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            current = property(current, name);
            for (int i = bracket; i >= 0 && current instanceof List<?> list; i = part.indexOf('[', i + 1)) {
                current = list.get(Integer.parseInt(part.substring(i + 1, part.indexOf(']', i))));
            }
        }
        return current;
    }

    private Object property(Object owner, String name) {
        for (BeanPropertyDefinition p : properties(owner)) {
            if (p.getName().equals(name) && p.getAccessor() != null) {
                return p.getAccessor().getValue(owner);
            }
        }
        return null;
    }

    private List<BeanPropertyDefinition> properties(Object owner) {
        BeanDescription bean = json.getSerializationConfig().introspect(json.constructType(owner.getClass()));
        return bean.findProperties();
    }

    /** Calls {@code found} with the path and value of every unknown field in {@code value} and inside it. */
    private void walkUnknown(Object value, String path, BiConsumer<String, JsonNode> found) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walkUnknown(list.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (!(value instanceof Extensible object)) {
            return;
        }
        object.unknownFields().forEach((name, node) -> found.accept(path.isEmpty() ? name : path + "." + name, node));
        for (BeanPropertyDefinition property : properties(value)) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor != null) {
                walkUnknown(accessor.getValue(value), path.isEmpty() ? property.getName()
                        : path + "." + property.getName(), found);
            }
        }
    }

    /**
     * Maps the tree to the model. On a bad field the problem is recorded, the field is set to null in a copy of
     * the tree and mapping is tried again, so one read reports every bad field (up to {@link #MAX_PROBLEMS}),
     * not only the first. Nothing of a failed read is ever returned as a document.
     */
    private ReadResult bind(ObjectMapper mapper, ObjectNode document, boolean strict) {
        List<InputProblem> problems = new ArrayList<>();
        ObjectNode attempt = document;
        while (true) {
            try {
                PostMortem result = mapper.treeToValue(attempt, PostMortem.class);
                if (ExternalSummary.empty(result.getExternalSummary())) {
                    result.setExternalSummary(null); // an emptied summary is no summary (ExternalSummary.empty)
                }
                if (strict) {
                    problems.addAll(unknownFields(result));
                }
                return problems.isEmpty() ? ReadResult.ok(result)
                        : ReadResult.failed(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
            } catch (JsonMappingException e) {
                problems.add(new InputProblem(path(e), describe(e)));
                if (attempt == document) {
                    attempt = document.deepCopy();
                }
                if (problems.size() >= MAX_PROBLEMS || !nullOut(attempt, e.getPath())) {
                    return ReadResult.failed(problems);
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(new InputProblem("", "could not be read"));
                return ReadResult.failed(problems);
            }
        }
    }

    /** Sets the node at a mapping-error path to null; false when the path does not lead to a replaceable node. */
    private static boolean nullOut(ObjectNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = child(parent, path.get(i));
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        JsonNode current = child(parent, last);
        if (current == null || current.isNull()) {
            return false; // already null: nothing more to learn by retrying
        }
        if (parent instanceof ObjectNode o && last.getFieldName() != null) {
            o.putNull(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode a && last.getIndex() >= 0 && last.getIndex() < a.size()) {
            a.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static JsonNode child(JsonNode node, JsonMappingException.Reference ref) {
        if (ref.getIndex() >= 0) {
            return node.isArray() ? node.get(ref.getIndex()) : null;
        }
        return ref.getFieldName() != null && node.isObject() ? node.get(ref.getFieldName()) : null;
    }

    /** A problem of the text itself: syntax, duplicate key, nesting, trailing content. */
    private static InputProblem syntaxProblem(ObjectMapper mapper, JsonProcessingException e) {
        String where = "";
        var location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
        if (original.startsWith("Duplicate field") || original.startsWith("Duplicate key")) {
            return new InputProblem(path, "this key appears twice" + where + "; keep only one");
        }
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth") || original.contains("Depth")) {
                return new InputProblem(path, "nested more than " + MAX_NESTING + " levels deep" + where);
            }
            return new InputProblem(path, "a value is too long" + where);
        }
        if (original.startsWith("Trailing token")) {
            return new InputProblem("", "unexpected content after the end of the document" + where);
        }
        return new InputProblem(path, "not valid " + formatName(mapper) + where);
    }

    /** Dotted field path with list indexes, from the parser's position (the key or index being read). */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
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
            String why = ife.getOriginalMessage() == null ? "" : ife.getOriginalMessage();
            if ((target == OffsetDateTime.class || target == LocalDate.class) && why.contains("outside "
                    + StrictTimes.MIN_YEAR)) {
                return "'" + ife.getValue() + "' is outside the years " + StrictTimes.MIN_YEAR + " to "
                        + StrictTimes.MAX_YEAR;
            }
            if (target == OffsetDateTime.class) {
                return "'" + ife.getValue() + "' is not a valid date and time with an explicit offset"
                        + " (expected e.g. 2026-03-01T14:05:00+01:00)";
            }
            if (target == LocalDate.class) {
                return "'" + ife.getValue() + "' is not a date (expected e.g. 2026-03-15)";
            }
            if (target == String.class) {
                return "expected text, not the number or true/false " + ife.getValue() + " (put it in quotes)";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "'" + ife.getValue() + "' is not true or false";
            }
            if (target == Integer.class || target == int.class) {
                return "'" + ife.getValue() + "' is not a whole number";
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
