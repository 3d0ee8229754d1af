package io.postmortems.jira.settings;

/** Global app settings (kept in SAL plugin settings); only administrators may change them. */
public interface SettingsStore {
    AppSettings load();

    void save(AppSettings settings);
}
