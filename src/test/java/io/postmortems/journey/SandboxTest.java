package io.postmortems.journey;

import io.postmortems.journey.rig.RigHttp;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The sandbox starts with every example, answers HTTP with what it prints, and stops. */
public class SandboxTest {
    @Test
    public void sandbox_shouldServeEveryExampleAndStop() throws Exception {
        String index;
        String restUrl;
        try (Sandbox sandbox = Sandbox.start(Path.of("examples"))) {
            assertEquals("one post-mortem per example file", 4, sandbox.postMortems().size());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            sandbox.describe(new PrintStream(printed, true, StandardCharsets.UTF_8));
            String text = printed.toString(StandardCharsets.UTF_8);
            assertTrue(text, text.contains(sandbox.rig().baseUrl() + "/login?user=editor"));
            index = sandbox.rig().baseUrl() + "/";
            HttpResponse<String> front = RigHttp.anonymous().get(index);
            assertEquals(200, front.statusCode());
            for (var issue : sandbox.postMortems()) {
                assertTrue(front.body().contains(issue.key));
            }
            String key = sandbox.postMortems().get(0).key;
            HttpResponse<String> page = RigHttp.as("editor").get(sandbox.rig().issueUrl(key));
            assertEquals(200, page.statusCode());
            assertTrue("the editor's issue page has the panel", page.body().contains("id=\"pm-panel\""));
            assertEquals(404, RigHttp.as("outsider").get(sandbox.rig().issueUrl(key)).statusCode());
            restUrl = sandbox.rig().restUrl("/issue/" + key + "/document");
            assertEquals(200, RigHttp.as("viewer").get(restUrl).statusCode());
        }
        assertThrows("stopped: nothing answers any more", ConnectException.class,
                () -> RigHttp.anonymous().get(restUrl));
    }
}
