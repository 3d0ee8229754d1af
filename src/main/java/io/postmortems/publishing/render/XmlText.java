package io.postmortems.publishing.render;

/**
 * Text that is safe to put into Confluence storage format (XML). Storage format is parsed as XML, so only XML's
 * five predefined entities are safe, and some characters may not appear at all.
 *
 * <p>{@link #clean} removes what XML 1.0 forbids (C0 controls other than tab and newline, lone surrogates,
 * U+FFFE/U+FFFF), C1 controls and DEL (never meaningful in a write-up), and the bidirectional override and isolate
 * controls (U+202A-U+202E, U+2066-U+2069) that can make a sentence display differently from what it says.
 * Carriage returns become newlines. {@link #escape} additionally escapes the five XML-special characters, which
 * also neutralises CDATA terminators ({@code ]]>}) and any markup a user typed.
 */
public final class XmlText {
    private XmlText() {
    }

    /** {@code raw} without characters that are illegal in XML or misleading on screen; null becomes "". */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int n = raw.length();
        int plain = 0; // printable ASCII, tab and newline: kept, and most text is nothing else
        while (plain < n) {
            char c = raw.charAt(plain);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') {
                plain++;
            } else {
                break;
            }
        }
        if (plain == n) {
            return raw;
        }
        StringBuilder out = null;
        for (int i = plain; i < n; i++) {
            char c = raw.charAt(i);
            boolean keep;
            int width = 1;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1));
                width = keep ? 2 : 1;
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = isAllowedBmp(c);
            }
            boolean carriageReturn = c == '\r';
            if (keep && !carriageReturn) {
                if (out != null) {
                    out.append(raw, i, i + width);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(n).append(raw, 0, i);
                }
                if (carriageReturn && !(i + 1 < n && raw.charAt(i + 1) == '\n')) {
                    out.append('\n');
                }
            }
            i += width - 1;
        }
        return out == null ? raw : out.toString();
    }

    private static boolean isAllowedBmp(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (c >= 0x202A && c <= 0x202E) {
            return false;
        }
        if (c >= 0x2066 && c <= 0x2069) {
            return false;
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** {@link #clean cleaned} text with {@code & < > " '} escaped: safe as XML element content and attribute value. */
    public static String escape(String raw) {
        String s = clean(raw);
        int n = s.length();
        int i = 0;
        while (i < n && replacement(s.charAt(i)) == null) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16);
        appendEscaped(out, s, i);
        return out.toString();
    }

    /**
     * Appends already {@link #clean cleaned} {@code s} escaped like {@link #escape}, knowing that {@code s} has no
     * character to escape before {@code from}: the runs between escapes are copied whole, no per-character strings.
     */
    private static void appendEscaped(StringBuilder out, String s, int from) {
        int run = 0;
        for (int i = from; i < s.length(); i++) {
            String replacement = replacement(s.charAt(i));
            if (replacement != null) {
                out.append(s, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(s, run, s.length());
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /** {@link #clean cleaned} text on one line: every run of whitespace (tabs, newlines) becomes one space, trimmed. */
    public static String oneLine(String raw) {
        String s = clean(raw);
        if (isOneLine(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@link #oneLine} would not change {@code s}: single spaces between words, none at the ends. */
    private static boolean isOneLine(String s) {
        int last = s.length() - 1;
        boolean previousSpace = true; // a space at the start is not one line
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && (c != ' ' || previousSpace || i == last)) {
                return false;
            }
            previousSpace = space;
        }
        return true;
    }

    /** The first {@code max} characters of {@code s}, never splitting a surrogate pair, trailing space removed. */
    public static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing();
    }
}
