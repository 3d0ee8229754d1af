package io.postmortems.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SettingsStore} in SAL global plugin settings, as one JSON string under {@value #KEY}. A missing, unreadable
 * or incomplete value yields {@link AppSettings#defaults()} and a logged warning, never an error for users. The log
 * never contains the stored text (it holds the Confluence token).
 */
@Named
public class SalSettingsStore implements SettingsStore {
    static final String KEY = "io.postmortems.settings.v1";
    private static final Logger LOG = LoggerFactory.getLogger(SalSettingsStore.class);

    private final PluginSettingsFactory factory;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Inject
    public SalSettingsStore(@ComponentImport PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public AppSettings load() {
        Object stored = factory.createGlobalSettings().get(KEY);
        if (stored == null) {
            return AppSettings.defaults();
        }
        if (!(stored instanceof String text)) {
            LOG.warn("Post-mortem settings are stored as {}, not text; using defaults", stored.getClass().getName());
            return AppSettings.defaults();
        }
        try {
            AppSettings settings = mapper.readValue(text, AppSettings.class);
            if (settings == null || settings.severityLevels().isEmpty() || settings.layout() == null
                    || settings.confluenceMode() == null || settings.countermeasureMode() == null) {
                LOG.warn("Post-mortem settings are incomplete; using defaults");
                return AppSettings.defaults();
            }
            return settings;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            // Deliberately not logging the message: Jackson quotes the input, which holds the token.
            LOG.warn("Post-mortem settings could not be read ({}); using defaults", e.getClass().getSimpleName());
            return AppSettings.defaults();
        }
    }

    @Override
    public void save(AppSettings settings) {
        try {
            factory.createGlobalSettings().put(KEY, mapper.writeValueAsString(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings could not be serialised (" + e.getClass().getSimpleName() + ")");
        }
    }
}
