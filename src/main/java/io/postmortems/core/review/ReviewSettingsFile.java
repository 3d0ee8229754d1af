package io.postmortems.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.io.InputProblem;
import io.postmortems.core.model.SeverityLevel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The review settings file: {@link ReviewSettings} as JSON, the file the Jira settings page exports and the CLI's
 * {@code --settings FILE} reads (the format is described in {@code docs/review-settings-file.md}). Versioned by
 * {@code "format": 1}. Reading is strict, like documents: an unknown field, a value of the wrong type or a severity
 * id outside the file's scheme is refused with a problem naming the field; nothing is guessed. A field left out
 * takes the value of {@link ReviewSettings#defaults()}.
 */
public final class ReviewSettingsFile {
    /** The format this version writes and reads. */
    public static final int FORMAT = 1;
    /** Most weeks a due-date target may name (ten years). */
    public static final int MAX_DUE_WEEKS = 520;

    static final List<String> FIELDS = List.of("format", "severityLevels", "requiredSections", "defaultDueWeeks",
            "extraBlameTerms", "extraCounterfactuals", "causeCategories", "errorsBlockPublishing", "pageLanguage");
    private static final List<String> LEVEL_FIELDS = List.of("id", "name", "description");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReviewSettingsFile() {
    }

    /** The settings read from a file, or every problem found (then no settings). */
    public record Read(ReviewSettings settings, List<InputProblem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return problems.isEmpty();
        }
    }

    /** The file's text for these settings: every field, severities in scheme order, sections in enum order. */
    public static String write(ReviewSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode levels = root.putArray("severityLevels");
        for (SeverityLevel level : settings.severityLevels()) {
            ObjectNode node = levels.addObject().put("id", level.id()).put("name", level.name());
            if (level.description() != null) {
                node.put("description", level.description());
            }
        }
        ObjectNode sections = root.putObject("requiredSections");
        inSchemeOrder(settings, settings.requiredSections()).forEach((id, set) -> {
            ArrayNode list = sections.putArray(id);
            EnumSet<Section> ordered = set.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(set);
            ordered.forEach(s -> list.add(s.name()));
        });
        ObjectNode weeks = root.putObject("defaultDueWeeks");
        inSchemeOrder(settings, settings.defaultDueWeeks()).forEach(weeks::put);
        writeTerms(root.putObject("extraBlameTerms"), settings.extraBlameTerms());
        writeTerms(root.putObject("extraCounterfactuals"), settings.extraCounterfactuals());
        ArrayNode categories = root.putArray("causeCategories");
        settings.causeCategories().forEach(categories::add);
        root.put("errorsBlockPublishing", settings.errorsBlockPublishing());
        root.put("pageLanguage", settings.pageLanguage());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text and numbers cannot fail to serialise", e);
        }
    }

    private static <V> Map<String, V> inSchemeOrder(ReviewSettings settings, Map<String, V> byId) {
        Map<String, V> ordered = new LinkedHashMap<>();
        settings.severityLevels().forEach(l -> {
            if (byId.containsKey(l.id())) {
                ordered.put(l.id(), byId.get(l.id()));
            }
        });
        byId.keySet().stream().sorted().forEach(id -> ordered.putIfAbsent(id, byId.get(id)));
        return ordered;
    }

    private static void writeTerms(ObjectNode node, Map<String, List<String>> byTag) {
        byTag.keySet().stream().sorted().forEach(tag -> {
            ArrayNode list = node.putArray(tag);
            byTag.get(tag).forEach(list::add);
        });
    }

    /** Reads a settings file's text (JSON). */
    public static Read read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            return failed(new InputProblem("", original.startsWith("Duplicate field")
                    ? "a key appears twice" + where + "; keep only one" : "not valid JSON" + where));
        }
        if (root == null || root.isMissingNode()) {
            return failed(new InputProblem("", "the file is empty"));
        }
        if (!root.isObject()) {
            return failed(new InputProblem("", "the file must be a JSON object"));
        }
        return new Reader().read((ObjectNode) root);
    }

    private static Read failed(InputProblem problem) {
        return new Read(null, List.of(problem));
    }

    /** One read: collects every problem, then builds the settings only when there is none. */
    private static final class Reader {
        private final List<InputProblem> problems = new ArrayList<>();

        Read read(ObjectNode root) {
            unknownFields(root, "", FIELDS);
            JsonNode format = root.get("format");
            if (format == null) {
                problem("format", "is missing; a review settings file starts with \"format\": " + FORMAT);
            } else if (!format.isIntegralNumber()) {
                problem("format", "must be the number " + FORMAT);
            } else if (format.asInt() != FORMAT) {
                problem("format", "format " + format.asText() + " is not one this version reads (it reads format "
                        + FORMAT + "); export the settings again or use a newer version");
            }
            ReviewSettings defaults = ReviewSettings.defaults();
            List<SeverityLevel> levels = root.has("severityLevels") ? levels(root.get("severityLevels"))
                    : defaults.severityLevels();
            Set<String> ids = new HashSet<>();
            levels.forEach(l -> ids.add(l.id()));
            Map<String, Set<Section>> sections = root.has("requiredSections")
                    ? bySeverity(root.get("requiredSections"), "requiredSections", ids, this::sections)
                    : defaults.requiredSections();
            Map<String, Integer> weeks = root.has("defaultDueWeeks")
                    ? bySeverity(root.get("defaultDueWeeks"), "defaultDueWeeks", ids, this::weeks)
                    : defaults.defaultDueWeeks();
            Map<String, List<String>> blame = root.has("extraBlameTerms")
                    ? terms(root.get("extraBlameTerms"), "extraBlameTerms") : defaults.extraBlameTerms();
            Map<String, List<String>> counterfactuals = root.has("extraCounterfactuals")
                    ? terms(root.get("extraCounterfactuals"), "extraCounterfactuals")
                    : defaults.extraCounterfactuals();
            List<String> categories = root.has("causeCategories")
                    ? texts(root.get("causeCategories"), "causeCategories") : defaults.causeCategories();
            boolean block = defaults.errorsBlockPublishing();
            JsonNode blockNode = root.get("errorsBlockPublishing");
            if (blockNode != null) {
                if (blockNode.isBoolean()) {
                    block = blockNode.booleanValue();
                } else {
                    problem("errorsBlockPublishing", "must be true or false");
                }
            }
            String language = defaults.pageLanguage();
            JsonNode languageNode = root.get("pageLanguage");
            if (languageNode != null) {
                if (languageNode.isTextual() && isLanguageTag(languageNode.textValue())) {
                    language = languageNode.textValue();
                } else {
                    problem("pageLanguage", "must be a language tag such as \"en\" or \"de\"");
                }
            }
            if (!problems.isEmpty()) {
                return new Read(null, problems);
            }
            return new Read(new ReviewSettings(levels, sections, weeks, blame, counterfactuals, categories, block,
                    language), List.of());
        }

        private void problem(String path, String message) {
            problems.add(new InputProblem(path, message));
        }

        private void unknownFields(JsonNode object, String path, List<String> known) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    problem(path.isEmpty() ? name : path + "." + name, "is not a field of a review settings file;"
                            + " check the spelling (known here: " + String.join(", ", known) + ")");
                }
            }
        }

        private List<SeverityLevel> levels(JsonNode node) {
            if (!node.isArray() || node.isEmpty()) {
                problem("severityLevels", "must be a list of at least one level ({\"id\", \"name\", \"description\"})");
                return List.of();
            }
            List<SeverityLevel> levels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "severityLevels[" + i + "]";
                JsonNode level = node.get(i);
                if (!level.isObject()) {
                    problem(path, "must be an object with id, name and description");
                    continue;
                }
                unknownFields(level, path, LEVEL_FIELDS);
                String id = requiredText(level, path + ".id");
                String name = requiredText(level, path + ".name");
                JsonNode description = level.get("description");
                if (description != null && !description.isTextual() && !description.isNull()) {
                    problem(path + ".description", "must be text");
                }
                if (id != null && !seen.add(id)) {
                    problem(path + ".id", "'" + id + "' names two levels; each id once");
                }
                if (id != null && name != null) {
                    levels.add(new SeverityLevel(id, name, description == null || description.isNull() ? ""
                            : description.textValue()));
                }
            }
            return levels;
        }

        private String requiredText(JsonNode object, String path) {
            JsonNode value = object.get(path.substring(path.lastIndexOf('.') + 1));
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                problem(path, "must be non-empty text");
                return null;
            }
            return value.textValue().strip();
        }

        private <V> Map<String, V> bySeverity(JsonNode node, String field, Set<String> ids,
                                              BiFunction<JsonNode, String, V> value) {
            Map<String, V> out = new LinkedHashMap<>();
            if (!node.isObject()) {
                problem(field, "must be an object by severity id, e.g. {\"SEV1\": ...}");
                return out;
            }
            node.fields().forEachRemaining(e -> {
                String path = field + "." + e.getKey();
                if (!ids.isEmpty() && !ids.contains(e.getKey())) {
                    problem(path, "'" + e.getKey() + "' is not a severity id of severityLevels ("
                            + String.join(", ", ids.stream().sorted().toList()) + ")");
                    return;
                }
                V v = value.apply(e.getValue(), path);
                if (v != null) {
                    out.put(e.getKey(), v);
                }
            });
            return out;
        }

        private Set<Section> sections(JsonNode node, String path) {
            if (!node.isArray()) {
                problem(path, "must be a list of section names");
                return null;
            }
            Set<Section> out = EnumSet.noneOf(Section.class);
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                Section section = item.isTextual() ? section(item.textValue()) : null;
                if (section == null) {
                    problem(path + "[" + i + "]", "'" + item.asText() + "' is not a section (known: "
                            + String.join(", ", EnumSet.allOf(Section.class).stream().map(Enum::name).toList())
                            + ")");
                } else {
                    out.add(section);
                }
            }
            return out;
        }

        private static Section section(String name) {
            for (Section s : Section.values()) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            return null;
        }

        private Integer weeks(JsonNode node, String path) {
            if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > MAX_DUE_WEEKS) {
                problem(path, "must be a whole number of weeks from 1 to " + MAX_DUE_WEEKS);
                return null;
            }
            return node.asInt();
        }

        private Map<String, List<String>> terms(JsonNode node, String field) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (!node.isObject()) {
                problem(field, "must be an object by language tag, e.g. {\"en\": [\"...\"]}");
                return out;
            }
            node.fields().forEachRemaining(e -> {
                String path = field + "." + e.getKey();
                if (!isLanguageTag(e.getKey())) {
                    problem(path, "'" + e.getKey() + "' is not a language tag such as \"en\" or \"de\"");
                    return;
                }
                List<String> list = texts(e.getValue(), path);
                out.put(e.getKey(), list);
            });
            return out;
        }

        private List<String> texts(JsonNode node, String path) {
            if (!node.isArray()) {
                problem(path, "must be a list of texts");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual() || item.textValue().isBlank()) {
                    problem(path + "[" + i + "]", "must be non-empty text");
                } else {
                    out.add(item.textValue().strip());
                }
            }
            return out;
        }

        private static boolean isLanguageTag(String tag) {
            return tag != null && !tag.isBlank() && !Locale.forLanguageTag(tag.strip()).getLanguage().isEmpty();
        }
    }
}
