package io.postmortems.publishing.confluence;

/** Short, harmless excerpts of text Confluence (or a user) gave us, fit for a message. */
final class Excerpts {
    private Excerpts() {
    }

    /**
     * At most {@code max} characters, whitespace collapsed, control characters dropped and markup-significant
     * characters ({@code < > & "}) replaced, so the excerpt can never become markup wherever it is shown.
     */
    static String safe(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        int i = 0;
        for (; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '<' || c == '>' || c == '&' || c == '"' ? '?' : c);
        }
        boolean more = !text.substring(i).isBlank();
        return more ? sb + "..." : sb.toString();
    }
}
