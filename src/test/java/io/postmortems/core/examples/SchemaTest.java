package io.postmortems.core.examples;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** docs/postmortem.schema.json: every example conforms, and every model property is described (no drift). */
public class SchemaTest {
    private static JsonNode schemaNode;
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new PostMortemCodec().jsonMapper();

    @BeforeClass
    public static void loadSchema() throws Exception {
        schemaNode = JSON.readTree(Files.readString(Path.of("docs/postmortem.schema.json")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    private static Set<ValidationMessage> validate(JsonNode doc) {
        return schema.validate(doc);
    }

    @Test
    public void examples_shouldConformToTheSchemaAsWrittenAndAsRewritten() throws Exception {
        PostMortemCodec codec = new PostMortemCodec();
        for (Path file : ExamplesTest.exampleFiles()) {
            String text = Files.readString(file);
            JsonNode raw = file.toString().endsWith(".json") ? JSON.readTree(text) : new YAMLMapper().readTree(text);
            assertEquals(file.toString(), Set.of(), validate(raw));
            JsonNode rewritten = JSON.readTree(codec.writeJson(codec.read(file.toString(), text).get()));
            assertEquals(file + " rewritten", Set.of(), validate(rewritten));
        }
    }

    @Test
    public void schema_shouldRejectWrongTypesBadEnumsAndInstantsWithoutOffset() throws Exception {
        assertFalse(validate(JSON.readTree("{\"status\":\"DONE\"}")).isEmpty());
        assertFalse(validate(JSON.readTree("{\"times\":{\"started\":\"2026-03-01T10:00:00\"}}")).isEmpty());
        assertFalse(validate(JSON.readTree("{\"countermeasures\":[{\"dueDate\":\"soon\"}]}")).isEmpty());
        assertFalse(validate(JSON.readTree("{\"timeline\":{}}")).isEmpty());
        assertTrue(validate(JSON.readTree("{\"fromTheFuture\":{\"x\":1},\"times\":{\"note\":\"kept\"}}")).isEmpty());
    }

    @Test
    public void schema_shouldDescribeEveryModelPropertyAndEnumValue() {
        List<String> missing = new ArrayList<>();
        compare(JSON.constructType(PostMortem.class), schemaNode, "", missing, new HashSet<>());
        assertEquals(List.of(), missing);
    }

    /** Walks the model's Jackson properties alongside the schema, following $ref and array items. */
    private static void compare(JavaType type, JsonNode schemaObject, String path, List<String> missing,
                                Set<Class<?>> seen) {
        if (!seen.add(type.getRawClass())) {
            return;
        }
        BeanDescription bean = JSON.getSerializationConfig().introspect(type);
        JsonNode props = schemaObject.path("properties");
        assertFalse(path + " has no properties in the schema", props.isMissingNode());
        for (BeanPropertyDefinition p : bean.findProperties()) {
            String where = path.isEmpty() ? p.getName() : path + "." + p.getName();
            JsonNode prop = props.get(p.getName());
            if (prop == null) {
                missing.add(where);
                continue;
            }
            JavaType ptype = p.getPrimaryType();
            JavaType element = ptype.isCollectionLikeType() ? ptype.getContentType() : ptype;
            JsonNode target = resolve(ptype.isCollectionLikeType() ? prop.path("items") : prop);
            Class<?> raw = element.getRawClass();
            if (raw.isEnum()) {
                Set<String> expected = new HashSet<>();
                Arrays.stream(raw.getEnumConstants()).forEach(c -> expected.add(c.toString()));
                Set<String> described = new HashSet<>();
                target.path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        described.add(v.asText());
                    }
                });
                if (!expected.equals(described)) {
                    missing.add(where + " enum " + expected + " vs " + described);
                }
            } else if (raw.getPackageName().equals(PostMortem.class.getPackageName())) {
                compare(element, target, where, missing, seen);
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String name = ref.asText().substring("#/$defs/".length());
        return resolve(schemaNode.path("$defs").path(name));
    }
}
