package io.postmortems.publishing.render;

import org.junit.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The renderer's fast paths (issue #17) answer exactly as the slow code they stand in for, which is kept here as the
 * reference: the tag scan as the old regular expression, the direct XHTML writer as the sanitiser's HTML parsed and
 * printed by jsoup, the plain-URL scan as {@link URI}, the hand-written timestamps as {@link DateTimeFormatter}.
 * Inputs: every payload of the hostile-input corpus, alone and inside allowed markup, and generated variations.
 */
public class FastPathEquivalenceTest {
    private static final Pattern OLD_HTML_TAG = Pattern.compile(
            "<\\s*/?\\s*(?:p|br|ul|ol|li|strong|b|em|i|a|code|pre)(?:\\s|/|>)", Pattern.CASE_INSENSITIVE);
    private static final String[] WRAPPERS = {"%s", "<p>benign</p>%s", "<p>a %s b</p>", "<ul><li>%s</li></ul>",
        "<strong>%s</strong>", "<pre>%s</pre>", "<a href=\"https://x.example/\">%s</a>", "x <em>y</em> %s <br> z"};

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        for (String payload : HostileInputCorpusTest.payloads().values()) {
            for (String wrapper : WRAPPERS) {
                inputs.add(XmlText.clean(String.format(wrapper, payload.replace("%", "%%"))).strip());
            }
        }
        inputs.addAll(List.of("<p>a<p>b</p>", "<li>loose</li>", "<p><ul><li>x</li></ul></p>", "<a href=\"https://a.example\">"
                + "<a href=\"https://b.example\">x</a></a>", "<pre>\nx</pre>", "<pre>&#10;x</pre>", "<b>x<p>y</b>z</p>",
                "<ul><li>a<li>b</ul>", "<p>&nbsp;&#160;&amp;&lt;&gt;&quot;&#39;</p>", "<a href=\"https://x.example/?a=1&amp;b='\">q</a>",
                "<p>x&#13;</p><p>&#13;y</p>", "<code>a\r</code>\nb", "<ol><li><ol><li>deep</li></ol></li></ol>",
                "<em><strong>x</em></strong>", "< p >x", "<P>x</P>", "<Br/>", "</ li>", "<\u0131>x", "<p\u00a0>x"));
        return inputs;
    }

    @Test
    public void looksLikeHtml_shouldAnswerAsTheOldRegularExpression() {
        int html = 0;
        for (String input : inputs()) {
            boolean expected = OLD_HTML_TAG.matcher(input).find();
            assertEquals(input, expected, RichText.looksLikeHtml(input));
            html += expected ? 1 : 0;
        }
        assertTrue("both answers occur: " + html, html > 100 && html < inputs().size());
    }

    @Test
    public void sanitize_shouldWriteWhatJsoupPrintsOfTheSanitisersHtml() {
        int direct = 0;
        for (String input : inputs()) {
            assertEquals(input, RichText.reparsed(input), RichText.sanitize(input));
            XhtmlReceiver receiver = new XhtmlReceiver(16);
            org.owasp.html.HtmlSanitizer.sanitize(input, RichText.POLICY.apply(receiver));
            direct += receiver.wellFormed() ? 1 : 0;
        }
        assertTrue("most inputs take the direct path: " + direct + " of " + inputs().size(),
                direct > inputs().size() * 9 / 10);
    }

    @Test
    public void safeUrl_shouldAcceptAPlainHttpUrlOnlyWhereUriDoes() throws Exception {
        Random random = new Random(17);
        String alphabet = "aZ09-._~!$&'()*+,;=:@/?#%[]\" <>\\^`{|}\u00e9\u202e.:";
        TreeSet<String> urls = new TreeSet<>(List.of("https://grafana.example.com/d/abc?from=1",
                "HTTP://x.example", "http://localhost:8080/", "http://127.0.0.1/", "http://a-.b/", "http://-a.b/",
                "http://a..b/", "http://a.b./", "http://1a.2b/", "http://a.1b/", "http://a:/", "http://a:123456/",
                "http://a/%zz", "http://a/%4", "http://a/%41", "http://a#b#c", "http://a?b#c?d", "http://a@b/",
                "https://x.example/a?b=1&c=2", "http://a/b c", "http://_a.b/", "http://a_b.c/"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            s.append(List.of("", "x.example", "a-b.c1", "x.example:8", "1.example/").get(random.nextInt(5)));
            for (int k = random.nextInt(24); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            urls.add(s.toString());
        }
        int fast = 0;
        for (String url : urls) {
            if (Links.isPlainHttpUrl(url)) {
                fast++;
                URI uri = new URI(url);
                assertTrue(url, uri.getHost() != null);
                assertTrue(url, uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
            }
            assertEquals(url, slowSafeUrl(url.strip()), Links.safeUrl(url).isPresent());
        }
        assertTrue("the fast path is taken: " + fast, fast > 200);
    }

    /** {@link Links#safeUrl} before the fast path, for an input without surrounding whitespace. */
    private static boolean slowSafeUrl(String s) {
        if (s.isEmpty() || s.length() > 8_000 || !s.equals(XmlText.clean(s))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> uri.getHost() != null;
                case "mailto" -> uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isEmpty();
                default -> false;
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    public void timeFormat_shouldPrintAsTheFormatterInEveryZoneAndSeason() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);
        List<ZoneId> zones = new ArrayList<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            zones.add(ZoneId.of(id));
        }
        zones.addAll(List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("UTC"), ZoneId.of("GMT+2")));
        Random random = new Random(17);
        int checked = 0;
        for (ZoneId zone : zones) {
            for (int i = 0; i < 12; i++) {
                OffsetDateTime at = OffsetDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12),
                        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), 0, 0, ZoneOffset.UTC);
                assertEquals(zone + " " + at, formatter.format(at.atZoneSameInstant(zone)), TimeFormat.format(at, zone));
                checked++;
            }
        }
        OffsetDateTime far = OffsetDateTime.parse("+12026-03-29T01:30:00Z");
        assertEquals(formatter.format(far.atZoneSameInstant(ZoneOffset.UTC)), TimeFormat.format(far, ZoneOffset.UTC));
        assertTrue(checked > 5_000);
    }

    private static final Pattern OLD_PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    /** {@link RichText#block} of plain text before the scan: split by a regular expression, escape, replace. */
    private static String oldPlainBlock(String raw) {
        String s = XmlText.clean(raw).strip();
        StringBuilder out = new StringBuilder();
        for (String paragraph : OLD_PARAGRAPH_BREAK.split(s)) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(XmlText.escape(p).replace("\n", "<br />")).append("</p>");
            }
        }
        return out.toString();
    }

    @Test
    public void block_shouldSplitAndEscapePlainTextAsTheRegularExpressionDid() {
        Random random = new Random(17);
        String alphabet = "ab \t\n\n\n\r\u000b\f\u2003\u00a0&<>/\"'";
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            String stripped = XmlText.clean(text).strip();
            boolean html = OLD_HTML_TAG.matcher(stripped).find();
            String inline = stripped.isEmpty() ? "" : html ? RichText.reparsed(stripped)
                    : XmlText.escape(stripped).replace("\n", "<br />");
            assertEquals("[" + text + "]", inline, RichText.inline(text));
            if (!html) {
                assertEquals("[" + text + "]", oldPlainBlock(text), RichText.block(text));
                checked++;
            }
        }
        assertTrue(checked > 10_000);
    }

    @Test
    public void oneLine_shouldAnswerAsTheCharacterLoop() {
        for (String s : List.of("", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u2003b", "a\nb",
                "a b c", "\u3000x")) {
            StringBuilder expected = new StringBuilder();
            boolean pending = false;
            for (char c : s.toCharArray()) {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pending = expected.length() > 0;
                } else {
                    if (pending) {
                        expected.append(' ');
                        pending = false;
                    }
                    expected.append(c);
                }
            }
            assertEquals("[" + s + "]", expected.toString(), XmlText.oneLine(s));
        }
    }
}
