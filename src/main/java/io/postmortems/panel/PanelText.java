package io.postmortems.panel;

import java.util.List;

/** Looks up the viewer's text for an i18n key with MessageFormat arguments (Jira's I18nHelper, or a bundle). */
@FunctionalInterface
public interface PanelText {
    String text(String key, List<String> args);

    default String text(String key) {
        return text(key, List.of());
    }
}
