package io.postmortems.core.workflow;

import io.postmortems.core.model.Approval;
import io.postmortems.core.workflow.Announcements.Due;
import org.junit.Test;

import java.time.OffsetDateTime;

import static org.junit.Assert.assertEquals;

public class AnnouncementsTest {
    private static final OffsetDateTime ANNOUNCED = OffsetDateTime.parse("2026-04-01T10:00:00Z");
    private static final Approval BEFORE = new Approval("k", "K", ANNOUNCED.minusDays(1));
    private static final Approval AFTER = new Approval("k", "K", ANNOUNCED.plusDays(1));

    @Test
    public void due_shouldAnnounceTheFirstPublishWhateverTheSettings() {
        assertEquals(Due.FIRST_PUBLISH, Announcements.due(false, null, null, false));
        assertEquals(Due.FIRST_PUBLISH, Announcements.due(false, null, AFTER, true));
    }

    @Test
    public void due_shouldNotAnnounceARepublish() {
        assertEquals(Due.NONE, Announcements.due(true, ANNOUNCED, AFTER, false));
        assertEquals(Due.NONE, Announcements.due(true, ANNOUNCED, BEFORE, true));
        assertEquals(Due.NONE, Announcements.due(true, ANNOUNCED, null, true));
        assertEquals("a page recreated after its announcement", Due.NONE,
                Announcements.due(false, ANNOUNCED, null, false));
    }

    @Test
    public void due_shouldAnnounceAMajorUpdateOnlyWhenAskedAndApprovedAgainSinceTheAnnouncement() {
        assertEquals(Due.MAJOR_UPDATE, Announcements.due(true, ANNOUNCED, AFTER, true));
    }

    @Test
    public void due_shouldNotAnnouncePagesPublishedBeforeAnnouncementsExisted() {
        assertEquals(Due.NONE, Announcements.due(true, null, AFTER, true));
        assertEquals(Due.NONE, Announcements.due(true, null, null, false));
    }
}
