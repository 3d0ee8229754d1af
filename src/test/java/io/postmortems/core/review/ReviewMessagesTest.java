package io.postmortems.core.review;

import org.junit.Test;

import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReviewMessagesTest {
    private static Properties bundle() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReviewMessagesTest.class.getResourceAsStream("/i18n/postmortems.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    public void everyCode_shouldHaveAnEnglishMessageThatFormats() throws Exception {
        Properties p = bundle();
        List<String> codes = PostMortemReviewer.allCodes();
        assertTrue(codes.size() > 40);
        List<String> problems = new ArrayList<>();
        for (String code : codes) {
            String pattern = p.getProperty(Findings.messageKey(code));
            if (pattern == null || pattern.isBlank()) {
                problems.add(code + ": no message");
                continue;
            }
            String text = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[]{"A0", "A1", "A2", "A3"});
            if (text.contains("{") || text.contains("}") || !Character.isUpperCase(text.codePointAt(0)) && !text.startsWith("\"")
                    && !Character.isDigit(text.codePointAt(0)) || !(text.endsWith(".") || text.endsWith(")."))) {
                problems.add(code + ": badly formed message '" + text + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void bundle_shouldHoldNoReviewKeyWithoutACode() throws Exception {
        List<String> orphans = bundle().stringPropertyNames().stream()
                .filter(k -> k.startsWith(Findings.KEY_PREFIX))
                .filter(k -> !PostMortemReviewer.allCodes().contains(k.substring(Findings.KEY_PREFIX.length())))
                .toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    public void codes_shouldBeStableLowerCaseDottedNames() {
        for (String code : PostMortemReviewer.allCodes()) {
            assertTrue(code, code.matches("(completeness|chronology|language|external)(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        }
        assertFalse(PostMortemReviewer.allCodes().isEmpty());
    }
}
