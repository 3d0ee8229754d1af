package io.postmortems.panel;

import io.postmortems.core.text.MessageText;

/** The viewer's text for the panel: the app's one text port (Jira's I18nHelper, or the bundle in previews). */
@FunctionalInterface
public interface PanelText extends MessageText {
}
