package io.postmortems.bench;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.testing.PublishCases;
import org.sahli.asciidoc.confluence.publisher.client.OrphanRemovalStrategy;
import org.sahli.asciidoc.confluence.publisher.client.PublishingStrategy;
import org.sahli.asciidoc.confluence.publisher.client.http.ConfluenceRestClient;
import org.sahli.asciidoc.confluence.publisher.client.metadata.ConfluencePageMetadata;
import org.sahli.asciidoc.confluence.publisher.client.metadata.ConfluencePublisherMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * This project and the peer {@code asciidoc-confluence-publisher-client} (0.22.0) publish the same 1 / 10 / 100
 * pages (same titles, storage bodies and labels, from {@link PublishCases}) against the tests' {@link FakeConfluence}
 * over HTTP on 127.0.0.1, each on a fresh fake: a first publish, an unchanged re-publish and a re-publish with one
 * page changed, each a new run (nothing cached). Prints the REST calls the fake saw and the wall time of each.
 * Ours files the pages below root → year → month (the YEAR_MONTH tree, ancestors created on the first publish);
 * the peer puts them flat below an existing root page, the only layout it has.
 *
 * <p>Both publishers are first warmed up alike ({@value #WARM_UP_RUNS} discarded 100-page runs each: the JIT
 * compiles the JDK {@code HttpClient}'s request pipeline only after a few thousand requests), then each size is
 * measured {@value #REPETITIONS} times, the publishers alternating, and each column's median is printed. A third
 * row publishes ours against the same fake in process (no socket, no HTTP client): the publisher's own work, its
 * rendering, hashing and JSON included, plus the fake's. Milliseconds are an order of magnitude on a shared
 * machine; the calls are exact. With the arguments {@code cold ours} or {@code cold peer} one publisher runs its
 * three rounds of 100 pages once in this JVM, without warm-up: what a command-line run meets.
 *
 * <p>{@code mvn -B -ntp -Pbench -DskipTests package && java -cp target/postmortems-benchmarks.jar
 * io.postmortems.bench.PeerComparison [cold ours|cold peer]}
 */
public final class PeerComparison {
    private static final String SPACE = PublishCases.TARGET.spaceKey();

    private PeerComparison() {
    }

    /** Measured repetitions per size and publisher; the median is printed. */
    private static final int REPETITIONS = 5;
    /** Discarded 100-page runs of each publisher before measuring. */
    private static final int WARM_UP_RUNS = 6;

    /** Calls and milliseconds of the three runs of one publisher for one size. */
    private record Row(String who, int pages, long[] calls, double[] millis) {
    }

    /** One publisher's three rounds on a fresh fake. */
    private interface Publisher {
        Row run(int pages) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {1, 10, 100};
        Publisher[] publishers = {n -> ours(n, true), PeerComparison::peer, n -> ours(n, false)};
        if (args.length == 2 && args[0].equals("cold")) {  // one publisher, 100 pages, in this fresh JVM
            print(List.of(publishers[args[1].equals("peer") ? 1 : 0].run(100)));
            return;
        }
        for (int i = 0; i < WARM_UP_RUNS; i++) {  // discarded: class loading and JIT, for each alike
            for (Publisher publisher : publishers) {
                publisher.run(100);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            List<List<Row>> runs = new ArrayList<>();
            for (Publisher ignored : publishers) {
                runs.add(new ArrayList<>());
            }
            for (int repetition = 0; repetition < REPETITIONS; repetition++) {
                for (int i = 0; i < publishers.length; i++) {
                    runs.get(i).add(publishers[i].run(n));
                }
            }
            runs.forEach(repetitions -> rows.add(median(repetitions)));
        }
        print(rows);
    }

    private static void print(List<Row> rows) {
        System.out.println("| publisher | pages | first publish: calls | ms | unchanged: calls | ms"
                + " | one page changed: calls | ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %d | %.0f | %d | %.0f |%n", row.who(), row.pages(),
                    row.calls()[0], row.millis()[0], row.calls()[1], row.millis()[1], row.calls()[2],
                    row.millis()[2]);
        }
    }

    /** Each column's median over the repetitions; the calls must be the same in every repetition. */
    private static Row median(List<Row> repetitions) {
        Row first = repetitions.get(0);
        double[] millis = new double[3];
        for (int round = 0; round < 3; round++) {
            int r = round;
            if (repetitions.stream().anyMatch(row -> row.calls()[r] != first.calls()[r])) {
                throw new IllegalStateException("calls differ between repetitions: " + first.who());
            }
            double[] sorted = repetitions.stream().mapToDouble(row -> row.millis()[r]).sorted().toArray();
            millis[round] = sorted[sorted.length / 2];
        }
        return new Row(first.who(), first.pages(), first.calls(), millis);
    }

    private static List<PostMortem> documents(int n) {
        List<PostMortem> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(PublishCases.doc(100 + i));
        }
        return documents;
    }

    // ----- this project ---------------------------------------------------------------------------------------

    /** Ours over HTTP, or (not {@code http}) against the same fake in process: no socket, no HTTP client. */
    private static Row ours(int n, boolean http) throws IOException {
        long[] calls = new long[3];
        double[] millis = new double[3];
        try (FakeConfluence fake = http ? FakeConfluence.start(SPACE) : FakeConfluence.inProcess(SPACE)) {
            List<PostMortem> documents = documents(n);
            for (int round = 0; round < 3; round++) {
                if (round == 2) {
                    documents.get(n / 2).setSummary("Something else failed, found later.");
                }
                fake.resetCalls();
                long start = System.nanoTime();
                ConfluencePublisher publisher = PublishCases.publisher(http
                        ? new HttpClientTransport(fake.baseUrl(), FakeConfluence.TOKEN) : fake.transport());
                publisher.lookAhead(documents, PublishCases.TARGET);
                for (PostMortem document : documents) {
                    PublishOutcome outcome = publisher.publish(document, PublishCases.TARGET);
                    if (!outcome.result().isSuccess()) {
                        throw new IllegalStateException(outcome.reason());
                    }
                    document.setPage(outcome.page());  // as the CLI's state file keeps it
                }
                millis[round] = (System.nanoTime() - start) / 1e6;
                calls[round] = fake.calls().size();
                check(fake, documents);
            }
        }
        return new Row(http ? "postmortems" : "postmortems, fake in process (no HTTP)", n, calls, millis);
    }

    // ----- the peer -------------------------------------------------------------------------------------------

    private static Row peer(int n) throws IOException {
        long[] calls = new long[3];
        double[] millis = new double[3];
        Path dir = Files.createTempDirectory("peer-pages");
        try (FakeConfluence fake = FakeConfluence.start(SPACE)) {
            String root = fake.createPage(SPACE, "Post-mortems", null, "<p>root</p>");
            List<PostMortem> documents = documents(n);
            for (int round = 0; round < 3; round++) {
                if (round == 2) {
                    documents.get(n / 2).setSummary("Something else failed, found later.");
                }
                ConfluencePublisherMetadata metadata = new ConfluencePublisherMetadata();
                metadata.setSpaceKey(SPACE);
                metadata.setAncestorId(root);
                List<ConfluencePageMetadata> pages = new ArrayList<>();
                for (PostMortem document : documents) {
                    pages.add(pageFile(dir, document));
                }
                metadata.setPages(pages);
                fake.resetCalls();
                long start = System.nanoTime();
                ConfluenceRestClient client = new ConfluenceRestClient(fake.baseUrl(), false, false, null, null,
                        null, FakeConfluence.TOKEN);
                new org.sahli.asciidoc.confluence.publisher.client.ConfluencePublisher(metadata,
                        PublishingStrategy.APPEND_TO_ANCESTOR, OrphanRemovalStrategy.KEEP_ORPHANS, client, null,
                        "Updated by the peer", false).publish();
                millis[round] = (System.nanoTime() - start) / 1e6;
                calls[round] = fake.calls().size();
                if (Boolean.getBoolean("trace") && n == 1) {
                    fake.calls().forEach(c -> System.out.println(c.method() + " " + c.target()));
                }
                check(fake, documents);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
        return new Row("asciidoc-confluence-publisher-client 0.22.0", n, calls, millis);
    }

    /** Both must have published the same thing: each page once, with the current body and both labels. */
    private static void check(FakeConfluence fake, List<PostMortem> documents) {
        for (PostMortem document : documents) {
            RenderedPage rendered = PublishCases.RENDERER.render(document, PublishCases.TARGET);
            List<FakeConfluence.PageView> pages = fake.pagesTitled(SPACE, rendered.title());
            if (pages.size() != 1 || !pages.get(0).body().equals(rendered.storageBody())
                    || !pages.get(0).labels().containsAll(rendered.labels())) {
                throw new IllegalStateException("not published as rendered: " + rendered.title() + " " + pages);
            }
        }
    }

    /** The same title, storage body and labels as ours renders, as the peer reads them: a file and metadata. */
    private static ConfluencePageMetadata pageFile(Path dir, PostMortem document) throws IOException {
        PublishTarget flat = new PublishTarget(SPACE, null, TreeLayout.YEAR, null, null, null);
        RenderedPage rendered = PublishCases.RENDERER.render(document, flat);
        Path file = dir.resolve(document.getIssueKey() + ".xhtml");
        Files.writeString(file, rendered.storageBody(), StandardCharsets.UTF_8);
        ConfluencePageMetadata page = new ConfluencePageMetadata();
        page.setTitle(rendered.title());
        page.setContentFilePath(file.toString());
        List<String> labels = new ArrayList<>(List.of("postmortem"));
        rendered.labels().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
        page.setLabels(labels);
        return page;
    }
}
