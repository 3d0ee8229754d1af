package io.postmortems.publishing.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which URLs and issue keys may become links. Only http, https and mailto; anything doubtful stays text. */
public final class Links {
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    private Links() {
    }

    /**
     * {@code raw}, trimmed, when it is an absolute http(s) URL with a host or a mailto URL, and contains no
     * whitespace, control or bidi characters (which would make what is shown differ from where it goes).
     */
    public static Optional<String> safeUrl(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 8_000) {
            return Optional.empty();
        }
        if (isPlainHttpUrl(s)) {
            return Optional.of(s);
        }
        if (!s.equals(XmlText.clean(s))) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                return Optional.empty();
            }
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                return uri.getHost() == null ? Optional.empty() : Optional.of(s);
            }
            case "mailto" -> {
                return uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isEmpty()
                        ? Optional.empty() : Optional.of(s);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * A fast yes for the common link, without {@link URI}: {@code http://} or {@code https://} (any case), a host
     * name of dot-separated labels of ASCII letters, digits and inner hyphens whose last label starts with a letter,
     * an optional port of up to five digits, then only characters that {@link URI} takes in a path, query and one
     * fragment (unreserved, reserved, {@code %} with two hex digits). Everything this accepts {@link URI} parses with
     * that host; everything else goes the long way.
     */
    static boolean isPlainHttpUrl(String s) {
        int n = s.length();
        int i;
        if (s.regionMatches(true, 0, "https://", 0, 8)) {
            i = 8;
        } else if (s.regionMatches(true, 0, "http://", 0, 7)) {
            i = 7;
        } else {
            return false;
        }
        int labelStart = i;
        int lastLabel = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (!isLabel(s, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(c) && c != '-') {
                break;
            }
        }
        if (!isLabel(s, labelStart, i) || !isAsciiLetter(s.charAt(labelStart))) {
            return false;
        }
        if (i < n && s.charAt(i) == ':') {
            int digits = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || i - digits > 5) {
                return false;
            }
        }
        if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
            return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '%') {
                if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isAsciiLetterOrDigit(c) && URI_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 2396's unreserved marks and reserved characters, as {@link URI} takes them in path, query, fragment. */
    private static final String URI_MARKS = "-_.!~*'();/?:@&=+$,";

    private static boolean isLabel(String s, int from, int to) {
        return to > from && s.charAt(from) != '-' && s.charAt(to - 1) != '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** True for a Jira issue key such as {@code OPS-42}: safe inside JQL and URLs without quoting. */
    public static boolean isIssueKey(String s) {
        return s != null && ISSUE_KEY.matcher(s).matches();
    }

    /** Link to an issue in Jira, when the base URL is a safe http(s) URL and the key a real issue key. */
    public static Optional<String> issueUrl(String jiraBaseUrl, String issueKey) {
        if (!isIssueKey(issueKey)) {
            return Optional.empty();
        }
        return browsePrefix(jiraBaseUrl).map(prefix -> prefix + issueKey);
    }

    /** The last base URL checked and its {@code …/browse/} prefix (null: not a usable base): one check per page. */
    private static volatile BrowsePrefix lastPrefix = new BrowsePrefix(null, null);

    private record BrowsePrefix(String baseUrl, String prefix) {
    }

    /**
     * {@code <base>/browse/} when {@code jiraBaseUrl} is a safe http(s) URL without query or fragment. A page links
     * every countermeasure's ticket against the same base URL, so the last answer is kept and reused while the base
     * URL stays the same (an immutable pair: safe to share between threads).
     */
    private static Optional<String> browsePrefix(String jiraBaseUrl) {
        BrowsePrefix last = lastPrefix;
        if (last.baseUrl() != null && last.baseUrl().equals(jiraBaseUrl)) {
            return Optional.ofNullable(last.prefix());
        }
        String prefix = safeUrl(jiraBaseUrl)
                .filter(u -> u.regionMatches(true, 0, "http", 0, 4))
                .filter(u -> u.indexOf('?') < 0 && u.indexOf('#') < 0)
                .map(u -> (u.endsWith("/") ? u.substring(0, u.length() - 1) : u) + "/browse/")
                .orElse(null);
        lastPrefix = new BrowsePrefix(jiraBaseUrl, prefix);
        return Optional.ofNullable(prefix);
    }
}
