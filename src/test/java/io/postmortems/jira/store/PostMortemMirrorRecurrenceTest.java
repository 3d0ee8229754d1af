package io.postmortems.jira.store;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** What recurrence reads of an earlier post-mortem is in its mirror: tags, open/overdue, effectiveness outcomes. */
public class PostMortemMirrorRecurrenceTest {
    @Test
    public void toJson_shouldHoldTagsAndEffectivenessOutcomesRecurrenceReads() {
        PostMortem doc = new PostMortem();
        doc.setTags(List.of(" dns ", "dns", "", "tls"));
        Countermeasure effective = done("a", EffectivenessOutcome.EFFECTIVE);
        Countermeasure notEffective = done("b", EffectivenessOutcome.NOT_EFFECTIVE);
        Countermeasure unchecked = done("c", null);
        Countermeasure open = new Countermeasure("d", "y", "o", LocalDate.of(2026, 3, 20));
        doc.setCountermeasures(List.of(effective, notEffective, unchecked, open));

        MirrorSnapshot s = MirrorSnapshot.parse(new PostMortemMirror().toJson(doc)).orElseThrow();

        assertEquals(List.of("dns", "tls"), s.incident().getTags());
        assertEquals(new EffectivenessCounts(1, 1, 0), s.effectiveness());
        assertEquals(1, s.countermeasuresOpen());
        assertEquals(1, s.overdueOn(LocalDate.of(2026, 3, 21)));
        assertEquals(0, s.overdueOn(LocalDate.of(2026, 3, 20)));
    }

    @Test
    public void parse_shouldReadNoOutcomesFromAMirrorWrittenBeforeThem() {
        MirrorSnapshot s = MirrorSnapshot.parse("{\"countermeasures\":0}").orElseThrow();
        assertEquals(EffectivenessCounts.NONE, s.effectiveness());
        assertEquals(List.of(), s.incident().getTags());
    }

    private static Countermeasure done(String id, EffectivenessOutcome outcome) {
        Countermeasure cm = new Countermeasure(id, "x", "o", LocalDate.of(2026, 3, 10));
        cm.setStatus(CountermeasureStatus.DONE);
        cm.setDoneOn(LocalDate.of(2026, 3, 8));
        if (outcome != null) {
            cm.setEffectiveness(new EffectivenessCheck(outcome, "because", "k", "K", null));
        }
        return cm;
    }
}
