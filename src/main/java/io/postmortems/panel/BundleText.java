package io.postmortems.panel;

import io.postmortems.core.text.AppBundle;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The core {@link io.postmortems.core.text.BundleText} as the panel's text; also the {@code $i18n} of the preview. */
public final class BundleText extends io.postmortems.core.text.BundleText implements PanelText {
    public BundleText(ResourceBundle bundle) {
        super(bundle);
    }

    public static BundleText of(Locale locale) {
        return new BundleText(AppBundle.load(locale));
    }

    /** The template's {@code $i18n.getText("key")}. */
    public String getText(String key) {
        return text(key, List.of());
    }
}
