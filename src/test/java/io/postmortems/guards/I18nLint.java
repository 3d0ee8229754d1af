package io.postmortems.guards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints a .properties bundle as written (not as loaded, which would hide duplicates): every key starts with the
 * app prefix, no key appears twice, the file is pure ASCII (non-ASCII must be written as \\uXXXX), and no value has a
 * lone apostrophe: Jira's I18nHelper (and {@code BundleText}) read every value as a MessageFormat pattern, which drops
 * it and quotes what follows, so an apostrophe is written {@code ''}.
 */
final class I18nLint {
    static final String PREFIX = "postmortems.";

    private I18nLint() {
    }

    static List<String> check(Reader source) throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        boolean continuation = false;
        while ((line = reader.readLine()) != null) {
            number++;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) > 0x7e || (line.charAt(i) < 0x20 && line.charAt(i) != '\t')) {
                    violations.add("line " + number + ": unescaped non-ASCII character U+"
                            + String.format("%04X", (int) line.charAt(i)));
                    break;
                }
            }
            String trimmed = line.strip();
            boolean wasContinuation = continuation;
            continuation = endsWithOddBackslashes(line);
            if (wasContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            String key = keyOf(trimmed);
            if (!key.startsWith(PREFIX)) {
                violations.add("line " + number + ": key '" + key + "' does not start with '" + PREFIX + "'");
            }
            if (!seen.add(key)) {
                violations.add("line " + number + ": key '" + key + "' is defined twice");
            }
            if (hasLoneApostrophe(trimmed)) {
                violations.add("line " + number + ": key '" + key + "' has a lone apostrophe; MessageFormat drops it: write ''");
            }
        }
        return violations;
    }

    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean hasLoneApostrophe(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\'') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
