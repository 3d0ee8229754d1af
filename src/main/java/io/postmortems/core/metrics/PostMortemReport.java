package io.postmortems.core.metrics;

import io.postmortems.core.model.PostMortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;

/**
 * The figures of the reports page over many post-mortems' {@link MirrorSnapshot}s: the durations overall, by month,
 * severity, service and cause category ({@link MetricsAggregator}, one rule for every grouping) and the health of
 * their countermeasures.
 *
 * @param durations the durations, overall and by severity, service and month
 * @param byCause   the durations by cause category; "(none)" for post-mortems without one
 * @param health    the countermeasures of all these post-mortems
 */
public record PostMortemReport(int postMortems, MetricsAggregator.Report durations,
                               SortedMap<String, MetricsAggregator.Group> byCause, CountermeasureHealth health) {

    /**
     * @param overdue         open countermeasures whose due date is before the day of the report
     * @param doneOnTime      done ones whose done date is on or before their due date
     * @param doneOnTimePercent {@code doneOnTime} of all done ones, rounded down; null when none is done
     * @param medianDaysToDone nearest-rank median of the days from the incident's start day to the done date; null
     *                         when no done countermeasure has a done date
     * @param targetBreaches  due dates beyond the severity's target without a reason ({@code DueDateTargets})
     */
    public record CountermeasureHealth(int total, int open, int overdue, int done, int doneOnTime,
                                       Integer doneOnTimePercent, Integer medianDaysToDone, int targetBreaches) {
    }

    /**
     * @param monthZone the zone whose calendar decides an incident's month
     * @param today     the day "overdue" is decided on
     */
    public static PostMortemReport of(Collection<MirrorSnapshot> snapshots, ZoneId monthZone, LocalDate today) {
        List<PostMortem> incidents = new ArrayList<>(snapshots.size());
        int total = 0;
        int open = 0;
        int overdue = 0;
        int done = 0;
        int doneOnTime = 0;
        int breaches = 0;
        List<Duration> daysToDone = new ArrayList<>();
        for (MirrorSnapshot s : snapshots) {
            incidents.add(s.incident());
            total += s.countermeasures();
            open += s.countermeasuresOpen();
            done += s.countermeasuresDone();
            doneOnTime += s.countermeasuresDoneOnTime();
            breaches += s.targetBreaches();
            for (LocalDate due : s.openDue()) {
                if (due.isBefore(today)) {
                    overdue++;
                }
            }
            for (int days : s.daysToDone()) {
                daysToDone.add(Duration.ofDays(days));
            }
        }
        MetricsAggregator aggregator = new MetricsAggregator(monthZone);
        Integer percent = done == 0 ? null : (int) (100L * doneOnTime / done);
        daysToDone.sort(null);
        Integer median = daysToDone.isEmpty() ? null
                : (int) DurationStats.percentile(daysToDone, 50).toDays();
        return new PostMortemReport(incidents.size(), aggregator.aggregate(incidents),
                aggregator.aggregateBy(incidents, PostMortem::getCauseCategory),
                new CountermeasureHealth(total, open, overdue, done, doneOnTime, percent, median, breaches));
    }
}
