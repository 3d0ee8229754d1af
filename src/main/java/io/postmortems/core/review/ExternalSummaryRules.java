package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.Meeting;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Revisit;
import io.postmortems.core.model.TimelineEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The external summary's own review: it is read outside the organisation, so it may name no host, IP address,
 * ticket key, person of the document, service of the document, e-mail address or link to an internal host, and it
 * needs all three parts once it exists. A term listed in {@code allowedTerms} is let pass wherever it occurs. Every
 * finding is an {@link Level#ERROR}: publishing waits until the summary is fit to be read outside (or removed), so a
 * forgotten warning can never leak a name. Without an external summary (or with all three parts empty) this rule
 * says nothing.
 *
 * <p>Work is linear in the summary's length: the text is split once into words and into whitespace-separated
 * chunks; people and services are looked up by their first word.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>level</th><th>path</th></tr>
 *   <tr><td>external.what-happened.missing / impact.missing / what-we-changed.missing</td><td>error</td>
 *       <td>externalSummary.whatHappened / impact / whatWeChanged</td></tr>
 *   <tr><td>external.host / ip / ticket-key / person / service / email / internal-url</td><td>error</td>
 *       <td>externalSummary.&lt;part&gt;</td></tr>
 * </table>
 */
public final class ExternalSummaryRules {
    public static final String WHAT_HAPPENED_MISSING = "external.what-happened.missing";
    public static final String IMPACT_MISSING = "external.impact.missing";
    public static final String WHAT_WE_CHANGED_MISSING = "external.what-we-changed.missing";
    public static final String HOST = "external.host";
    public static final String IP = "external.ip";
    public static final String TICKET_KEY = "external.ticket-key";
    public static final String PERSON = "external.person";
    public static final String SERVICE = "external.service";
    public static final String EMAIL = "external.email";
    public static final String INTERNAL_URL = "external.internal-url";

    static final List<String> CODES = List.of(WHAT_HAPPENED_MISSING, IMPACT_MISSING, WHAT_WE_CHANGED_MISSING, HOST,
            IP, TICKET_KEY, PERSON, SERVICE, EMAIL, INTERNAL_URL);

    /** Most findings of internal names reported for one part (the first ones; fixing them shows the next). */
    static final int MAX_NAMES_PER_PART = 10;

    private static final Pattern TICKET = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-[0-9]{1,9}");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?::[0-9]{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\\]?");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** A lower-case name with hyphen-separated parts ending in a number: db-prod-03, k8s-node-7, web-1. */
    private static final Pattern NUMBERED_HOST = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9]+[a-z]?"
            + "(?:\\.[a-z0-9-]+)*");
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** Name endings used only inside networks (RFC 6762, RFC 8375, common practice). */
    private static final Set<String> INTERNAL_SUFFIXES = Set.of("internal", "local", "lan", "corp", "intranet",
            "intra", "localdomain", "home.arpa", "private", "svc", "cluster.local");
    private static final String LEADING = "([{<\"'\u201c\u2018";
    private static final String TRAILING = ".,;:!?)]}>\"'\u201d\u2019";

    private ExternalSummaryRules() {
    }

    /**
     * The external summary's review alone: what decides whether its page may be published, whatever the
     * administrator set for the rest of the review (these findings are part of {@link PostMortemReviewer} too).
     */
    public static ReviewReport review(PostMortem doc) {
        Findings out = new Findings();
        check(doc, out);
        return new ReviewReport(out.all());
    }

    /** Why a publish leaves the external page unwritten (so it keeps the text last published there). */
    public enum Withheld {
        /** The document has no external summary (any more). */
        NO_SUMMARY,
        /** The external summary's {@link #review} finds errors. */
        REVIEW_ERRORS
    }

    /**
     * Why a publish now would not write the external summary's page; null when it would. The one rule the publisher
     * follows and the panel's notice beside a published external page tells.
     */
    public static Withheld withheld(PostMortem doc) {
        if (!ExternalSummary.present(doc.getExternalSummary())) {
            return Withheld.NO_SUMMARY;
        }
        return review(doc).hasErrors() ? Withheld.REVIEW_ERRORS : null;
    }

    static List<ReviewRule> rules() {
        return List.of(ExternalSummaryRules::check);
    }

    private static void check(PostMortem doc, Findings out) {
        ExternalSummary summary = doc.getExternalSummary();
        if (!ExternalSummary.present(summary)) {
            return;
        }
        Names names = Names.of(doc);
        part(out, "externalSummary.whatHappened", summary.getWhatHappened(), WHAT_HAPPENED_MISSING, names, summary);
        part(out, "externalSummary.impact", summary.getImpact(), IMPACT_MISSING, names, summary);
        part(out, "externalSummary.whatWeChanged", summary.getWhatWeChanged(), WHAT_WE_CHANGED_MISSING, names,
                summary);
    }

    private static void part(Findings out, String path, String text, String missing, Names names,
                             ExternalSummary summary) {
        if (text == null || text.isBlank()) {
            out.error(path, missing);
            return;
        }
        Map<String, String> found = new LinkedHashMap<>(); // term -> code, first occurrence first
        String scanned = withoutAllowed(text, summary.getAllowedTerms());
        chunks(scanned, found);
        names.scan(scanned, found);
        int reported = 0;
        for (Map.Entry<String, String> hit : found.entrySet()) {
            if (reported++ >= MAX_NAMES_PER_PART) {
                break;
            }
            out.error(path, hit.getValue(), hit.getKey());
        }
    }

    /** {@code text} with every occurrence of an allowed term (ignoring case) blanked out; same length. */
    static String withoutAllowed(String text, List<String> allowed) {
        char[] chars = text.toCharArray();
        String lower = fold(text);
        for (String term : allowed) {
            if (term == null || term.isBlank()) {
                continue;
            }
            String t = fold(term.strip());
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length())) {
                for (int i = at; i < at + t.length(); i++) {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Lower case char by char, so positions stay those of the original text. */
    private static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Hosts, addresses, ticket keys, e-mail addresses and links: each whitespace-separated chunk judged once. */
    private static void chunks(String text, Map<String, String> found) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String chunk = trim(text.substring(start, i));
                String code = classify(chunk);
                if (code != null) {
                    found.putIfAbsent(chunk, code);
                }
            }
        }
    }

    private static String trim(String chunk) {
        int from = 0;
        int to = chunk.length();
        while (from < to && LEADING.indexOf(chunk.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRAILING.indexOf(chunk.charAt(to - 1)) >= 0) {
            to--;
        }
        String s = chunk.substring(from, to);
        return s.endsWith("'s") || s.endsWith("\u2019s") ? s.substring(0, s.length() - 2) : s;
    }

    /** The code for a chunk that names something internal, else null. */
    static String classify(String chunk) {
        if (chunk.isEmpty()) {
            return null;
        }
        int scheme = chunk.indexOf("://");
        if (scheme > 0) {
            return internalHost(host(chunk.substring(scheme + 3))) ? INTERNAL_URL : null;
        }
        if (chunk.indexOf('@') > 0 && EMAIL_ADDRESS.matcher(chunk).matches()) {
            return EMAIL;
        }
        if (isIp(chunk)) {
            return IP;
        }
        if (TICKET.matcher(chunk).matches()) {
            return TICKET_KEY;
        }
        return isHostName(chunk) ? HOST : null;
    }

    private static String host(String afterScheme) {
        int end = afterScheme.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = afterScheme.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = afterScheme.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            return host; // IPv6 literal
        }
        int port = host.lastIndexOf(':');
        return port >= 0 ? host.substring(0, port) : host;
    }

    private static boolean internalHost(String host) {
        return host.isEmpty() || isIp(host) || host.indexOf('.') < 0 || isHostName(host)
                || host.startsWith("[");
    }

    private static boolean isIp(String s) {
        if (IPV4.matcher(s).matches()) {
            String address = s.contains(":") ? s.substring(0, s.indexOf(':')) : s;
            for (String octet : address.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (s.length() <= 41 && IPV6.matcher(s).matches()) {
            long colons = s.chars().filter(c -> c == ':').count();
            return s.contains("::") || colons >= 5;
        }
        return false;
    }

    private static boolean isHostName(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost")) {
            return true;
        }
        if (NUMBERED_HOST.matcher(s).matches()) {
            return true;
        }
        if (DOTTED_NAME.matcher(s).matches()) {
            for (String suffix : INTERNAL_SUFFIXES) {
                if (lower.endsWith("." + suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The people and services the document names, looked up by their first word. */
    private static final class Names {
        private final Map<String, List<Name>> byFirstWord = new LinkedHashMap<>();

        /** A name's words (lower case), its code, how a finding shows it, and whether case must match too. */
        private record Name(List<String> words, String code, String shown, boolean exactCase) {
        }

        static Names of(PostMortem doc) {
            Names names = new Names();
            Set<String> people = new LinkedHashSet<>();
            Meeting m = doc.getMeeting();
            people.add(m.getContact());
            people.add(m.getCreatedBy());
            people.add(m.getFacilitatedBy());
            people.addAll(m.getParticipants());
            for (Countermeasure c : doc.getCountermeasures()) {
                people.add(c.getOwner());
                if (c.getEffectiveness() != null) {
                    people.add(c.getEffectiveness().getCheckedByName());
                }
            }
            for (TimelineEvent e : doc.getTimeline()) {
                people.add(e.getAuthor());
            }
            if (doc.getApproval() != null) {
                people.add(doc.getApproval().getApproverName());
            }
            for (Revisit r : doc.getRevisits()) {
                people.add(r.getRevisitedByName());
            }
            for (String person : people) {
                names.add(person, PERSON, false);
                // a person's single names too ("Ada" of "Ada Lovelace"), written exactly so: short ones, acronyms
                // and a team's words in lower case ("payments", "SRE" of the owner "Payments SRE") would flag
                // ordinary words
                List<String> words = words(person, false);
                if (words.size() > 1) {
                    for (String word : words) {
                        if (word.length() >= 3 && !word.equals(word.toUpperCase(Locale.ROOT))) {
                            names.add(word, PERSON, true);
                        }
                    }
                }
            }
            for (String service : doc.getServices()) {
                names.add(service, SERVICE, false);
            }
            return names;
        }

        private void add(String name, String code, boolean exactCase) {
            List<String> words = words(name, !exactCase);
            if (!words.isEmpty()) {
                List<Name> sameStart = byFirstWord.computeIfAbsent(words(name, true).get(0), w -> new ArrayList<>());
                sameStart.add(new Name(words, code, name.strip(), exactCase));
                sameStart.sort((a, b) -> b.words().size() - a.words().size());
            }
        }

        /** Records in {@code found} every person or service of the document that {@code text} names. */
        void scan(String text, Map<String, String> found) {
            if (byFirstWord.isEmpty()) {
                return;
            }
            List<String> written = words(text, false);
            List<String> words = words(text, true);
            for (int i = 0; i < words.size(); i++) {
                List<Name> candidates = byFirstWord.get(words.get(i));
                if (candidates == null) {
                    continue;
                }
                for (Name name : candidates) { // longest first: "Ada Lovelace" is one finding, not three
                    if (startsAt(name.exactCase() ? written : words, i, name.words())) {
                        found.putIfAbsent(name.shown(), name.code());
                        i += name.words().size() - 1;
                        break;
                    }
                }
            }
        }

        private static boolean startsAt(List<String> words, int at, List<String> name) {
            if (at + name.size() > words.size()) {
                return false;
            }
            for (int j = 0; j < name.size(); j++) {
                if (!words.get(at + j).equals(name.get(j))) {
                    return false;
                }
            }
            return true;
        }

        /** The words (runs of letters and digits) of {@code s}, lower case when {@code fold}. */
        private static List<String> words(String s, boolean fold) {
            List<String> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(fold ? Character.toLowerCase(cp) : cp);
                } else if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            }
            if (word.length() > 0) {
                out.add(word.toString());
            }
            return out;
        }
    }
}
