package io.postmortems.jira.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/** The review-meeting reminders' search field: written only while a review date is set and not approved yet. */
public class PostMortemMirrorReviewTest {
    private final PostMortemMirror mirror = new PostMortemMirror();

    private JsonNode json(PostMortem doc) throws Exception {
        return new ObjectMapper().readTree(mirror.toJson(doc));
    }

    @Test
    public void toJson_shouldMarkAReviewPendingOnlyBeforeApproval() throws Exception {
        PostMortem doc = new PostMortem();
        assertFalse("no review date: nothing pending", json(doc).has("reviewPending"));
        doc.getMeeting().setReviewDate(LocalDate.of(2026, 12, 4));
        doc.setStatus(Status.DRAFT);
        assertEquals(1, json(doc).path("reviewPending").asInt());
        doc.setStatus(Status.IN_REVIEW);
        assertEquals(1, json(doc).path("reviewPending").asInt());
        doc.setStatus(Status.APPROVED);
        assertFalse(json(doc).has("reviewPending"));
        doc.setStatus(Status.PUBLISHED);
        assertFalse(json(doc).has("reviewPending"));
    }
}
