package io.postmortems.journey.rig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The rig without a browser: REST through Jersey with the app's JSON, and countermeasure tickets in Jira's double. */
public class JourneyRigTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JourneyRig rig;
    private static JiraState.Issue issue;

    @BeforeClass
    public static void startRig() throws Exception {
        rig = JourneyRig.start().withStandardUsers();
        issue = rig.jira.addIssue(JourneyRig.PROJECT, "Post-mortem", "Checkout outage");
    }

    @AfterClass
    public static void stopRig() {
        rig.close();
    }

    @Test
    public void createCountermeasures_shouldMakeASubTaskInJirasDouble() throws Exception {
        RigHttp editor = RigHttp.as("editor");
        String doc = rig.restUrl("/issue/" + issue.key + "/document");
        JsonNode read = JSON.readTree(editor.get(doc).body());
        ObjectNode document = (ObjectNode) read.get("document");
        document.putArray("countermeasures").addObject().put("summary", "Alert on handshake failures")
                .put("owner", "editor").put("dueDate", LocalDate.now().plusWeeks(2).toString())
                .put("priority", "HIGH").put("kind", "DETECT");
        ObjectNode put = JSON.createObjectNode().put("revision", read.get("revision").asLong());
        put.set("document", document);
        HttpResponse<String> saved = editor.put(doc, put.toString());
        assertEquals(saved.body(), 200, saved.statusCode());

        HttpResponse<String> created = editor.post(rig.restUrl("/issue/" + issue.key + "/countermeasures"), "");
        assertEquals(created.body(), 200, created.statusCode());
        JsonNode result = JSON.readTree(created.body()).get("results").get(0);
        assertEquals(created.body(), "CREATED", result.get("outcome").asText());
        JiraState.Issue ticket = rig.jira.issue(result.get("issueKey").asText()).orElse(null);
        assertNotNull(ticket);
        assertEquals("a sub-task of the post-mortem", Long.valueOf(issue.id), ticket.parentId);
        assertEquals("Countermeasure", ticket.type);
        assertEquals(rig.jira.user("editor").orElseThrow().key, ticket.assigneeKey);
        assertEquals("High", ticket.fields.get("priority"));
        assertTrue(rig.jira.links().stream().anyMatch(l -> l.destinationId() == ticket.id));

        JsonNode after = JSON.readTree(editor.get(doc).body());
        assertEquals("the document records the ticket key", ticket.key,
                after.get("document").get("countermeasures").get(0).get("issueKey").asText());
        assertTrue("the issue page shows the ticket",
                editor.get(rig.issueUrl(issue.key)).body().contains(ticket.key));
    }

    @Test
    public void xsrf_shouldRefuseAFormPostWithoutTheNoCheckHeader() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        rig.restUrl("/issue/" + issue.key + "/publish")))
                .header("Cookie", "rig.user=editor").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build();
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("XSRF"));
    }

    @Test
    public void adminPage_shouldBeDecoratedWithItsWebResourcesForAdministratorsOnly() throws Exception {
        HttpResponse<String> admin = RigHttp.as("admin").get(rig.adminUrl());
        assertEquals(200, admin.statusCode());
        assertTrue("the servlet's required context brings the admin script",
                admin.body().contains("/download/resources/") && admin.body().contains("postmortem-admin.js"));
        assertTrue("and the shared REST helper before it",
                admin.body().indexOf("postmortem-rest.js") < admin.body().indexOf("postmortem-admin.js"));
        assertEquals(403, RigHttp.as("editor").get(rig.adminUrl()).statusCode());
        HttpResponse<String> anonymous = RigHttp.anonymous().get(rig.adminUrl());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"));
        String script = admin.body().replaceAll("(?s).*src=\"([^\"]*postmortem-admin\\.js)\".*", "$1");
        assertEquals(200, RigHttp.as("admin").get("http://127.0.0.1:" + rig.port() + script).statusCode());
    }
}
