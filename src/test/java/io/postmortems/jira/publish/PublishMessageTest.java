package io.postmortems.jira.publish;

import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class PublishMessageTest {
    @Test
    public void encode_shouldRoundTripKeyArgsAndDetail() {
        PublishMessage message = PublishMessage.of("postmortems.publish.error.gave-up", 10)
                .wrapping(PublishMessage.of("postmortems.publish.retry.confluence", "busy \"now\" {0}"));
        assertEquals(message, PublishMessage.decode(message.encode()));
    }

    @Test
    public void encode_shouldStayWithinTheColumnAndStillDecode() {
        String huge = "x".repeat(5000);
        PublishMessage message = PublishMessage.of("postmortems.publish.error.confluence", huge);
        String stored = message.encode();
        assertTrue(stored.length() + " chars", stored.length() <= AoPublishRequests.MAX_ERROR);
        PublishMessage back = PublishMessage.decode(stored);
        assertEquals("postmortems.publish.error.confluence", back.key());
        assertTrue(back.args().get(0).startsWith("xxxx"));
    }

    @Test
    public void decode_shouldReadOlderPlainTextRowsAsText() {
        PublishMessage old = PublishMessage.decode("Not published: something");
        assertEquals(PublishMessage.TEXT, old.key());
        assertEquals("Not published: something", PublishMessages.format(old, Locale.GERMAN));
        assertEquals(PublishMessage.TEXT, PublishMessage.decode("{\"k\":\"evil.key\"}").key());
        assertNull(PublishMessage.decode(null));
    }

    @Test
    public void format_shouldUseTheViewersPatternsAndKeepConfluenceTextAsArgument() {
        PublishMessage message = PublishMessage.of("postmortems.publish.error.confluence", "HTTP 409: conflict");
        Map<String, String> german = Map.of("postmortems.publish.error.confluence",
                "Ver\u00f6ffentlichen in Confluence fehlgeschlagen: {0}");
        assertEquals("Ver\u00f6ffentlichen in Confluence fehlgeschlagen: HTTP 409: conflict",
                PublishMessages.format(message, german::get, Locale.GERMAN));
        assertEquals("Publishing to Confluence failed: HTTP 409: conflict",
                PublishMessages.format(message, Locale.ENGLISH));
    }

    @Test
    public void format_shouldShowAnUnknownKeyRatherThanFail() {
        PublishMessage message = new PublishMessage("postmortems.publish.nope", List.of("a"), null);
        assertEquals("postmortems.publish.nope [a]", PublishMessages.format(message, k -> null, Locale.ROOT));
    }

    @Test
    public void everyKeyTheJiraCoreUses_shouldExistInTheBundle() {
        for (String key : List.of("postmortems.publish.error.issue-gone", "postmortems.publish.error.security-level",
                "postmortems.publish.error.no-space", "postmortems.publish.error.no-document",
                "postmortems.publish.error.user-inactive", "postmortems.publish.error.unexpected",
                "postmortems.publish.error.no-page", "postmortems.publish.error.failed",
                "postmortems.publish.setup.applink-missing", "postmortems.publish.setup.token-refused",
                "postmortems.publish.gate.findings", "postmortems.publish.gate.no-title")) {
            String text = PublishMessages.format(PublishMessage.of(key, "1", "2"), Locale.ROOT);
            assertTrue(key + " -> " + text, !text.startsWith("postmortems."));
        }
    }
}
