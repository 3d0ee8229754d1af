package io.postmortems.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When two texts say the same thing (an idea raised again in another post-mortem, an idea that repeats a
 * countermeasure), and the short fingerprint under which an idea is counted across post-mortems.
 *
 * <p>Sameness is ONE rule: {@link #normalise} folds case, whitespace and punctuation (letters and digits only, one
 * space between words; apostrophes join words, so "don't" is "dont"). Nothing else: near-duplicates ("add alert for
 * disk" vs "add alerting on disks") are different ideas on purpose. Fuzzy matching would count ideas together that a
 * reader does not see as one, and a count nobody can explain is worse than a low one.
 */
public final class Ideas {
    /** Hex characters of a fingerprint: the first 64 bits of SHA-256 of the normalised text. */
    public static final int FINGERPRINT_CHARS = 16;

    private Ideas() {
    }

    /** Lower case, letters and digits only, one space between words. Linear in the text's length; "" for null. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && sb.length() > 0) {
                    sb.append(' ');
                }
                pendingSpace = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && cp != '\u2019') {
                pendingSpace = true; // spaces and punctuation separate words; apostrophes join them
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The idea's fingerprint ({@value #FINGERPRINT_CHARS} lower-case hex characters); empty for a text of no words. */
    public static Optional<String> fingerprint(String idea) {
        String normal = normalise(idea);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_CHARS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The distinct fingerprints of {@code ideas}, in order, at most {@code cap} of them (blank ideas have none). */
    public static List<String> fingerprints(List<String> ideas, int cap) {
        Set<String> out = new LinkedHashSet<>();
        for (String idea : ideas) {
            if (out.size() >= cap) {
                break;
            }
            fingerprint(idea).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }
}
