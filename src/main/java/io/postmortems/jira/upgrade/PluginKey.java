package io.postmortems.jira.upgrade;

/** The plugin key, as in atlassian-plugin.xml (pom: groupId.artifactId). */
final class PluginKey {
    static final String VALUE = "io.postmortems.postmortems-for-jira";

    private PluginKey() {
    }
}
