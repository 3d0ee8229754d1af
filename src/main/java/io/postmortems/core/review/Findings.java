package io.postmortems.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the findings of one review. The message key of a code is always {@code postmortems.review.<code>};
 * arguments are text, already formatted.
 */
public final class Findings {
    /** Prefix of every review message key in {@code i18n/postmortems.properties}. */
    public static final String KEY_PREFIX = "postmortems.review.";

    private final List<Finding> list = new ArrayList<>();

    Findings() {
    }

    public static String messageKey(String code) {
        return KEY_PREFIX + code;
    }

    public void error(String path, String code, String... args) {
        add(Level.ERROR, path, code, null, args);
    }

    public void warning(String path, String code, String... args) {
        add(Level.WARNING, path, code, null, args);
    }

    public void hint(String path, String code, String... args) {
        add(Level.HINT, path, code, null, args);
    }

    public void add(Level level, String path, String code, TextSpan span, String... args) {
        List<String> safeArgs = new ArrayList<>(args.length);
        Arrays.stream(args).forEach(a -> safeArgs.add(a == null ? "" : a));
        list.add(new Finding(level, path, code, messageKey(code), safeArgs, span));
    }

    List<Finding> all() {
        return list;
    }
}
