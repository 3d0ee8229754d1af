package io.postmortems.core.model;

import org.junit.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class IdeasTest {
    @Test
    public void normalise_shouldFoldCaseWhitespaceAndPunctuation() {
        assertEquals("add alert on disk full", Ideas.normalise("  Add ALERT on\tdisk-full!! "));
        assertEquals("dont page at night", Ideas.normalise("Don't page at night."));
        assertEquals("", Ideas.normalise(" ?! "));
        assertEquals("", Ideas.normalise(null));
    }

    @Test
    public void fingerprint_shouldBeEqualForTheSameIdeaWrittenDifferently() {
        String one = Ideas.fingerprint("Add an alert on disk full").orElseThrow();
        assertEquals(one, Ideas.fingerprint("add AN alert, on disk-full.").orElseThrow());
        assertEquals(Ideas.FINGERPRINT_CHARS, one.length());
        assertTrue(one.matches("[0-9a-f]+"));
    }

    @Test
    public void fingerprint_shouldDifferForNearDuplicates() {
        assertNotEquals(Ideas.fingerprint("Add an alert on disk full").orElseThrow(),
                Ideas.fingerprint("Add alerts on disk full").orElseThrow());
    }

    @Test
    public void fingerprint_shouldBeEmptyForATextWithoutWords() {
        assertTrue(Ideas.fingerprint("  --- ").isEmpty());
    }

    @Test
    public void fingerprints_shouldBeDistinctInOrderAndCapped() {
        List<String> ideas = Arrays.asList("B idea", null, "a idea", "b IDEA!", " ", "c idea");
        List<String> all = Ideas.fingerprints(ideas, 10);
        assertEquals(List.of(Ideas.fingerprint("b idea").orElseThrow(), Ideas.fingerprint("a idea").orElseThrow(),
                Ideas.fingerprint("c idea").orElseThrow()), all);
        assertEquals(all.subList(0, 2), Ideas.fingerprints(ideas, 2));
    }
}
