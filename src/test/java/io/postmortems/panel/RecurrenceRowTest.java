package io.postmortems.panel;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.recurrence.Recurrence;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class RecurrenceRowTest {
    private static final PanelText TEXT = (key, args) -> key + args;

    @Test
    public void of_shouldSayWhatIsSharedOpenOverdueAndOutcomesEscaped() {
        Recurrence.Match m = new Recurrence.Match("PM-1", "<b>Checkout</b> down", OffsetDateTime.parse(
                "2026-03-01T23:30Z"), List.of("check<out>"), "change", List.of("dns"), 2, 1,
                new EffectivenessCounts(1, 0, 2));

        RecurrenceRow row = RecurrenceRow.of(List.of(m), ZoneId.of("Europe/Berlin"), TEXT).get(0);

        assertEquals("PM-1", row.getKeyHtml());
        assertEquals("&lt;b&gt;Checkout&lt;/b&gt; down", row.getTitleHtml());
        assertEquals("the day in the viewer's zone", "postmortems.panel.recurrence.started[2026-03-02]",
                row.getStartedHtml());
        assertEquals("postmortems.panel.recurrence.service[check&lt;out&gt;], "
                + "postmortems.panel.recurrence.causeCategory[change], postmortems.panel.recurrence.tag[dns]",
                row.getSharedHtml());
        assertEquals("postmortems.panel.recurrence.open[2]", row.getOpenHtml());
        assertTrue(row.isHasOverdue());
        assertEquals("postmortems.panel.recurrence.overdue[1]", row.getOverdueHtml());
        assertEquals("postmortems.panel.recurrence.outcomes[1, 0, 2]", row.getOutcomesHtml());
    }

    @Test
    public void of_shouldSayNoCheckWasRecordedAndNoOverdue() {
        Recurrence.Match m = new Recurrence.Match("PM-1", null, OffsetDateTime.parse("2026-03-01T10:00Z"),
                List.of("a"), null, List.of(), 0, 0, EffectivenessCounts.NONE);
        RecurrenceRow row = RecurrenceRow.of(List.of(m), ZoneId.of("UTC"), TEXT).get(0);
        assertFalse(row.isHasOverdue());
        assertFalse(row.isHasOutcomes());
        assertEquals("postmortems.panel.recurrence.noOutcomes[]", row.getOutcomesHtml());
        assertEquals("", row.getTitleHtml());
    }
}
