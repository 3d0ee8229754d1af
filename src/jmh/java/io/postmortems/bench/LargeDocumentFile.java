package io.postmortems.bench;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a post-mortem of about 10 MB for the peak-memory figure of the command line's {@code render} (README,
 * "Benchmarks"): {@link RenderBenchmark#large()} with a 4 MB plain-text summary in paragraphs, a 4 MB resolution in
 * the allowed HTML subset and 1,000 timeline events.
 *
 * <pre>java -cp target/postmortems-benchmarks.jar io.postmortems.bench.LargeDocumentFile target/large-10mb.json</pre>
 */
public final class LargeDocumentFile {
    private static final String SENTENCE = "The connection pool of the payment service was exhausted after a "
            + "configuration push & retries amplified the load <quickly>. ";

    private LargeDocumentFile() {
    }

    public static void main(String[] args) throws IOException {
        PostMortem d = RenderBenchmark.large();
        d.setSummary((SENTENCE.repeat(20) + "\n\n").repeat(1_750));
        String html = "<p>" + SENTENCE.repeat(6) + "<strong>bold</strong> <a href=\"https://runbook.example.com/x\">"
                + "runbook</a></p><ul><li>" + SENTENCE + "</li><li><code>max_connections=0</code></li></ul>";
        d.setResolution(html.repeat(4_300));
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            TimelineEvent e = new TimelineEvent("t" + i, d.getTimes().getStarted().plusSeconds(i * 7L),
                    "Step " + i + ": " + SENTENCE.repeat(10), EventKind.ACTION);
            e.setEvidenceUrl("https://grafana.example.com/d/abc?from=" + i);
            e.setAuthor("engineer-" + (i % 7));
            timeline.add(e);
        }
        d.setTimeline(timeline);
        Path out = Path.of(args.length == 0 ? "target/large-10mb.json" : args[0]);
        Files.writeString(out, new PostMortemCodec().writeJson(d), StandardCharsets.UTF_8);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }
}
