package io.postmortems.core.metrics;

import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What the reports bring back to mind: the post-mortems of the same calendar month one year earlier, and the
 * published ones whose revisit is due. Computed from the indexed summaries the viewer's search found, nothing else.
 *
 * @param yearAgoMonth the month one year before the day of the report
 * @param yearAgo      post-mortems whose incident started in {@code yearAgoMonth} (the viewer's calendar), by start;
 *                     each with its start day
 * @param revisitsDue  published post-mortems whose revisit is due on the day of the report or earlier
 *                     ({@link FollowThrough#isRevisitDue}'s rule, the administered period added to the mirrored day it
 *                     counts from), earliest due first; each with its due day
 */
public record Resurfacing(YearMonth yearAgoMonth, List<Item> yearAgo, List<Item> revisitsDue) {
    private static final Comparator<Item> BY_DATE_THEN_KEY = Comparator.comparing(Item::date)
            .thenComparing(i -> i.key() == null ? "" : i.key());

    public Resurfacing {
        yearAgo = List.copyOf(yearAgo);
        revisitsDue = List.copyOf(revisitsDue);
    }

    /** One post-mortem named on the page: linked by its key, with severity (may be null), title and a day. */
    public record Item(String key, String title, String severity, LocalDate date) {
    }

    /**
     * @param zone   the viewer's zone: whose calendar decides an incident's month
     * @param today  the day of the report, in {@code zone}
     * @param policy the administered follow-through periods
     */
    public static Resurfacing of(Collection<IndexedPostMortem> postMortems, ZoneId zone, LocalDate today,
                                 FollowThroughPolicy policy) {
        YearMonth yearAgoMonth = YearMonth.from(today).minusYears(1);
        List<Item> yearAgo = new ArrayList<>();
        List<Item> revisits = new ArrayList<>();
        for (IndexedPostMortem pm : postMortems) {
            MirrorSnapshot s = pm.snapshot();
            OffsetDateTime started = s.incident().getTimes().getStarted();
            if (started != null) {
                LocalDate day = started.atZoneSameInstant(zone).toLocalDate();
                if (YearMonth.from(day).equals(yearAgoMonth)) {
                    yearAgo.add(item(pm, day));
                }
            }
            LocalDate from = s.followThrough().revisitFrom();
            if (from != null) {
                LocalDate due = FollowThrough.revisitDueAfter(from, policy);
                if (!due.isAfter(today)) {
                    revisits.add(item(pm, due));
                }
            }
        }
        yearAgo.sort(BY_DATE_THEN_KEY);
        revisits.sort(BY_DATE_THEN_KEY);
        return new Resurfacing(yearAgoMonth, yearAgo, revisits);
    }

    private static Item item(IndexedPostMortem pm, LocalDate date) {
        return new Item(pm.key(), pm.title(), pm.snapshot().incident().getSeverity(), date);
    }
}
