package io.postmortems.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortems.publishing.TreeLayout;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SalSettingsStoreTest {
    private final Map<String, Object> values = new HashMap<>();
    private final PluginSettingsFactory factory = () -> new PluginSettings() {
        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            return values.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return values.remove(key);
        }
    };
    private final SalSettingsStore store = new SalSettingsStore(factory);

    private static AppSettings custom(String token) {
        return AppSettings.builder().confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .confluenceUrl("https://wiki.example.com").confluenceToken(token).spaceKey("OPS")
                .rootTitle("Incidents").layout(TreeLayout.SERVICE).restrictedTarget(true).jiraServerId("jira-1")
                .countermeasureMode(AppSettings.CountermeasureMode.LINKED_ISSUE).countermeasureProjectKey("FIX")
                .errorsBlockPublishing(false).extraBlameTerms(Map.of("en", java.util.List.of("careless"))).build();
    }

    @Test
    public void load_shouldReturnDefaultsWhenNothingIsStored() {
        assertEquals(AppSettings.defaults(), store.load());
    }

    @Test
    public void save_shouldRoundTripEverySetting() {
        AppSettings settings = custom("secret-token");
        store.save(settings);
        assertTrue(values.get(SalSettingsStore.KEY) instanceof String);
        assertEquals(settings, store.load());
    }

    @Test
    public void load_shouldFallBackToDefaultsOnCorruptTextWithoutLoggingTheToken() {
        values.put(SalSettingsStore.KEY, "{\"confluenceToken\":\"secret-token\",\"layout\":\"NOPE\"");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        AppSettings loaded;
        try {
            loaded = store.load();
        } finally {
            System.setErr(original);
        }
        assertEquals(AppSettings.defaults(), loaded);
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue("a warning is logged: " + log, log.contains("using defaults"));
        assertFalse("the token never reaches the log: " + log, log.contains("secret-token"));
    }

    @Test
    public void load_shouldFallBackToDefaultsOnAnUnknownEnumValue() {
        values.put(SalSettingsStore.KEY, "{\"layout\":\"SIDEWAYS\",\"severityLevels\":[]}");
        assertEquals(AppSettings.defaults(), store.load());
    }

    @Test
    public void load_shouldFallBackToDefaultsOnANonTextValue() {
        values.put(SalSettingsStore.KEY, java.util.List.of("x"));
        assertEquals(AppSettings.defaults(), store.load());
    }

    @Test
    public void load_shouldIgnoreUnknownFieldsFromANewerVersion() {
        store.save(custom("t"));
        String text = (String) values.get(SalSettingsStore.KEY);
        values.put(SalSettingsStore.KEY, text.replaceFirst("\\{", "{\"futureField\":1,"));
        assertEquals(custom("t"), store.load());
    }

    @Test
    public void load_shouldReadSettingsStoredBeforeThePageLanguageExistedAsEnglish() {
        store.save(custom("t"));
        String text = (String) values.get(SalSettingsStore.KEY);
        assertTrue(text, text.contains("\"pageLanguage\":\"en\""));
        values.put(SalSettingsStore.KEY, text.replace(",\"pageLanguage\":\"en\"", ""));

        AppSettings loaded = store.load();

        assertEquals(AppSettings.DEFAULT_PAGE_LANGUAGE, loaded.pageLanguage());
        assertEquals(custom("t"), loaded);
    }

    @Test
    public void save_shouldRoundTripThePageLanguage() {
        AppSettings german = custom("t").toBuilder().pageLanguage(" de ").build();

        store.save(german);

        assertEquals("de", store.load().pageLanguage());
        assertEquals(german, store.load());
    }
}
