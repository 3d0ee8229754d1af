package io.postmortems.panel;

import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class IdeaRowTest {
    private static final PanelText TEXT = (key, args) -> key + args;

    @Test
    public void of_shouldCountTheSameIdeaAcrossPostMortemsWithThisOneIncluded() {
        PostMortem doc = new PostMortem();
        doc.setIdeas(Arrays.asList("Add a <canary>", " ", "Rotate logs"));
        Map<String, List<String>> raised = Map.of(Ideas.fingerprint("add a canary").orElseThrow(), List.of("PM-7"),
                Ideas.fingerprint("Rotate logs").orElseThrow(), List.of("PM-3"));

        List<IdeaRow> rows = IdeaRow.of(doc, "PM-3", raised, TEXT);

        assertEquals(2, rows.size());
        IdeaRow canary = rows.get(0);
        assertEquals(0, canary.getIndex());
        assertEquals("Add a &lt;canary&gt;", canary.getTextHtml());
        assertEquals("this post-mortem counts even before its own property is indexed", 2, canary.getCount());
        assertTrue(canary.isRaisedElsewhere());
        assertEquals("postmortems.panel.ideas.raisedIn[2]", canary.getCountTextHtml());
        assertEquals(List.of("PM-3", "PM-7"), canary.getRaisedIn().stream().map(IdeaLink::getKeyHtml).toList());
        assertTrue(canary.getRaisedIn().get(0).isCurrent());
        IdeaRow logs = rows.get(1);
        assertEquals("the document index, blank ideas skipped", 2, logs.getIndex());
        assertEquals(1, logs.getCount());
        assertFalse(logs.isRaisedElsewhere());
    }

    @Test
    public void of_shouldShowNoCountWhereTheHostFoundNone() {
        PostMortem doc = new PostMortem();
        doc.setIdeas(List.of("Add a canary"));
        IdeaRow row = IdeaRow.of(doc, "PM-3", Map.of(), TEXT).get(0);
        assertEquals(0, row.getCount());
        assertFalse(row.isRaisedElsewhere());
        assertEquals("", row.getCountTextHtml());
    }
}
