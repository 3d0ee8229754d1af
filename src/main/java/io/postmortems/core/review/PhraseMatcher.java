package io.postmortems.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds listed phrases in a text, on whole words, in time linear in the text's length (no regular expressions):
 * words are read once, left to right, and a word trie is walked over at most {@link #maxWords()} words from each
 * position. Where several phrases start at a word the longest wins; on a tie the higher {@code rank} wins.
 *
 * <p>Phrases of more than {@link #MAX_PHRASE_WORDS} words are ignored, so the cost stays linear whatever the input;
 * no recursion grows with the input.
 */
final class PhraseMatcher {
    /** Longest phrase, in words, that is looked for. */
    static final int MAX_PHRASE_WORDS = 12;

    /** A word in a phrase that matches any possessive word ("Ana's"). */
    static final String POSSESSIVE = "*'s";

    /** One match: word-aligned character offsets [start, end) and what was matched. */
    record Match(int start, int end, String category, String phrase) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        Node possessive;
        String category;
        int rank = -1;
        String phrase;
    }

    private final Node root = new Node();
    private final boolean caseSensitive;
    private int maxWords = 1;
    /** Trie nodes visited by scans so far: lets tests bound the work without timing it. */
    private long steps;

    PhraseMatcher(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    int maxWords() {
        return maxWords;
    }

    long steps() {
        return steps;
    }

    /** Adds a phrase; its words are found with the same rules as the text's. Blank phrases are ignored. */
    void add(String phrase, String category, int rank) {
        List<String> words = new ArrayList<>();
        String rest = phrase.strip();
        if (rest.startsWith(POSSESSIVE)) {
            words.add(POSSESSIVE);
            rest = rest.substring(POSSESSIVE.length());
        }
        Words w = new Words(rest);
        while (w.next()) {
            words.add(word(rest, w.start, w.end));
        }
        if (words.isEmpty() || words.size() > MAX_PHRASE_WORDS) {
            return;
        }
        Node node = root;
        for (String word : words) {
            if (word.equals(POSSESSIVE)) {
                if (node.possessive == null) {
                    node.possessive = new Node();
                }
                node = node.possessive;
            } else {
                node = node.children.computeIfAbsent(word, k -> new Node());
            }
        }
        if (rank > node.rank) {
            node.category = category;
            node.rank = rank;
            node.phrase = phrase.strip();
        }
        maxWords = Math.max(maxWords, words.size());
    }

    private String word(String text, int start, int end) {
        String w = text.substring(start, end).replace('\u2019', '\'');
        if (caseSensitive) {
            // "Ana's" is Ana: names are looked up without a possessive ending.
            return w.endsWith("'s") && w.length() > 2 ? w.substring(0, w.length() - 2) : w;
        }
        return w.toLowerCase(Locale.ROOT);
    }

    private static boolean isPossessive(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019');
    }

    /**
     * Scans the text and hands every match whose category is not {@code skipCategory} to the consumer, in
     * order. Matched words are consumed: matches never overlap.
     */
    void scan(String text, String skipCategory, java.util.function.Consumer<Match> consumer) {
        int k = maxWords;
        int[] starts = new int[k];
        int[] ends = new int[k];
        String[] words = new String[k];
        int head = 0;
        int count = 0;
        Words scanner = new Words(text);
        boolean more = true;
        while (true) {
            while (more && count < k) {
                if (scanner.next()) {
                    int slot = (head + count) % k;
                    starts[slot] = scanner.start;
                    ends[slot] = scanner.end;
                    words[slot] = null; // computed on demand
                    count++;
                } else {
                    more = false;
                }
            }
            if (count == 0) {
                return;
            }
            int[] best = {0, -1}; // {words matched, rank}
            Node[] bestNode = {null};
            walk(root, text, starts, ends, words, head, count, best, bestNode);
            int consumed = 1;
            if (bestNode[0] != null) {
                consumed = best[0];
                int last = (head + consumed - 1) % k;
                if (!bestNode[0].category.equals(skipCategory)) {
                    consumer.accept(new Match(starts[head], ends[last], bestNode[0].category, bestNode[0].phrase));
                }
            }
            head = (head + consumed) % k;
            count -= consumed;
        }
    }

    /** Finds the longest (then highest-ranked) phrase starting at {@code head}; iterative, at most two paths. */
    private void walk(Node start, String text, int[] starts, int[] ends, String[] words, int head, int count,
                      int[] best, Node[] bestNode) {
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(start);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            steps++;
            if (node.category != null && depth > 0
                    && (depth > best[0] || (depth == best[0] && node.rank > best[1]))) {
                best[0] = depth;
                best[1] = node.rank;
                bestNode[0] = node;
            }
            if (depth == count) {
                continue;
            }
            int slot = (head + depth) % starts.length;
            if (words[slot] == null) {
                words[slot] = word(text, starts[slot], ends[slot]);
            }
            Node next = node.children.get(words[slot]);
            if (next != null) {
                nodes.push(next);
                depths.push(depth + 1);
            }
            if (node.possessive != null && isPossessive(text, starts[slot], ends[slot])) {
                nodes.push(node.possessive);
                depths.push(depth + 1);
            }
        }
    }

    /**
     * Reads the words of a text: runs of letters and digits; an apostrophe between a letter or digit and a
     * letter belongs to the word.
     */
    static final class Words {
        private final String text;
        private int pos;
        int start;
        int end;

        Words(String text) {
            this.text = text;
        }

        boolean next() {
            int n = text.length();
            while (pos < n && !wordChar(text.codePointAt(pos))) {
                pos += Character.charCount(text.codePointAt(pos));
            }
            if (pos >= n) {
                return false;
            }
            start = pos;
            while (pos < n) {
                int cp = text.codePointAt(pos);
                if (wordChar(cp)) {
                    pos += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '\u2019') && pos + 1 < n && Character.isLetter(text.codePointAt(pos + 1))) {
                    pos++;
                } else {
                    break;
                }
            }
            end = pos;
            return true;
        }

        private static boolean wordChar(int cp) {
            return Character.isLetterOrDigit(cp);
        }
    }
}
