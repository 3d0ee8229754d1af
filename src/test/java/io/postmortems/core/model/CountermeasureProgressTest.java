package io.postmortems.core.model;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CountermeasureProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Countermeasure cm(CountermeasureStatus status, LocalDate due) {
        Countermeasure cm = new Countermeasure("c1", "Add alert", "alice", due);
        cm.setStatus(status);
        return cm;
    }

    @Test
    public void isDone_shouldReadTheRecordedStatusWithoutATicketState() {
        assertTrue(CountermeasureProgress.isDone(cm(CountermeasureStatus.DONE, null)));
        assertTrue(CountermeasureProgress.isDone(cm(CountermeasureStatus.WONT_DO, null)));
        assertFalse(CountermeasureProgress.isDone(cm(CountermeasureStatus.IN_PROGRESS, null)));
        assertFalse(CountermeasureProgress.isDone(cm(CountermeasureStatus.OPEN, null)));
        assertFalse(CountermeasureProgress.isDone(cm(null, null)));
    }

    @Test
    public void isDone_shouldLetAKnownTicketStateWinOverTheRecordedStatus() {
        assertFalse(CountermeasureProgress.isDone(cm(CountermeasureStatus.DONE, null), Optional.of(false)));
        assertTrue(CountermeasureProgress.isDone(cm(CountermeasureStatus.OPEN, null), Optional.of(true)));
        assertTrue(CountermeasureProgress.isDone(cm(CountermeasureStatus.DONE, null), Optional.empty()));
    }

    @Test
    public void isOverdue_shouldNeedADueDateBeforeTodayAndWorkNotDone() {
        assertTrue(CountermeasureProgress.isOverdue(cm(null, TODAY.minusDays(1)), TODAY, false));
        assertFalse("due today is not overdue",
                CountermeasureProgress.isOverdue(cm(null, TODAY), TODAY, false));
        assertFalse("done work is never overdue",
                CountermeasureProgress.isOverdue(cm(null, TODAY.minusDays(1)), TODAY, true));
        assertFalse("no due date, nothing to be late for",
                CountermeasureProgress.isOverdue(cm(null, null), TODAY, false));
    }
}
