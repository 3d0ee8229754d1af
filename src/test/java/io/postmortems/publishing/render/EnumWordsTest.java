package io.postmortems.publishing.render;

import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.Status;
import io.postmortems.core.text.BundleText;
import io.postmortems.core.text.MessageText;
import org.junit.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

/** Enum words are translated once: a page and the panel in the same language say the same word. */
public class EnumWordsTest {
    private static final Map<String, Class<? extends Enum<?>>> GROUPS = Map.of("status", Status.class,
            "eventKind", EventKind.class, "priority", Priority.class, "cmKind", CountermeasureKind.class,
            "cmStatus", CountermeasureStatus.class);

    private static void assertPageAndPanelAgree(Locale locale) {
        PageText page = PageText.of(locale);
        MessageText panel = BundleText.of(locale);
        GROUPS.forEach((group, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = MessageText.enumKey(group, value);
                assertNotEquals("no text for " + key, key, panel.text(key));
                assertEquals(key, page.enumWord(group, value), XmlText.escape(panel.text(key)));
            }
        });
    }

    @Test
    public void enumWords_shouldBeTheSameOnGermanPagesAndInTheGermanPanel() {
        assertPageAndPanelAgree(Locale.GERMAN);
        assertEquals("Hoch", BundleText.of(Locale.GERMAN).text(MessageText.enumKey("priority", Priority.HIGH)));
    }

    @Test
    public void enumWords_shouldBeTheSameOnEnglishPagesAndInTheEnglishPanel() {
        assertPageAndPanelAgree(Locale.ENGLISH);
    }
}
