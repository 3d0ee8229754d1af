package io.postmortems.publishing.render;

import io.postmortems.core.model.Status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluence's status lozenge ({@code status} macro, parameters {@code colour} and {@code title}) for a severity or
 * a write-up status. The title is the word itself, escaped, on one line and short, so it can never leave its
 * parameter; the colour only repeats what the word says (readers without colour lose nothing).
 */
final class Lozenges {
    /** Longest title; Confluence draws the lozenge on one line. */
    static final int MAX_TITLE = 40;
    private static final Pattern LEVEL = Pattern.compile("(\\d+)");

    private Lozenges() {
    }

    /** A lozenge for a severity name (raw user text), or "" for none; level 1 red, 2 yellow, 3 blue, else grey. */
    static String severity(String raw) {
        String name = XmlText.truncate(XmlText.oneLine(raw), MAX_TITLE).strip();
        if (name.isEmpty()) {
            return "";
        }
        Matcher m = LEVEL.matcher(name);
        String colour = "Grey";
        if (m.find()) {
            colour = switch (m.group(1).replaceFirst("^0+(?=\\d)", "")) {
                case "0", "1" -> "Red";
                case "2" -> "Yellow";
                case "3" -> "Blue";
                default -> "Grey";
            };
        }
        return macro(colour, XmlText.escape(name));
    }

    /** A lozenge for a status, titled by its already escaped word in the page language. */
    static String status(Status status, String escapedWord) {
        String colour = switch (status) {
            case DRAFT -> "Grey";
            case IN_REVIEW -> "Yellow";
            case APPROVED -> "Blue";
            case PUBLISHED -> "Green";
        };
        return macro(colour, escapedWord);
    }

    private static String macro(String colour, String escapedTitle) {
        return "<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">" + colour + "</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">" + escapedTitle + "</ac:parameter>"
                + "</ac:structured-macro>";
    }
}
