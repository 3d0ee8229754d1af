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
        if (s.isEmpty() || s.length() > 8_000 || !s.equals(XmlText.clean(s))) {
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

    /** True for a Jira issue key such as {@code OPS-42}: safe inside JQL and URLs without quoting. */
    public static boolean isIssueKey(String s) {
        return s != null && ISSUE_KEY.matcher(s).matches();
    }

    /** Link to an issue in Jira, when the base URL is a safe http(s) URL and the key a real issue key. */
    public static Optional<String> issueUrl(String jiraBaseUrl, String issueKey) {
        if (!isIssueKey(issueKey)) {
            return Optional.empty();
        }
        return safeUrl(jiraBaseUrl)
                .filter(u -> u.regionMatches(true, 0, "http", 0, 4))
                .filter(u -> u.indexOf('?') < 0 && u.indexOf('#') < 0)
                .map(u -> (u.endsWith("/") ? u.substring(0, u.length() - 1) : u) + "/browse/" + issueKey);
    }
}
