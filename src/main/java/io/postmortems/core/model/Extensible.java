package io.postmortems.core.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every document object: fields this version does not know are kept verbatim and written back,
 * so a newer client's data survives a round trip through an older one.
 */
public abstract class Extensible {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    public void putUnknownField(String name, JsonNode value) {
        unknownFields.put(name, value);
    }
}
