package io.postmortems.core.recurrence;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.metrics.IndexedPostMortem;
import io.postmortems.core.model.PostMortem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one rule for recurrence: which earlier post-mortems a post-mortem has something in common with.
 *
 * <p>An earlier one <b>started</b> before this one (incident start) and at most {@code windowDays} before it; a
 * post-mortem without a start is compared from the end of {@code today} (UTC). It is shown when it shares at least one
 * service, the cause category or at least one tag (each compared stripped and ignoring case). The strongest come first
 * (each shared service, tag and the category count one), then the most recent, then by key; at most {@code limit}.
 * Candidates come from the host's index search as the viewer, so this rule never sees what the viewer may not browse.
 */
public final class Recurrence {
    /** The window when the administrator set none. */
    public static final int DEFAULT_WINDOW_DAYS = 365;
    /** The longest window an administrator may set (ten years). */
    public static final int MAX_WINDOW_DAYS = 3650;
    /** Earlier post-mortems shown at most. */
    public static final int MAX_SHOWN = 10;

    private Recurrence() {
    }

    /**
     * An earlier post-mortem with what it shares with this one.
     *
     * @param sharedServices      services of both, as this post-mortem writes them
     * @param sharedCauseCategory the cause category of both, or null
     * @param sharedTags          tags of both, as this post-mortem writes them
     * @param openCountermeasures its countermeasures not done
     * @param overdue             of those, the ones due before today
     */
    public record Match(String issueKey, String title, OffsetDateTime started, List<String> sharedServices,
                        String sharedCauseCategory, List<String> sharedTags, int openCountermeasures, int overdue,
                        EffectivenessCounts effectiveness) {
        public Match {
            sharedServices = List.copyOf(sharedServices);
            sharedTags = List.copyOf(sharedTags);
        }

        /** How much it has in common: one per shared service and tag, one for the cause category. */
        public int strength() {
            return sharedServices.size() + sharedTags.size() + (sharedCauseCategory == null ? 0 : 1);
        }
    }

    /**
     * The earlier post-mortems {@code current} shares something with, strongest and most recent first.
     *
     * @param currentKey the issue key of {@code current}, never matched with itself
     */
    public static List<Match> earlier(PostMortem current, String currentKey, List<IndexedPostMortem> candidates,
                                      int windowDays, LocalDate today, int limit) {
        OffsetDateTime reference = reference(current, today);
        OffsetDateTime from = reference.minusDays(Math.max(0, windowDays));
        List<Match> matches = new ArrayList<>();
        for (IndexedPostMortem c : candidates) {
            if (c == null || c.key() == null || c.key().equalsIgnoreCase(currentKey)) {
                continue;
            }
            PostMortem other = c.snapshot().incident();
            OffsetDateTime started = other.getTimes().getStarted();
            if (started == null || !started.isBefore(reference) || started.isBefore(from)) {
                continue;
            }
            List<String> services = shared(current.getServices(), other.getServices());
            List<String> tags = shared(current.getTags(), other.getTags());
            String category = same(current.getCauseCategory(), other.getCauseCategory());
            if (services.isEmpty() && tags.isEmpty() && category == null) {
                continue;
            }
            matches.add(new Match(c.key(), c.title(), started, services, category, tags,
                    c.snapshot().countermeasuresOpen(), c.snapshot().overdueOn(today), c.snapshot().effectiveness()));
        }
        matches.sort(Comparator.comparingInt(Match::strength).reversed()
                .thenComparing(Match::started, Comparator.reverseOrder())
                .thenComparing(Match::issueKey));
        return List.copyOf(matches.subList(0, Math.min(Math.max(0, limit), matches.size())));
    }

    /** The earliest start an earlier post-mortem may have and still be in the window (the search's lower bound). */
    public static OffsetDateTime windowStart(PostMortem current, LocalDate today, int windowDays) {
        return reference(current, today).minusDays(Math.max(0, windowDays));
    }

    /** What "earlier" is measured from: the incident's start, else the end of today (UTC). */
    public static OffsetDateTime reference(PostMortem current, LocalDate today) {
        OffsetDateTime started = current.getTimes().getStarted();
        return started != null ? started : today.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Whether {@code current} has anything recurrence could match on. */
    public static boolean hasKeys(PostMortem current) {
        return !keys(current.getServices()).isEmpty() || !keys(current.getTags()).isEmpty()
                || normal(current.getCauseCategory()) != null;
    }

    /** Distinct, stripped, non-blank values in their order (what the search asks for). */
    public static List<String> keys(List<String> values) {
        Map<String, String> byNormal = new LinkedHashMap<>();
        for (String v : values) {
            String n = normal(v);
            if (n != null) {
                byNormal.putIfAbsent(n, v.strip());
            }
        }
        return List.copyOf(byNormal.values());
    }

    private static List<String> shared(List<String> mine, List<String> theirs) {
        List<String> normalTheirs = theirs.stream().map(Recurrence::normal).filter(Objects::nonNull).toList();
        return keys(mine).stream().filter(v -> normalTheirs.contains(normal(v))).toList();
    }

    private static String same(String mine, String theirs) {
        String a = normal(mine);
        return a != null && a.equals(normal(theirs)) ? mine.strip() : null;
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
