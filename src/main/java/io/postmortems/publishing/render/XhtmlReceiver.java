package io.postmortems.publishing.render;

import org.owasp.html.HtmlStreamEventReceiver;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the allowlist {@link RichText#POLICY policy} lets through straight as XHTML, the way jsoup's XML output
 * of the sanitiser's HTML would print it ({@code <br />}, {@code &amp; &lt; &gt;} in text, {@code &quot;} and
 * {@code &lt;} in attribute values, {@code &#xa0;} for a no-break space), without printing HTML first and parsing it
 * again. The policy's tag balancer already nests elements properly; where an HTML parser would still move elements
 * (a block inside a paragraph, a list item outside a list, a link in a link, a newline right after {@code <pre>})
 * this receiver gives up ({@link #wellFormed()} false) and {@link RichText} takes the parse-and-print path.
 */
final class XhtmlReceiver implements HtmlStreamEventReceiver {
    private final StringBuilder out;
    private final StringBuilder text = new StringBuilder();
    private final List<String> open = new ArrayList<>();
    private boolean afterPre;
    private boolean wellFormed = true;

    XhtmlReceiver(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    boolean wellFormed() {
        return wellFormed;
    }

    /** The XHTML written, not yet {@link XmlText#clean cleaned} or stripped. */
    String xhtml() {
        flushText();
        return out.toString();
    }

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
        flushText();
    }

    @Override
    public void openTag(String name, List<String> attributes) {
        flushText();
        switch (name) {
            case "p", "ul", "ol", "pre" -> wellFormed &= !open.contains("p");
            case "li" -> wellFormed &= !open.contains("p") && !open.isEmpty()
                    && (open.get(open.size() - 1).equals("ul") || open.get(open.size() - 1).equals("ol"));
            case "a" -> wellFormed &= !open.contains("a");
            default -> {
            }
        }
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            out.append(' ').append(attributes.get(i)).append("=\"");
            appendEscaped(attributes.get(i + 1), true);
            out.append('"');
        }
        if (name.equals("br")) {
            out.append(" />");
        } else {
            out.append('>');
            open.add(name);
        }
        afterPre = name.equals("pre");
    }

    @Override
    public void closeTag(String name) {
        flushText();
        afterPre = false;
        if (name.equals("br")) {
            return;
        }
        int last = open.size() - 1;
        if (last < 0 || !open.get(last).equals(name)) {
            wellFormed = false; // not nested as printed: let a parser decide
            return;
        }
        open.remove(last);
        out.append("</").append(name).append('>');
    }

    @Override
    public void text(String chunk) {
        text.append(chunk);
    }

    private void flushText() {
        if (text.length() == 0) {
            return;
        }
        if (afterPre && text.charAt(0) == '\n') {
            wellFormed = false; // an HTML parser drops this newline
        }
        afterPre = false;
        appendEscaped(text, false);
        text.setLength(0);
    }

    private void appendEscaped(CharSequence s, boolean attribute) {
        int run = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' ? c != '\u00a0' : c != '&' && c != '<' && c != '>' && c != '"') {
                continue; // most characters: nothing to look up
            }
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> attribute ? null : "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\u00a0' -> "&#xa0;";
                default -> null;
            };
            if (replacement != null) {
                out.append(s, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(s, run, n);
    }
}
