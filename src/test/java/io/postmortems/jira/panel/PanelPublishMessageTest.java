package io.postmortems.jira.panel;

import io.postmortems.jira.publish.PublishMessage;
import io.postmortems.jira.publish.PublishStatus;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.PublishingView;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class PanelPublishMessageTest {
    private final PanelText viewer = new PanelText() {
        @Override
        public String text(String key, List<String> args) {
            return "<" + key.substring(key.lastIndexOf('.') + 1) + args + ">";
        }
    };

    private static PublishStatus failedWith(PublishMessage message) {
        return new PublishStatus(PublishStatus.State.FAILED, null, null, null, Instant.EPOCH, null, message);
    }

    @Test
    public void publishState_shouldRenderKeyAndWrappedReasonInTheViewersLanguage() {
        PublishMessage message = PublishMessage.of("postmortems.publish.error.gave-up", 10)
                .wrapping(PublishMessage.of("postmortems.publish.retry.confluence", "HTTP 503"));
        PublishingView state = PostMortemPanelContextProvider.publishState(failedWith(message), viewer);
        assertEquals("<gave-up[10, <confluence[HTTP 503]>]>", state.lastError());
    }

    @Test
    public void publishState_shouldShowLiteralTextAsIs() {
        PublishingView state = PostMortemPanelContextProvider.publishState(failedWith(PublishMessage.text("plain words")),
                viewer);
        assertEquals("plain words", state.lastError());
    }
}
