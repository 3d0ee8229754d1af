package io.postmortems.bench;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.StorageFormatRenderer;
import io.postmortems.publishing.render.XmlText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rendering a large post-mortem (200 timeline events, 50 countermeasures, about 20 KB of prose) to storage format,
 * against a baseline that only escapes the same user text and concatenates it into paragraphs. The difference is
 * the price of templates, rich-text sanitising and well-formed XHTML output.
 *
 * <pre>mvn -B -ntp -Pbench -DskipTests package &amp;&amp; java -jar target/postmortems-benchmarks.jar RenderBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
    private static final String SENTENCE = "The connection pool of the payment service was exhausted after a "
            + "configuration push set max_connections to 0 & retries amplified the load <quickly>. ";

    private StorageFormatRenderer renderer;
    private PublishTarget target;
    private PostMortem document;
    /** Every user string of {@link #document}, for the baseline. */
    private List<String> texts;

    @Setup
    public void setUp() {
        renderer = new StorageFormatRenderer();
        target = new PublishTarget("OPS", null, TreeLayout.YEAR, "https://jira.example.com", "a1b2",
                ZoneId.of("Europe/Berlin"));
        document = large();
        texts = userText(document);
    }

    static PostMortem large() {
        PostMortem d = new PostMortem();
        d.setIssueKey("OPS-4242");
        d.setTitle("Checkout outage after a configuration push");
        d.setSeverity("SEV1");
        OffsetDateTime start = OffsetDateTime.parse("2026-03-29T01:30:00Z");
        d.getTimes().setStarted(start);
        d.getTimes().setDetected(start.plusMinutes(12));
        d.getTimes().setResolved(start.plusHours(3));
        d.getMeeting().setFacilitatedBy("Dana Reviewer");
        d.getImpact().setWhoAffected(SENTENCE.repeat(3));
        d.getImpact().setWhatAffected(SENTENCE.repeat(2));
        d.getImpact().setBusinessImpact(SENTENCE.repeat(3));
        // about 20 KB of prose, half of it as the allowed HTML subset so the sanitiser runs
        String html = "<p>" + SENTENCE.repeat(6) + "<strong>bold</strong> <a href=\"https://runbook.example.com/x\">"
                + "runbook</a></p><ul><li>" + SENTENCE + "</li><li><code>max_connections=0</code></li></ul>";
        d.setSummary(html.repeat(6));
        d.getRootCause().setDescription((SENTENCE.repeat(5) + "\n\n").repeat(4));
        d.setResolution(html.repeat(4));
        d.getRootCause().setFiveWhys(List.of(SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE));
        d.setContributingFactors(List.of(SENTENCE, SENTENCE, SENTENCE));
        d.setWentWell(List.of(SENTENCE, SENTENCE));
        d.setWentWrong(List.of(SENTENCE, SENTENCE));
        d.setGotLucky(List.of(SENTENCE));
        d.setLessonsLearned(List.of(SENTENCE, SENTENCE));
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TimelineEvent e = new TimelineEvent("e" + i, start.plusSeconds(i * 53L), "Step " + i + ": " + SENTENCE,
                    EventKind.values()[i % EventKind.values().length]);
            e.setEvidenceUrl("https://grafana.example.com/d/abc?from=" + i);
            e.setAuthor("engineer-" + (i % 7));
            timeline.add(e);
        }
        d.setTimeline(timeline);
        List<Countermeasure> cms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Countermeasure c = new Countermeasure("c" + i, "Countermeasure " + i + ": " + SENTENCE, "owner-" + i,
                    LocalDate.of(2026, 5, 1).plusDays(i));
            c.setIssueKey("OPS-" + (5000 + i));
            c.setKind(CountermeasureKind.values()[i % CountermeasureKind.values().length]);
            cms.add(c);
        }
        d.setCountermeasures(cms);
        d.setIdeas(List.of(SENTENCE, SENTENCE));
        d.setServices(List.of("Checkout", "Payment Gateway"));
        d.setTags(List.of("config", "Night Shift"));
        d.setRelatedIncidents(List.of("OPS-7", "https://status.example.com/incidents/9"));
        return d;
    }

    static List<String> userText(PostMortem d) {
        List<String> t = new ArrayList<>();
        t.add(d.getTitle());
        t.add(d.getSeverity());
        t.add(d.getMeeting().getFacilitatedBy());
        t.add(d.getImpact().getWhoAffected());
        t.add(d.getImpact().getWhatAffected());
        t.add(d.getImpact().getBusinessImpact());
        t.add(d.getSummary());
        t.add(d.getRootCause().getDescription());
        t.add(d.getResolution());
        t.addAll(d.getRootCause().getFiveWhys());
        t.addAll(d.getContributingFactors());
        t.addAll(d.getWentWell());
        t.addAll(d.getWentWrong());
        t.addAll(d.getGotLucky());
        t.addAll(d.getLessonsLearned());
        for (TimelineEvent e : d.getTimeline()) {
            t.add(e.getAt().toString());
            t.add(e.getText());
            t.add(e.getEvidenceUrl());
            t.add(e.getAuthor());
        }
        for (Countermeasure c : d.getCountermeasures()) {
            t.add(c.getSummary());
            t.add(c.getOwner());
            t.add(c.getDueDate().toString());
            t.add(c.getIssueKey());
        }
        t.addAll(d.getIdeas());
        t.addAll(d.getServices());
        t.addAll(d.getTags());
        t.addAll(d.getRelatedIncidents());
        return t;
    }

    @Benchmark
    public RenderedPage render() {
        return renderer.render(document, target);
    }

    @Benchmark
    public String baselineEscapeAndConcatenate() {
        StringBuilder out = new StringBuilder(256 * 1024);
        for (String text : texts) {
            out.append("<p>").append(XmlText.escape(text)).append("</p>\n");
        }
        return out.toString();
    }
}
