package io.postmortems.publishing.render;

import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Confluence labels of a post-mortem page: {@code postmortem}, the severity ({@code sev1}), the services and the
 * tags, each normalised to what Confluence accepts: lower case, runs of whitespace and of characters that break label
 * URLs or searches ({@code /\<>"'|{}=+%$}) become one {@code -}, the characters Confluence forbids
 * ({@code :;,.?&[]()#^*@!}) and anything non-printable are dropped, at most 255 characters, never empty, no
 * duplicates. The publisher applies the same {@link #normalise} to whatever a renderer hands it: one rule.
 */
public final class Labels {
    /** The label every post-mortem page carries; a Page Properties Report selects pages by it. */
    public static final String POSTMORTEM = "postmortem";
    static final int MAX_LENGTH = 255;
    private static final String FORBIDDEN = ":;,.?&[]()#^*@!";
    private static final String SEPARATORS = "/\\<>\"'|{}=+%$";

    private Labels() {
    }

    /** The label for {@code raw}, or "" when nothing usable is left. */
    public static String normalise(String raw) {
        String s = XmlText.oneLine(raw).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                    out.append('-');
                }
            } else if (FORBIDDEN.indexOf(c) < 0 && isPrintable(s, i)) {
                out.append(c);
            }
        }
        String label = XmlText.truncate(out.toString(), MAX_LENGTH);
        while (label.endsWith("-")) {
            label = label.substring(0, label.length() - 1);
        }
        return label;
    }

    private static boolean isPrintable(String s, int i) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
            return true; // pairs only: clean() removed lone surrogates
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    /** The labels of a post-mortem page, in a stable order. Never empty. */
    public static List<String> of(PostMortem doc) {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(POSTMORTEM);
        add(labels, doc.getSeverity());
        doc.getServices().forEach(s -> add(labels, s));
        doc.getTags().forEach(t -> add(labels, t));
        return new ArrayList<>(labels);
    }

    private static void add(Set<String> labels, String raw) {
        String label = normalise(raw);
        if (!label.isEmpty()) {
            labels.add(label);
        }
    }
}
