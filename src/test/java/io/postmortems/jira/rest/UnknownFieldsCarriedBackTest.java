package io.postmortems.jira.rest;

import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.JiraFixture.Role;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * {@code PUT issue/{key}/document} refuses a field the app does not know, but the panel sends the whole stored
 * document back: a post-mortem stored with such fields (by another version of the app) must stay editable.
 */
public class UnknownFieldsCarriedBackTest {
    private RestEndpoints wired;

    @Before
    public void setUp() throws Exception {
        wired = new RestEndpoints(Role.ADMIN);
        PostMortem stored = wired.store.load(10).orElseThrow().document();
        stored.putUnknownField("fromTheFuture", Json.MAPPER.readTree("{\"x\":1}"));
        stored.getTimeline().get(0).putUnknownField("colour", Json.MAPPER.readTree("\"red\""));
        wired.store.save(10, stored, 1);
    }

    @Test
    public void putDocument_shouldAcceptUnknownFieldsTheStoredDocumentCarriesAndRefuseNewOnes() throws Exception {
        String back = "{\"revision\":2,\"document\":{\"fromTheFuture\":{\"x\":1},\"summary\":\"edited\","
                + "\"timeline\":[{\"id\":\"e1\",\"at\":\"2026-03-01T14:00:00+01:00\",\"text\":\"Deploy\","
                + "\"kind\":\"ACTION\",\"colour\":\"red\"}]}}";
        Response saved = wired.resource.putDocument("PM-1", null, back);
        assertEquals(String.valueOf(saved.getEntity()), 200, saved.getStatus());
        assertEquals("red", wired.store.load(10).orElseThrow().document().getTimeline().get(0).unknownFields()
                .get("colour").asText());

        Response added = wired.resource.putDocument("PM-1", null, back.replace("\"revision\":2", "\"revision\":3")
                .replace("\"summary\":\"edited\"", "\"summary\":\"again\",\"sumary\":\"typo\""));
        assertEquals(400, added.getStatus());
        assertTrue(String.valueOf(added.getEntity()), String.valueOf(added.getEntity())
                .contains("\"field\":\"document.sumary\""));
    }
}
