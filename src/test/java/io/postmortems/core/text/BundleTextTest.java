package io.postmortems.core.text;

import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class BundleTextTest {
    private final BundleText patterns = new BundleText(Map.of("postmortems.x", "Found {0} in {1}",
            "postmortems.broken", "Bad {0", "postmortems.echo", "postmortems.echo")::get, Locale.ENGLISH);

    @Test
    public void render_shouldFormatAMessageThroughThePort() {
        assertEquals("Found 2 in title", patterns.render(Message.of("postmortems.x", 2, "title")));
    }

    @Test
    public void find_shouldTreatAMissingKeyAndAKeyAnsweredWithItselfAsUnknown() {
        assertEquals(Optional.empty(), patterns.find("postmortems.none", List.of()));
        assertEquals(Optional.empty(), patterns.find("postmortems.echo", List.of()));
        assertEquals("postmortems.none", patterns.text("postmortems.none", List.of("a")));
    }

    @Test
    public void find_shouldShowABrokenPatternAsItIsRatherThanFail() {
        assertEquals(Optional.of("Bad {0"), patterns.find("postmortems.broken", List.of("a")));
    }

    @Test
    public void of_shouldReadTheAppBundleAndNullArgumentsAsEmptyText() {
        Message m = Message.of("postmortems.enum.priority.HIGH", (Object) null);
        assertEquals(List.of(""), m.args());
        assertEquals("Hoch", BundleText.of(Locale.GERMAN).render(m));
    }
}
