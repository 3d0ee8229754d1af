package io.postmortems.publishing.render;

import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class LabelsTest {
    @Test
    public void normalise_shouldLowerCaseAndJoinWordsWithHyphens() {
        assertEquals("payment-gateway", Labels.normalise("  Payment \t Gateway "));
    }

    @Test
    public void normalise_shouldDropCharactersConfluenceForbidsAndNonPrintables() {
        assertEquals("rd-x-y", Labels.normalise("R&D: (x) [y]!?#^*@.,;"));
        assertEquals("ab", Labels.normalise("a\u0001\u202E\u200Bb"));
        assertEquals("", Labels.normalise(":;,.?&[]()#^*@!"));
        assertEquals("", Labels.normalise(null));
    }

    @Test
    public void normalise_shouldTurnUrlBreakingCharactersIntoOneHyphen() {
        assertEquals("team-sre", Labels.normalise("team/sre"));
        assertEquals("a-b-c-d", Labels.normalise("a<>b {c} = d%"));
        assertEquals("sre", Labels.normalise("/sre/"));
    }

    @Test
    public void normalise_shouldLimitTo255Characters() {
        assertEquals(255, Labels.normalise("x".repeat(1000)).length());
    }

    @Test
    public void of_shouldStartWithPostmortemAndDropEmptiesAndDuplicates() {
        PostMortem d = new PostMortem();
        d.setSeverity("SEV2");
        d.setServices(List.of("Search", "search", "!!!"));
        d.setTags(List.of("SEV2", "Night Shift", " "));
        assertEquals(List.of("postmortem", "sev2", "search", "night-shift"), Labels.of(d));
        assertEquals(List.of("postmortem"), Labels.of(new PostMortem()));
    }
}
