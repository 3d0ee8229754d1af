package io.postmortems.jira;

import com.atlassian.jira.util.I18nHelper;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

/**
 * Jira's {@link I18nHelper} over the app's bundle, behaving like Jira's: MessageFormat, the key itself when missing,
 * and {@code getText(key, parameters)} taking an array, a List or a single object (jira-api I18nHelper javadoc).
 * A plain class handed out through a Mockito mock that delegates to it: the real interface declares far more methods
 * than the two the app calls, so test code never implements it.
 */
public final class BundleI18nHelper {
    private final Locale locale;
    private final ResourceBundle bundle;

    private BundleI18nHelper(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.postmortems", locale);
    }

    /** An I18nHelper answering {@code getText(String)} and {@code getText(String, Object)} from the bundle. */
    public static I18nHelper create() {
        return create(Locale.ENGLISH);
    }

    /** The same for a user whose Jira language is {@code locale}. */
    public static I18nHelper create(Locale locale) {
        return mock(I18nHelper.class, delegatesTo(new BundleI18nHelper(locale)));
    }

    public String getText(String key) {
        return format(key, new Object[0]);
    }

    public String getText(String key, Object parameters) {
        Object[] args;
        if (parameters instanceof Object[] array) {
            args = array;
        } else if (parameters instanceof List<?> list) {
            args = list.toArray();
        } else {
            args = new Object[]{parameters};
        }
        return format(key, args);
    }

    private String format(String key, Object[] args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
