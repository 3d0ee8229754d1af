package io.postmortems.jira.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PostMortemMirrorIdeasTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    public void toJson_shouldCarryTheIdeasFingerprintsOncePerSameIdea() throws Exception {
        PostMortem doc = new PostMortem();
        doc.setIdeas(List.of("Add a disk alert", "add a DISK alert!", "Rotate logs"));
        JsonNode ideas = mapper.readTree(new PostMortemMirror().toJson(doc)).get(PostMortemMirror.IDEAS);
        assertEquals(2, ideas.size());
        assertEquals(Ideas.fingerprint("Add a disk alert").orElseThrow(), ideas.get(0).asText());
        assertEquals(Ideas.fingerprint("Rotate logs").orElseThrow(), ideas.get(1).asText());
    }

    @Test
    public void toJson_shouldCapTheIdeasAndStayUnderItsLimit() throws Exception {
        PostMortem doc = new PostMortem();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("idea number " + i + " " + "x".repeat(1000));
        }
        doc.setIdeas(many);
        String json = new PostMortemMirror().toJson(doc);
        assertEquals(PostMortemMirror.MAX_IDEAS, mapper.readTree(json).get(PostMortemMirror.IDEAS).size());
        assertTrue(json.getBytes(StandardCharsets.UTF_8).length < PostMortemMirror.MAX_BYTES);
    }
}
