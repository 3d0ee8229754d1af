package io.postmortems.publishing.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

import java.nio.charset.StandardCharsets;

/**
 * Prose as storage format. A prose field holds either plain text (blank lines separate paragraphs, single
 * newlines are line breaks) or a small HTML subset. HTML is recognised by one of the allowed tags; it is run through
 * an allowlist policy (paragraphs, line breaks, lists, bold, italic, links to http/https/mailto, inline code and pre,
 * nothing else: no attributes but {@code href}, no macros, no {@code ac:}/{@code ri:} elements) and re-emitted by
 * jsoup as well-formed XHTML with numeric entities only. Plain text is escaped, so whatever a user typed (markup,
 * wiki markup, template directives) shows literally.
 */
final class RichText {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "code", "pre", "a")
            .allowUrlProtocols("http", "https", "mailto")
            // Relative URLs ("//host", "/path") would pass a protocol check; only absolute http(s)/mailto stay.
            .allowAttributes("href").matching((element, attribute, value) -> Links.safeUrl(value).orElse(null))
            .onElements("a")
            .toFactory();

    private RichText() {
    }

    /**
     * Whether {@code text} has a tag of the allowed subset: {@code <}, optional whitespace and {@code /}, one of the
     * tag names (ASCII letters, any case), then whitespace, {@code /} or {@code >}. A scan, not a regular expression:
     * it runs over every prose field of every page.
     */
    static boolean looksLikeHtml(String text) {
        return looksLikeHtml(text, 0, text.length());
    }

    /** {@link #looksLikeHtml(String)} of {@code text[from, n)}, without copying it. */
    private static boolean looksLikeHtml(String text, int from, int n) {
        for (int lt = text.indexOf('<', from); lt >= 0 && lt < n; lt = text.indexOf('<', lt + 1)) {
            int i = skipSpace(text, lt + 1, n);
            if (i < n && text.charAt(i) == '/') {
                i = skipSpace(text, i + 1, n);
            }
            int end = i;
            while (end < n && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            if (end < n && end > i && isTagEnd(text.charAt(end)) && isAllowedTag(text, i, end)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] TAGS = {"p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "a", "code", "pre"};

    private static boolean isAllowedTag(String text, int from, int to) {
        for (String tag : TAGS) {
            if (tag.length() == to - from) {
                boolean same = true;
                for (int k = 0; k < tag.length() && same; k++) {
                    same = (text.charAt(from + k) | 0x20) == tag.charAt(k);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** What the regular expression's whitespace class matched: space, tab, newline, vertical tab, form feed, CR. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isTagEnd(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static int skipSpace(String text, int from, int n) {
        int i = from;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A section body: paragraphs. Empty when there is no visible text. */
    static String block(String raw) {
        String s = XmlText.clean(raw).strip();
        if (s.isEmpty()) {
            return "";
        }
        if (looksLikeHtml(s)) {
            return sanitize(s);
        }
        return paragraphs(s);
    }

    /**
     * Paragraphs of plain text only: markup is shown as text, never kept (the external summary, whose review reads
     * the words and could not judge an attribute). Empty when there is no visible text.
     */
    static String plainBlock(String raw) {
        return paragraphs(XmlText.clean(raw).strip());
    }

    /** Cleaned, stripped plain text as escaped paragraphs with their line breaks. */
    private static String paragraphs(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 8 + 32);
        int start = 0;
        while (start <= s.length()) {
            int[] gap = paragraphBreak(s, start);
            int end = gap == null ? s.length() : gap[0];
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                out.append("<p>");
                appendLines(out, s, from, to);
                out.append("</p>");
            }
            if (gap == null) {
                break;
            }
            start = gap[1];
        }
        return out.toString();
    }

    /**
     * The first paragraph break at or after {@code from}, as {@code [start, end)}, or null: a newline, spaces or
     * tabs, a newline, then any whitespace ({@code \n[ \t]*\n\s*}, scanned).
     */
    private static int[] paragraphBreak(String s, int from) {
        int n = s.length();
        for (int i = s.indexOf('\n', from); i >= 0; i = s.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j < n && s.charAt(j) == '\n') {
                j++;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                return new int[] {i, j};
            }
        }
        return null;
    }

    /** A list item or table cell: no wrapping paragraph for plain text. */
    static String inline(String raw) {
        String s = XmlText.clean(raw);
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return "";
        }
        if (looksLikeHtml(s, from, to)) {
            return sanitize(s.substring(from, to));
        }
        // plain text, escaped straight from the unstripped string: no stripped copy first
        StringBuilder out = new StringBuilder(to - from + 32);
        appendLines(out, s, from, to);
        return out.toString();
    }

    /** The characters {@link #appendLines} replaces, all at or below {@code '>'}: newline, {@code " & ' < >}. */
    private static final boolean[] SPECIAL = new boolean['>' + 1];

    static {
        for (char c : "\n\"&'<>".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    /** {@code s[from, to)}, already clean, escaped, each newline a line break: copied in runs between escapes. */
    private static void appendLines(StringBuilder out, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > '>' || !SPECIAL[c]) {
                continue; // most characters: nothing to look up
            }
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\n' -> "<br />";
                default -> null;
            };
            if (replacement != null) {
                out.append(s, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(s, run, to);
    }

    /**
     * {@code html} through the {@link #POLICY allowlist}, as well-formed XHTML. The policy's events are written as
     * XHTML directly ({@link XhtmlReceiver}); only when an HTML parser would rearrange them is the sanitiser's HTML
     * parsed and printed by jsoup, as before.
     */
    static String sanitize(String html) {
        XhtmlReceiver direct = new XhtmlReceiver(html.length() + 16);
        HtmlSanitizer.sanitize(html, POLICY.apply(direct));
        if (direct.wellFormed()) {
            return XmlText.clean(direct.xhtml()).strip();
        }
        return reparsed(html);
    }

    /** The sanitiser's HTML parsed and printed as XHTML by jsoup. */
    static String reparsed(String html) {
        String allowed = POLICY.sanitize(html);
        Document doc = Jsoup.parseBodyFragment(allowed);
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        // Entities the sanitizer wrote are decoded by jsoup and may stand for characters XML forbids: clean again.
        return XmlText.clean(doc.body().html()).strip();
    }
}
