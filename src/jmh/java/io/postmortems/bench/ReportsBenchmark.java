package io.postmortems.bench;

import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.metrics.CountermeasureOutcomes;
import io.postmortems.core.metrics.IndexedPostMortem;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.metrics.Resurfacing;
import io.postmortems.core.model.CauseCategories;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.store.PostMortemMirror;
import io.postmortems.panel.BundleText;
import io.postmortems.panel.ReportsView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The reports page's own work over {@code postMortems} indexed summaries (the {@code postmortem} issue property
 * each post-mortem's save writes): read every summary, aggregate (durations by month, severity, service and cause,
 * countermeasure health, effectiveness outcomes, target breaches by severity, a year ago this month, revisits due),
 * and build the page's view with its SVG charts and tables. Jira's search and the property
 * reads are not in it. Run from the repository root:
 * {@code mvn -B -ntp -Pbench -DskipTests package && java -jar target/postmortems-benchmarks.jar Reports -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportsBenchmark {
    @Param({"100", "1000", "10000"})
    public int postMortems;

    private final ZoneId zone = ZoneId.of("Europe/Berlin");
    private final LocalDate today = LocalDate.of(2026, 11, 29);
    private final BundleText english = BundleText.of(Locale.ENGLISH);
    private static final EffectivenessOutcome[] OUTCOMES = EffectivenessOutcome.values();
    private final FollowThroughPolicy policy = FollowThroughPolicy.defaults();
    private final ReviewConfig config = ReviewConfig.defaults();
    private final List<String> keys = new ArrayList<>();
    private List<String> mirrors;
    private List<MirrorSnapshot> snapshots;

    @Setup
    public void setUp() {
        Random random = new Random(14);
        PostMortemMirror mirror = new PostMortemMirror();
        List<String> services = List.of("checkout", "search", "payments", "identity", "mail", "batch", "api",
                "storage", "network", "billing", "catalog", "reports");
        mirrors = new ArrayList<>(postMortems);
        OffsetDateTime first = OffsetDateTime.parse("2024-01-01T00:00Z");
        for (int i = 0; i < postMortems; i++) {
            PostMortem d = new PostMortem();
            d.setSeverity("SEV" + (1 + random.nextInt(4)));
            d.setCauseCategory(CauseCategories.DEFAULTS.get(random.nextInt(CauseCategories.DEFAULTS.size())));
            d.setServices(List.of(services.get(random.nextInt(services.size())),
                    services.get(random.nextInt(services.size()))));
            OffsetDateTime start = first.plusMinutes(random.nextInt(3 * 365 * 24 * 60));
            d.getTimes().setStarted(start);
            d.getTimes().setDetected(start.plusMinutes(1 + random.nextInt(120)));
            d.getTimes().setAcknowledged(d.getTimes().getDetected().plusMinutes(random.nextInt(30)));
            d.getTimes().setMitigated(d.getTimes().getAcknowledged().plusMinutes(random.nextInt(240)));
            d.getTimes().setResolved(d.getTimes().getMitigated().plusMinutes(random.nextInt(2000)));
            List<Countermeasure> cms = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                Countermeasure cm = new Countermeasure("cm" + c, "Countermeasure " + c, "owner",
                        start.toLocalDate().plusWeeks(2 + random.nextInt(10)));
                if (random.nextBoolean()) {
                    cm.setStatus(CountermeasureStatus.DONE);
                    cm.setDoneOn(start.toLocalDate().plusDays(random.nextInt(90)));
                    if (random.nextBoolean()) {
                        cm.setEffectiveness(new EffectivenessCheck(OUTCOMES[random.nextInt(OUTCOMES.length)],
                                "checked", "owner", "Owner", start.plusDays(120)));
                    }
                }
                cms.add(cm);
            }
            d.setCountermeasures(cms);
            if (random.nextInt(3) > 0) {
                PublishedPage page = new PublishedPage();
                page.setUrl("https://wiki.example/p/" + i);
                page.setFirstPublishedAt(start.plusDays(7 + random.nextInt(30)));
                d.setPage(page);
            }
            keys.add("PM-" + (i + 1));
            mirrors.add(mirror.toJson(d));
        }
        snapshots = read();
    }

    private List<MirrorSnapshot> read() {
        List<MirrorSnapshot> out = new ArrayList<>(mirrors.size());
        for (String json : mirrors) {
            MirrorSnapshot.parse(json).ifPresent(out::add);
        }
        return out;
    }

    /** As the page reads them: each summary beside its issue's key and title. */
    private List<IndexedPostMortem> readIndexed() {
        List<IndexedPostMortem> out = new ArrayList<>(mirrors.size());
        for (int i = 0; i < mirrors.size(); i++) {
            String key = keys.get(i);
            MirrorSnapshot.parse(mirrors.get(i)).ifPresent(s -> out.add(new IndexedPostMortem(key, "Title " + key, s)));
        }
        return out;
    }

    /** Read every summary and aggregate: what the page does with what Jira's search returned. */
    @Benchmark
    public PostMortemReport readAndAggregate() {
        return PostMortemReport.of(read(), zone, today);
    }

    /** Aggregate the snapshots already read. */
    @Benchmark
    public PostMortemReport aggregateOnly() {
        return PostMortemReport.of(snapshots, zone, today);
    }

    /**
     * Everything the page computes: read, aggregate, the effectiveness outcomes and target breaches, "a year ago this
     * month" and the revisits due, and build the view with its charts and tables.
     */
    @Benchmark
    public ReportsView wholePage() {
        List<IndexedPostMortem> found = readIndexed();
        List<MirrorSnapshot> read = found.stream().map(IndexedPostMortem::snapshot).toList();
        return ReportsView.of(PostMortemReport.of(read, zone, today), null, 0, english).withFollowThrough(
                CountermeasureOutcomes.of(read, today, policy, config), Resurfacing.of(found, zone, today, policy),
                "/jira", english);
    }
}
