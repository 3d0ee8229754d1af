package io.postmortems.core.reminders;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Review meetings past their date (issue #13 item 2) in the post-mortem owner's one daily digest. */
public class ReviewReminderPlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final ReminderPlanner planner = new ReminderPlanner(new ReminderPolicy(3, 7, null));

    private static DueFollowThrough review(String key, String owner, LocalDate reviewDate) {
        return new DueFollowThrough(DueFollowThrough.Kind.REVIEW, key, "Checkout down " + key, owner, reviewDate, key);
    }

    @Test
    public void plan_shouldPutAnOverdueReviewIntoTheOwnersDigestUnderTheDaysOneKey() {
        List<Reminder> plan = planner.plan(
                List.of(new DueCountermeasure("OPS-9", "Open one", "editor", TODAY.plusDays(1), "OPS-2", "editor")),
                List.of(review("OPS-2", "editor", TODAY.minusDays(1)),
                        new DueFollowThrough(DueFollowThrough.Kind.REVISIT, "OPS-5", "Old", "editor",
                                TODAY.minusDays(2), "OPS-5")), TODAY);
        assertEquals(1, plan.size());
        Reminder digest = plan.get(0);
        assertEquals(ReminderKind.DIGEST, digest.kind());
        assertEquals("editor", digest.recipient());
        assertEquals("revisits, then reviews (by kind)", List.of("OPS-5", "OPS-2"),
                digest.followThrough().stream().map(DueFollowThrough::issueKey).toList());
        assertEquals(List.of(new ReminderKey(ReminderKind.DIGEST, "editor", ReminderKey.ALL, "day:2026-12-07")),
                digest.keys());
    }

    @Test
    public void plan_shouldSendAnOwnerWithOnlyAnOverdueReviewOneDigestAndSkipThoseWithoutOwner() {
        List<Reminder> plan = planner.plan(List.of(),
                List.of(review("OPS-2", "editor", TODAY.minusDays(3)), review("OPS-3", null, TODAY.minusDays(3))),
                TODAY);
        assertEquals(1, plan.size());
        assertTrue(plan.get(0).overdue().isEmpty() && plan.get(0).soonDue().isEmpty());
        assertEquals(1, plan.get(0).size());
    }

    @Test
    public void text_shouldNameTheReviewDateInSubjectBodyAndComment() {
        Reminder digest = planner.plan(List.of(), List.of(review("OPS-2", "editor", LocalDate.of(2026, 12, 4))),
                TODAY).get(0);
        assertEquals("[Post-mortems] Your review meetings: 1 review meeting overdue", ReminderText.subject(digest));
        String body = ReminderText.body(digest, TODAY);
        assertTrue(body, body.contains("passed their review date and are not approved yet"));
        assertTrue(body, body.contains("- OPS-2 Checkout down OPS-2 (review date 2026-12-04)"));
        String comment = ReminderText.comment(digest.followThrough().get(0), "Eddie Editor");
        assertTrue(comment, comment.startsWith("Reminder for Eddie Editor: the review meeting of this post-mortem was"
                + " due on 2026-12-04 and it is not approved yet"));
    }
}
