package io.postmortems.jira.countermeasures;

import io.postmortems.core.model.CountermeasureKind;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class TicketCreatorTest {
    @Test
    public void kindLabel_shouldBeLowerCaseWithPrefix() {
        assertEquals(Optional.of("countermeasure-mitigate"), TicketCreator.kindLabel(CountermeasureKind.MITIGATE));
        assertEquals(Optional.empty(), TicketCreator.kindLabel(null));
    }
}
