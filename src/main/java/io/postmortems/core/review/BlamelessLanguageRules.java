package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.Meeting;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Blameless language: offline and rule based. Every prose field is scanned on whole words against the lexicon of
 * {@link ReviewConfig#locale()} ({@code src/main/resources/blameless/<language>.txt}, which documents its
 * matching choices) merged with the administrator's extensions. Time is linear in the text's length, so a 10 MB
 * field is reviewed as fast as it is read. Findings are never errors: the team decides.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>level</th><th>what</th></tr>
 *   <tr><td>language.counterfactual</td><td>hint</td><td>hindsight wording: "should have", "failed to"</td></tr>
 *   <tr><td>language.blame</td><td>warning</td><td>blame, insults, punishment: "careless", "human error"</td></tr>
 *   <tr><td>language.person-in-root-cause</td><td>warning</td><td>a person named in the document (participant,
 *       author, owner...) appears in the root cause or five whys: causes are conditions, not people</td></tr>
 *   <tr><td>language.more-findings</td><td>hint</td><td>a field had more than {@value #MAX_PER_FIELD}
 *       language findings; the rest are counted, not listed</td></tr>
 * </table>
 * Each finding carries a {@link TextSpan}: the sentence and the flagged words' offsets in the field's text.
 */
public final class BlamelessLanguageRules {
    public static final String COUNTERFACTUAL = "language.counterfactual";
    public static final String BLAME = "language.blame";
    public static final String PERSON_IN_ROOT_CAUSE = "language.person-in-root-cause";
    public static final String MORE_FINDINGS = "language.more-findings";

    static final List<String> CODES = List.of(COUNTERFACTUAL, BLAME, PERSON_IN_ROOT_CAUSE, MORE_FINDINGS);

    /** Language findings listed per field; more are summed up in one {@link #MORE_FINDINGS} hint. */
    public static final int MAX_PER_FIELD = 20;
    /** Characters of context kept on each side when a sentence is very long. */
    static final int SENTENCE_CONTEXT = 160;

    static final String CAT_COUNTERFACTUAL = "counterfactual";
    static final String CAT_BLAME = "blame";
    static final String CAT_ALLOWED = "allowed";
    static final String CAT_NAME = "name";
    private static final List<String> CATEGORIES = List.of(CAT_COUNTERFACTUAL, CAT_BLAME, CAT_ALLOWED);

    private BlamelessLanguageRules() {
    }

    static List<ReviewRule> rules(ReviewConfig config) {
        PhraseMatcher lexicon = lexicon(config);
        return List.of(
                (doc, out) -> proseFields(doc, (path, text) -> scanLexicon(lexicon, path, text, out)),
                BlamelessLanguageRules::namesInRootCause);
    }

    /** The built-in lexicon of the configured language (English if there is none) plus admin extensions. */
    static PhraseMatcher lexicon(ReviewConfig config) {
        String language = config.locale().getLanguage();
        PhraseMatcher matcher = new PhraseMatcher(false);
        String resource = "/blameless/" + language + ".txt";
        InputStream in = BlamelessLanguageRules.class.getResourceAsStream(resource);
        if (in == null) {
            resource = "/blameless/en.txt";
            in = BlamelessLanguageRules.class.getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("the blameless lexicon " + resource + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String category = null;
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    category = t.substring(1, t.length() - 1).strip();
                    if (!CATEGORIES.contains(category)) {
                        throw new IllegalStateException(resource + ": unknown section [" + category + "]");
                    }
                } else if (category != null) {
                    matcher.add(t, category, rank(category));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.extraCounterfactuals(language).forEach(p -> matcher.add(p, CAT_COUNTERFACTUAL, rank(CAT_COUNTERFACTUAL)));
        config.extraBlameTerms(language).forEach(p -> matcher.add(p, CAT_BLAME, rank(CAT_BLAME)));
        config.extraAllowedPhrases(language).forEach(p -> matcher.add(p, CAT_ALLOWED, rank(CAT_ALLOWED)));
        return matcher;
    }

    /** On a tie in length: allowed beats blame beats counterfactual. */
    private static int rank(String category) {
        return CATEGORIES.indexOf(category);
    }

    /** Every prose field of the document, with its path exactly as in JSON. */
    static void proseFields(PostMortem doc, BiConsumer<String, String> field) {
        field.accept("title", doc.getTitle());
        field.accept("summary", doc.getSummary());
        field.accept("impact.whoAffected", doc.getImpact().getWhoAffected());
        field.accept("impact.whatAffected", doc.getImpact().getWhatAffected());
        field.accept("impact.businessImpact", doc.getImpact().getBusinessImpact());
        List<TimelineEvent> timeline = doc.getTimeline();
        for (int i = 0; i < timeline.size(); i++) {
            field.accept("timeline[" + i + "].text", timeline.get(i) == null ? null : timeline.get(i).getText());
        }
        list(field, "investigationPaths", doc.getInvestigationPaths());
        field.accept("rootCause.description", doc.getRootCause().getDescription());
        list(field, "rootCause.fiveWhys", doc.getRootCause().getFiveWhys());
        list(field, "contributingFactors", doc.getContributingFactors());
        field.accept("resolution", doc.getResolution());
        list(field, "wentWell", doc.getWentWell());
        list(field, "wentWrong", doc.getWentWrong());
        list(field, "gotLucky", doc.getGotLucky());
        list(field, "lessonsLearned", doc.getLessonsLearned());
        List<Countermeasure> cms = doc.getCountermeasures();
        for (int i = 0; i < cms.size(); i++) {
            field.accept("countermeasures[" + i + "].summary", cms.get(i) == null ? null : cms.get(i).getSummary());
        }
        list(field, "ideas", doc.getIdeas());
    }

    private static void list(BiConsumer<String, String> field, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            field.accept(path + "[" + i + "]", values.get(i));
        }
    }

    private static void scanLexicon(PhraseMatcher lexicon, String path, String text, Findings out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int[] count = {0};
        lexicon.scan(text, CAT_ALLOWED, m -> {
            if (++count[0] <= MAX_PER_FIELD) {
                boolean blame = m.category().equals(CAT_BLAME);
                out.add(blame ? Level.WARNING : Level.HINT, path, blame ? BLAME : COUNTERFACTUAL,
                        span(text, m.start(), m.end()), text.substring(m.start(), m.end()));
            }
        });
        more(path, count[0], out);
    }

    private static void more(String path, int count, Findings out) {
        if (count > MAX_PER_FIELD) {
            out.hint(path, MORE_FINDINGS, String.valueOf(count - MAX_PER_FIELD));
        }
    }

    /**
     * People named in the document, found in the root cause or its five whys (whole words, case-sensitive).
     * Full names match as written; a person's single name parts of three or more letters starting with a capital
     * ("Ana" of "Ana Souza") match too. Countermeasure owners may be teams, so they match only in full.
     */
    private static void namesInRootCause(PostMortem doc, Findings out) {
        PhraseMatcher names = new PhraseMatcher(true);
        for (String person : people(doc)) {
            names.add(person, CAT_NAME, 0);
            PhraseMatcher.Words words = new PhraseMatcher.Words(person);
            List<String> parts = new ArrayList<>();
            while (words.next()) {
                parts.add(person.substring(words.start, words.end));
            }
            if (parts.size() > 1) {
                for (String part : parts) {
                    if (part.length() >= 3 && Character.isUpperCase(part.codePointAt(0))) {
                        names.add(part, CAT_NAME, 0);
                    }
                }
            }
        }
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (cm != null && cm.getOwner() != null && cm.getOwner().strip().length() >= 2) {
                names.add(cm.getOwner(), CAT_NAME, 0);
            }
        }
        BiConsumer<String, String> scan = (path, text) -> {
            if (text == null || text.isEmpty()) {
                return;
            }
            int[] count = {0};
            names.scan(text, null, m -> {
                if (++count[0] <= MAX_PER_FIELD) {
                    out.add(Level.WARNING, path, PERSON_IN_ROOT_CAUSE, span(text, m.start(), m.end()),
                            text.substring(m.start(), m.end()));
                }
            });
            more(path, count[0], out);
        };
        scan.accept("rootCause.description", doc.getRootCause().getDescription());
        List<String> whys = doc.getRootCause().getFiveWhys();
        for (int i = 0; i < whys.size(); i++) {
            scan.accept("rootCause.fiveWhys[" + i + "]", whys.get(i));
        }
    }

    /** People the document names: meeting roles, participants and timeline authors (at least two characters). */
    private static Set<String> people(PostMortem doc) {
        Set<String> people = new LinkedHashSet<>();
        Meeting m = doc.getMeeting();
        List<String> candidates = new ArrayList<>(m.getParticipants());
        candidates.add(m.getContact());
        candidates.add(m.getCreatedBy());
        candidates.add(m.getFacilitatedBy());
        for (TimelineEvent e : doc.getTimeline()) {
            candidates.add(e == null ? null : e.getAuthor());
        }
        for (String c : candidates) {
            if (c != null && c.strip().length() >= 2) {
                people.add(c.strip());
            }
        }
        return people;
    }

    /**
     * The sentence around [start, end): from after the previous '.', '!' or '?' followed by a space (or a line
     * break) to the next one. At most {@link #SENTENCE_CONTEXT} characters are kept on each side ("..." marks a
     * cut), so the cost per finding is bounded whatever the text's size.
     */
    static TextSpan span(String text, int start, int end) {
        int limit = Math.max(0, start - SENTENCE_CONTEXT);
        int from = limit;
        boolean cutBefore = limit > 0;
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?') && i + 1 < start
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                from = i + 1;
                cutBefore = false;
                break;
            }
        }
        int max = Math.min(text.length(), end + SENTENCE_CONTEXT);
        int to = max;
        boolean cutAfter = max < text.length();
        for (int j = end; j < max; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') {
                to = j;
                cutAfter = false;
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && (j + 1 == text.length() || Character.isWhitespace(text.charAt(j + 1)))) {
                to = j + 1;
                cutAfter = false;
                break;
            }
        }
        String sentence = text.substring(from, to).strip();
        return new TextSpan((cutBefore ? "..." : "") + sentence + (cutAfter ? "..." : ""), start, end);
    }
}
