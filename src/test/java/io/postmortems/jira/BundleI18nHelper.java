package io.postmortems.jira;

import com.atlassian.jira.util.I18nHelper;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An {@link I18nHelper} over the app's bundle that behaves like Jira's: MessageFormat, the key itself when missing,
 * and {@code getText(key, parameters)} taking an array, a List or a single object (jira-api I18nHelper javadoc).
 */
public final class BundleI18nHelper implements I18nHelper {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.postmortems", Locale.ENGLISH);

    @Override
    public String getText(String key) {
        return format(key, new Object[0]);
    }

    @Override
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
            return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
