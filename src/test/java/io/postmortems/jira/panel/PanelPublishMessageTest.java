package io.postmortems.jira.panel;

import io.postmortems.jira.publish.PublishMessage;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class PanelPublishMessageTest {
    private final PanelText viewer = new PanelText() {
        @Override
        public String text(String key, List<String> args) {
            return "<" + key.substring(key.lastIndexOf('.') + 1) + args + ">";
        }
    };

    @Test
    public void message_shouldRenderKeyAndWrappedReasonInTheViewersLanguage() {
        PublishMessage message = PublishMessage.of("postmortems.publish.error.gave-up", 10)
                .wrapping(PublishMessage.of("postmortems.publish.retry.confluence", "HTTP 503"));
        assertEquals("<gave-up[10, <confluence[HTTP 503]>]>", PanelViews.message(message, viewer));
    }

    @Test
    public void message_shouldShowLiteralTextAsIs() {
        assertEquals("plain words", PanelViews.message(PublishMessage.text("plain words"), viewer));
    }
}
