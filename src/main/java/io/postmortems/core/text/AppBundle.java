package io.postmortems.core.text;

import java.util.Locale;
import java.util.ResourceBundle;

/** The app's one message bundle, which the Jira app, the panel, the pages and the CLI all read. */
public final class AppBundle {
    /** Base name on the classpath ({@code i18n/postmortems.properties} and its translations). */
    public static final String NAME = "i18n.postmortems";
    /** Keys of the words for enum constants: {@code postmortems.enum.<group>.<CONSTANT>}. */
    public static final String ENUM_PREFIX = "postmortems.enum.";

    private AppBundle() {
    }

    /** The bundle for {@code locale}, falling back as {@link ResourceBundle#getBundle(String, Locale)} does. */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale, AppBundle.class.getClassLoader());
    }
}
