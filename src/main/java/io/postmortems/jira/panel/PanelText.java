package io.postmortems.jira.panel;

import java.util.List;

/** Looks up the viewer's text for an i18n key with MessageFormat arguments. */
@FunctionalInterface
public interface PanelText {
    String text(String key, List<String> args);

    default String text(String key) {
        return text(key, List.of());
    }
}
