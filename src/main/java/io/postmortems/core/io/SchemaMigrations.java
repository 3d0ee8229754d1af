package io.postmortems.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings a document tree of any earlier {@code schemaVersion} up to {@link PostMortem#CURRENT_SCHEMA_VERSION}.
 * A document without {@code schemaVersion} is taken as version 1. Newer versions than this build knows are
 * refused (their meaning cannot be guessed), which never loses data because nothing is written.
 */
public final class SchemaMigrations {
    private SchemaMigrations() {
    }

    public record Migrated(ObjectNode document, List<InputProblem> problems) {
    }

    public static Migrated migrate(ObjectNode tree) {
        List<InputProblem> problems = new ArrayList<>();
        JsonNode versionNode = tree.get("schemaVersion");
        int version;
        if (versionNode == null || versionNode.isNull()) {
            version = 1;
        } else if (!versionNode.isInt()) {
            problems.add(new InputProblem("schemaVersion", "expected a whole number"));
            return new Migrated(tree, problems);
        } else {
            version = versionNode.intValue();
        }
        if (version < 1) {
            problems.add(new InputProblem("schemaVersion", "must be 1 or more, was " + version));
            return new Migrated(tree, problems);
        }
        if (version > PostMortem.CURRENT_SCHEMA_VERSION) {
            problems.add(new InputProblem("schemaVersion", "version " + version
                    + " is newer than this app understands (" + PostMortem.CURRENT_SCHEMA_VERSION + "); upgrade the app"));
            return new Migrated(tree, problems);
        }
        ObjectNode doc = tree.deepCopy();
        if (version == 1) {
            v1ToV2(doc);
        }
        doc.put("schemaVersion", PostMortem.CURRENT_SCHEMA_VERSION);
        return new Migrated(doc, problems);
    }

    /**
     * Version 1 kept the three seed times flat ({@code startTime}, {@code detectTime}, {@code endTime}) and called
     * countermeasures {@code actionItems}. Version 2 groups times under {@code times}.
     */
    private static void v1ToV2(ObjectNode doc) {
        JsonNode existing = doc.get("times");
        if (existing != null && !existing.isNull() && !existing.isObject()) {
            // Never overwrite what the author wrote: the flat times stay where they are (kept as unknown
            // fields) and reading reports that "times" is not an object.
            if (doc.has("actionItems") && !doc.has("countermeasures")) {
                doc.set("countermeasures", doc.remove("actionItems"));
            }
            return;
        }
        ObjectNode times = existing instanceof ObjectNode o ? o : doc.putObject("times");
        move(doc, "startTime", times, "started");
        move(doc, "detectTime", times, "detected");
        move(doc, "endTime", times, "resolved");
        if (doc.has("actionItems") && !doc.has("countermeasures")) {
            doc.set("countermeasures", doc.remove("actionItems"));
        }
    }

    private static void move(ObjectNode from, String fromName, ObjectNode to, String toName) {
        if (from.has(fromName) && !to.has(toName)) {
            to.set(toName, from.remove(fromName));
        }
    }
}
