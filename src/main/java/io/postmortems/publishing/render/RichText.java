package io.postmortems.publishing.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Prose as storage format. A prose field holds either plain text (blank lines separate paragraphs, single
 * newlines are line breaks) or a small HTML subset. HTML is recognised by one of the allowed tags; it is run through
 * an allowlist policy (paragraphs, line breaks, lists, bold, italic, links to http/https/mailto, inline code and pre,
 * nothing else: no attributes but {@code href}, no macros, no {@code ac:}/{@code ri:} elements) and re-emitted by
 * jsoup as well-formed XHTML with numeric entities only. Plain text is escaped, so whatever a user typed (markup,
 * wiki markup, template directives) shows literally.
 */
final class RichText {
    private static final Pattern HTML_TAG = Pattern.compile(
            "<\\s*/?\\s*(?:p|br|ul|ol|li|strong|b|em|i|a|code|pre)(?:\\s|/|>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "code", "pre", "a")
            .allowUrlProtocols("http", "https", "mailto")
            // Relative URLs ("//host", "/path") would pass a protocol check; only absolute http(s)/mailto stay.
            .allowAttributes("href").matching((element, attribute, value) -> Links.safeUrl(value).orElse(null))
            .onElements("a")
            .toFactory();

    private RichText() {
    }

    static boolean looksLikeHtml(String text) {
        return HTML_TAG.matcher(text).find();
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
        StringBuilder out = new StringBuilder(s.length() + 32);
        for (String paragraph : PARAGRAPH_BREAK.split(s)) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(lines(p)).append("</p>");
            }
        }
        return out.toString();
    }

    /**
     * Paragraphs of plain text only: markup is shown as text, never kept (the external summary, whose review reads
     * the words and could not judge an attribute). Empty when there is no visible text.
     */
    static String plainBlock(String raw) {
        String s = XmlText.clean(raw).strip();
        StringBuilder out = new StringBuilder(s.length() + 32);
        for (String paragraph : s.isEmpty() ? new String[0] : PARAGRAPH_BREAK.split(s)) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(lines(p)).append("</p>");
            }
        }
        return out.toString();
    }

    /** A list item or table cell: no wrapping paragraph for plain text. */
    static String inline(String raw) {
        String s = XmlText.clean(raw).strip();
        if (s.isEmpty()) {
            return "";
        }
        return looksLikeHtml(s) ? sanitize(s) : lines(s);
    }

    private static String lines(String plain) {
        return XmlText.escape(plain).replace("\n", "<br />");
    }

    static String sanitize(String html) {
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
