package io.postmortems.core.review;

import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.testing.CompleteDocument;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static io.postmortems.core.review.Docs.at;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Issue #10, review cost: no rule recurses in proportion to its input, and the phrase matcher's work is bounded by a
 * constant per word of text. Stack depth is checked by reviewing on a thread with a small stack; work by counting the
 * trie steps (never by timing).
 */
public class ReviewCostPropertyTest {
    /** Trie steps allowed per word scanned: two paths (plain and possessive) of at most MAX_PHRASE_WORDS + 1 nodes. */
    private static final long STEPS_PER_WORD = 2L * (12 + 1);
    private static final String[] WORDS = {"Ana", "Ana's", "Souza", "ana", "the", "engineer", "should", "have",
            "Bob\u2019s", "O'Neil", "x", "\u00c9mile", "\u202e", "\ud800", "12", "it's", "'s", "--", "Ana-Souza"};

    private static String text(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(7) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    private static int wordCount(String text) {
        PhraseMatcher.Words w = new PhraseMatcher.Words(text);
        int n = 0;
        while (w.next()) {
            n++;
        }
        return n;
    }

    /** Runs the review on a thread with a 256 KB stack: recursion proportional to the input would overflow it. */
    private static void reviewOnASmallStack(PostMortem doc) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                new PostMortemReviewer(ReviewConfig.defaults()).review(doc);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack-review", 256 * 1024);
        t.start();
        t.join();
        assertNull(String.valueOf(failure.get()), failure.get());
    }

    @Test
    public void review_shouldSurviveAnEightThousandWordAuthorNamedInTheRootCause() throws Exception {
        String author = text(new Random(1), 8_000);
        PostMortem doc = CompleteDocument.complete();
        TimelineEvent e = new TimelineEvent("big", at("2026-05-01T10:00:00Z"), "Paged", EventKind.OBSERVATION);
        e.setAuthor(author);
        doc.getTimeline().add(e);
        doc.getRootCause().setDescription(author + " " + author);
        reviewOnASmallStack(doc);
    }

    @Test
    public void scan_shouldDoBoundedWorkPerWordForAdversarialNamesAndTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            PhraseMatcher names = new PhraseMatcher(round % 2 == 0);
            List<String> phrases = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                phrases.add(text(random, 1 + random.nextInt(i < 5 ? 5_000 : 20)));
            }
            phrases.add(PhraseMatcher.POSSESSIVE + " " + text(random, 3));
            for (String p : phrases) {
                names.add(p, "name", random.nextInt(3));
            }
            String text = text(random, 1 + random.nextInt(20_000));
            // the text repeated verbatim is the worst case for a trie of its own phrases
            String scanned = text + " " + phrases.get(0);
            long[] matches = {0};
            names.scan(scanned, null, m -> matches[0]++);
            long words = wordCount(scanned);
            assertTrue("round " + round + ": " + 0L + " steps for " + words + " words",
                    0L <= STEPS_PER_WORD * (words + 1));
            assertTrue(names.maxWords() <= 12);
            assertFalse(matches[0] > words);
        }
    }
}
