package io.postmortems.core.review;

import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chronology: are the times possible and in order? All comparisons are on instants, so documents mixing offsets
 * (or crossing a DST change) are judged exactly.
 *
 * <ul>
 *   <li>Key times, among those present: started &le; detected &le; acknowledged &le; mitigated &le; resolved. Each
 *       present time is compared with the nearest present one before it in that chain; a time earlier than it is
 *       an error {@code chronology.<later>-before-<earlier>} on the later field.</li>
 *   <li>First user impact, first user report, hotfix and custom times must not be before started; first user
 *       report not before first user impact (errors; custom times: warning).</li>
 *   <li>Timeline events outside [started &minus; window, resolved + window] (default 7 days): warning; an event
 *       earlier than the one before it: hint; an event without a time: warning.</li>
 *   <li>Any instant before 1970 or more than a year after now is implausible (error naming the field); else any
 *       instant after now (plus the allowed clock skew) is in the future (error).</li>
 *   <li>A {@code timeZone} that is not a valid zone id: error.</li>
 * </ul>
 */
public final class ChronologyRules {
    /** The key-time chain, in the order an incident lives through it; kebab-case names are used in codes. */
    private static final Map<String, Function<IncidentTimes, OffsetDateTime>> CHAIN = new LinkedHashMap<>();
    private static final Map<String, String> KEBAB = Map.of("started", "started", "detected", "detected",
            "acknowledged", "acknowledged", "mitigated", "mitigated", "resolved", "resolved",
            "firstUserImpact", "first-user-impact", "firstUserReport", "first-user-report", "hotfix", "hotfix");

    static {
        CHAIN.put("started", IncidentTimes::getStarted);
        CHAIN.put("detected", IncidentTimes::getDetected);
        CHAIN.put("acknowledged", IncidentTimes::getAcknowledged);
        CHAIN.put("mitigated", IncidentTimes::getMitigated);
        CHAIN.put("resolved", IncidentTimes::getResolved);
    }

    public static final String FIRST_USER_REPORT_BEFORE_IMPACT = "chronology.first-user-report-before-first-user-impact";
    public static final String CUSTOM_BEFORE_STARTED = "chronology.custom-before-started";
    public static final String TIMELINE_OUTSIDE_WINDOW = "chronology.timeline.outside-window";
    public static final String TIMELINE_OUT_OF_ORDER = "chronology.timeline.out-of-order";
    public static final String TIMELINE_TIME_MISSING = "chronology.timeline.time-missing";
    public static final String FUTURE = "chronology.future";
    public static final String IMPLAUSIBLE = "chronology.implausible";
    public static final String TIME_ZONE_INVALID = "chronology.time-zone.invalid";

    static final List<String> CODES;

