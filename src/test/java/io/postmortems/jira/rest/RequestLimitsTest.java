package io.postmortems.jira.rest;

import io.postmortems.core.io.DocumentLimits;
import io.postmortems.jira.JiraFixture.Role;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The two other suspicions of issue #10, refuted by the limits in {@link DocumentLimits}: "no cap on the number of
 * countermeasures (one click could create tens of thousands of tickets)" (S2: at most
 * {@value DocumentLimits#MAX_COUNTERMEASURES}) and "no request body cap" (S3: at most
 * {@value DocumentLimits#MAX_REQUEST_CHARS} characters, refused before the body is parsed). S1, the label record, is
 * {@code LabelRecordSizeTest}.
 */
public class RequestLimitsTest {
    private RestEndpoints wired;

    @Before
    public void setUp() throws Exception {
        wired = new RestEndpoints(Role.ADMIN);
    }

    private static String document(int countermeasures) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < countermeasures; i++) {
            list.append(i == 0 ? "" : ",").append("{\"summary\":\"cm ").append(i).append("\"}");
        }
        return "{\"revision\":1,\"document\":{\"countermeasures\":[" + list + "]}}";
    }

    private static List<?> errors(Response response) throws Exception {
        return (List<?>) Json.MAPPER.readValue(String.valueOf(response.getEntity()), Map.class).get("errors");
    }

    @Test
    public void putDocument_shouldCapCountermeasuresAtOneHundredSoOneClickCannotCreateThousandsOfTickets()
            throws Exception {
        Response tooMany = wired.resource.putDocument("PM-1", null, document(DocumentLimits.MAX_COUNTERMEASURES + 1));
        assertEquals(400, tooMany.getStatus());
        Map<?, ?> error = (Map<?, ?>) errors(tooMany).get(0);
        assertEquals("countermeasures", error.get("field"));
        assertEquals("This list is too long: at most 100 entries, this has 101.", error.get("message"));
        assertEquals(1, wired.store.load(10).orElseThrow().revision());

        Response atTheCap = wired.resource.putDocument("PM-1", null, document(DocumentLimits.MAX_COUNTERMEASURES));
        assertEquals(String.valueOf(atTheCap.getEntity()), 200, atTheCap.getStatus());
        assertEquals(100, wired.store.load(10).orElseThrow().document().getCountermeasures().size());
    }

    @Test
    public void everyWriteEndpoint_shouldRefuseABodyOverFourMillionCharactersBeforeParsingIt() throws Exception {
        assertEquals(4_000_000, DocumentLimits.MAX_REQUEST_CHARS);
        String notEvenJson = "{" + " ".repeat(DocumentLimits.MAX_REQUEST_CHARS); // one character over, and broken
        for (Response response : List.of(wired.resource.putDocument("PM-1", null, notEvenJson),
                wired.resource.addEvent("PM-1", 1L, notEvenJson),
                wired.resource.editEvent("PM-1", "e1", 1L, notEvenJson),
                wired.settings.put(notEvenJson))) {
            assertEquals(400, response.getStatus());
            Map<?, ?> error = (Map<?, ?>) errors(response).get(0);
            assertEquals("the size is refused, not the syntax: it was never parsed",
                    "The request body is too large: at most 4000000 characters.", error.get("message"));
        }
        assertEquals(0, wired.store.saves - 1); // only the fixture's own save
    }
}