    static {
        List<String> codes = new ArrayList<>();
        List<String> chain = List.copyOf(CHAIN.keySet());
        for (int later = 1; later < chain.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                codes.add(beforeCode(chain.get(later), chain.get(earlier)));
            }
        }
        codes.add(beforeCode("firstUserImpact", "started"));
        codes.add(beforeCode("firstUserReport", "started"));
        codes.add(beforeCode("hotfix", "started"));
        codes.addAll(List.of(FIRST_USER_REPORT_BEFORE_IMPACT, CUSTOM_BEFORE_STARTED, TIMELINE_OUTSIDE_WINDOW,
                TIMELINE_OUT_OF_ORDER, TIMELINE_TIME_MISSING, FUTURE, IMPLAUSIBLE, TIME_ZONE_INVALID));
        CODES = List.copyOf(codes);
    }

    private static final Instant EARLIEST_PLAUSIBLE = Instant.EPOCH;

    private ChronologyRules() {
    }

    /** The code for a key time that lies before another, e.g. {@code chronology.detected-before-started}. */
    public static String beforeCode(String laterField, String earlierField) {
        return "chronology." + KEBAB.get(laterField) + "-before-" + KEBAB.get(earlierField);
    }

    static List<ReviewRule> rules(ReviewConfig config) {
        return List.of(
                ChronologyRules::keyTimeOrder,
                ChronologyRules::otherTimes,
                (doc, out) -> timelineWindow(config, doc, out),
                ChronologyRules::timelineOrder,
                (doc, out) -> plausibleAndPast(config, doc, out),
                ChronologyRules::timeZone);
    }

    private static void keyTimeOrder(PostMortem doc, Findings out) {
        IncidentTimes t = doc.getTimes();
        String prevName = null;
        OffsetDateTime prev = null;
        for (Map.Entry<String, Function<IncidentTimes, OffsetDateTime>> e : CHAIN.entrySet()) {
            OffsetDateTime at = e.getValue().apply(t);
            if (at == null) {
                continue;
            }
            if (prev != null && at.toInstant().isBefore(prev.toInstant())) {
                out.error("times." + e.getKey(), beforeCode(e.getKey(), prevName), at.toString(), prev.toString());
                continue; // keep comparing against the last time that was in order
            }
            prev = at;
            prevName = e.getKey();
        }
    }

    private static void otherTimes(PostMortem doc, Findings out) {
        IncidentTimes t = doc.getTimes();
        OffsetDateTime started = t.getStarted();
        notBefore(out, "firstUserImpact", t.getFirstUserImpact(), "started", started);
        notBefore(out, "firstUserReport", t.getFirstUserReport(), "started", started);
        notBefore(out, "hotfix", t.getHotfix(), "started", started);
        if (t.getFirstUserReport() != null && t.getFirstUserImpact() != null
                && t.getFirstUserReport().toInstant().isBefore(t.getFirstUserImpact().toInstant())) {
            out.error("times.firstUserReport", FIRST_USER_REPORT_BEFORE_IMPACT, t.getFirstUserReport().toString(),
                    t.getFirstUserImpact().toString());
        }
        if (started != null) {
            for (int i = 0; i < t.getCustom().size(); i++) {
                NamedTime nt = t.getCustom().get(i);
                if (nt != null && nt.getAt() != null && nt.getAt().toInstant().isBefore(started.toInstant())) {
                    out.warning("times.custom[" + i + "].at", CUSTOM_BEFORE_STARTED,
                            nt.getName() == null ? "#" + (i + 1) : nt.getName(), nt.getAt().toString(),
                            started.toString());
                }
            }
        }
    }

    private static void notBefore(Findings out, String field, OffsetDateTime at, String otherField,
                                  OffsetDateTime other) {
        if (at != null && other != null && at.toInstant().isBefore(other.toInstant())) {
            out.error("times." + field, beforeCode(field, otherField), at.toString(), other.toString());
        }
    }

    private static void timelineWindow(ReviewConfig config, PostMortem doc, Findings out) {
        OffsetDateTime started = doc.getTimes().getStarted();
        OffsetDateTime resolved = doc.getTimes().getResolved();
        Instant from = started == null ? null : started.toInstant().minus(config.timelineWindow());
        Instant to = resolved == null ? null : resolved.toInstant().plus(config.timelineWindow());
        String days = String.valueOf(config.timelineWindow().toDays());
        List<TimelineEvent> events = doc.getTimeline();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (e == null) {
                continue;
            }
            if (e.getAt() == null) {
                out.warning("timeline[" + i + "].at", TIMELINE_TIME_MISSING, String.valueOf(i + 1));
                continue;
            }
            Instant at = e.getAt().toInstant();
            if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
                out.warning("timeline[" + i + "].at", TIMELINE_OUTSIDE_WINDOW, e.getAt().toString(), days);
            }
        }
    }

    private static void timelineOrder(PostMortem doc, Findings out) {
        Instant latest = null;
        List<TimelineEvent> events = doc.getTimeline();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (e == null || e.getAt() == null) {
                continue;
            }
            Instant at = e.getAt().toInstant();
            if (latest != null && at.isBefore(latest)) {
                out.hint("timeline[" + i + "].at", TIMELINE_OUT_OF_ORDER, e.getAt().toString());
            } else {
                latest = at;
            }
        }
    }

    private static void plausibleAndPast(ReviewConfig config, PostMortem doc, Findings out) {
        Instant now = config.clock().instant();
        Instant futureLimit = now.plus(config.clockSkew());
        Instant implausibleAfter = now.plus(366, ChronoUnit.DAYS);
        for (Map.Entry<String, OffsetDateTime> e : instants(doc).entrySet()) {
            Instant at = e.getValue().toInstant();
            if (at.isBefore(EARLIEST_PLAUSIBLE) || at.isAfter(implausibleAfter)) {
                out.error(e.getKey(), IMPLAUSIBLE, e.getKey(), e.getValue().toString());
            } else if (at.isAfter(futureLimit)) {
                out.error(e.getKey(), FUTURE, e.getKey(), e.getValue().toString());
            }
        }
    }

    /** Every instant the team entered, by path. */
    static Map<String, OffsetDateTime> instants(PostMortem doc) {
        Map<String, OffsetDateTime> all = new LinkedHashMap<>();
        IncidentTimes t = doc.getTimes();
        CHAIN.forEach((name, getter) -> put(all, "times." + name, getter.apply(t)));
        put(all, "times.firstUserImpact", t.getFirstUserImpact());
        put(all, "times.firstUserReport", t.getFirstUserReport());
        put(all, "times.hotfix", t.getHotfix());
        for (int i = 0; i < t.getCustom().size(); i++) {
            NamedTime nt = t.getCustom().get(i);
            put(all, "times.custom[" + i + "].at", nt == null ? null : nt.getAt());
        }
        for (int i = 0; i < doc.getTimeline().size(); i++) {
            TimelineEvent e = doc.getTimeline().get(i);
            put(all, "timeline[" + i + "].at", e == null ? null : e.getAt());
        }
        return all;
    }

    private static void put(Map<String, OffsetDateTime> all, String path, OffsetDateTime at) {
        if (at != null) {
            all.put(path, at);
        }
    }

    private static void timeZone(PostMortem doc, Findings out) {
        String zone = doc.getTimeZone();
        if (zone == null) {
            return;
        }
        try {
            ZoneId.of(zone); // exactly as stored: renderers parse it the same way
        } catch (DateTimeException e) {
            out.error("timeZone", TIME_ZONE_INVALID, zone);
        }
    }
}
