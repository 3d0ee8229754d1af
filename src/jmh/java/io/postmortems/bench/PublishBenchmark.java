package io.postmortems.bench;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.PageRenderer;
import io.postmortems.testing.PublishCases;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Measurement;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Publishing cost against the tests' fake Confluence answering in process: time per publish and REST calls per publish (secondary
 * results {@code restCalls} / {@code publishes}) for a first
 * publish (root, group and page created), a changed re-publish, a re-publish whose severity changed (one label
 * added, the old one removed), an unchanged re-publish, and a bulk run of 100 post-mortems spread over twelve
 * months in one publisher (ancestors cached).
 *
 * <p>{@code mvn -B -ntp -Pbench -DskipTests package && java -jar target/postmortems-benchmarks.jar Publish -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class PublishBenchmark {
    static final Clock CLOCK = PublishCases.CLOCK;
    static final PublishTarget TARGET = PublishCases.TARGET;
    static final PageRenderer RENDERER = PublishCases.RENDERER;

    static RetryPolicy noWaitRetry() {
        return PublishCases.noWaitRetry();
    }

    /** The tests' fake Confluence, answering in process (no socket), with the benchmark's space. */
    static ConfluenceTransport confluence() {
        return FakeConfluence.inProcess(TARGET.spaceKey()).transport();
    }

    static PostMortem doc(int n) {
        return PublishCases.doc(n);
    }

    /** REST calls and publishes, summed over the measured iterations; restCalls / publishes = calls per publish. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Calls {
        public long restCalls;
        public long publishes;

        @Setup(Level.Iteration)
        public void reset() {
            restCalls = 0;
            publishes = 0;
        }

        void add(PublishOutcome outcome) {
            if (!outcome.result().isSuccess()) {
                throw new IllegalStateException(outcome.reason());
            }
            restCalls += outcome.restCalls();
            publishes++;
        }
    }

    @State(Scope.Thread)
    public static class Fresh {
        ConfluencePublisher publisher;
        PostMortem document = doc(1);

        @Setup(Level.Invocation)
        public void setUp() {
            publisher = new ConfluencePublisher(confluence(), RENDERER, noWaitRetry(), CLOCK);
        }
    }

    @State(Scope.Thread)
    public static class Published {
        ConfluenceTransport confluence;
        PostMortem stored;
        PostMortem changed;
        int round;

        @Setup(Level.Iteration)
        public void setUp() {
            confluence = confluence();
            PostMortem d = doc(2);
            PublishOutcome first = new ConfluencePublisher(confluence, RENDERER, noWaitRetry(), CLOCK)
                    .publish(d, TARGET);
            stored = doc(2);
            stored.setPage(first.page());
            changed = doc(2);
            changed.setPage(first.page());
        }

        /** Each call a new summary, so the content always differs from what was written last. */
        PostMortem nextChange() {
            changed.setSummary("Revision " + (++round));
            return changed;
        }

        /** Each call a new summary and the other severity, so one label comes and one goes. */
        PostMortem nextSeverityChange() {
            changed.setSeverity(round % 2 == 0 ? "SEV1" : "SEV3");
            return nextChange();
        }
    }

    @Benchmark
    public PublishOutcome firstPublish(Fresh state, Calls calls) {
        PublishOutcome outcome = state.publisher.publish(state.document, TARGET);
        calls.add(outcome);
        return outcome;
    }

    @Benchmark
    public PublishOutcome changedRepublish(Published state, Calls calls) {
        PublishOutcome outcome = new ConfluencePublisher(state.confluence, RENDERER, noWaitRetry(), CLOCK)
                .publish(state.nextChange(), TARGET);
        calls.add(outcome);
        return outcome;
    }

    @Benchmark
    public PublishOutcome severityChangedRepublish(Published state, Calls calls) {
        PublishOutcome outcome = new ConfluencePublisher(state.confluence, RENDERER, noWaitRetry(), CLOCK)
                .publish(state.nextSeverityChange(), TARGET);
        calls.add(outcome);
        return outcome;
    }

    @Benchmark
    public PublishOutcome unchangedRepublish(Published state, Calls calls) {
        PublishOutcome outcome = new ConfluencePublisher(state.confluence, RENDERER, noWaitRetry(), CLOCK)
                .publish(state.stored, TARGET);
        calls.add(outcome);
        return outcome;
    }

    /**
     * One run publishing 100 new post-mortems, announced with {@code lookAhead}; time is per run of 100, calls per
     * publish are averaged over the publishes (the one look-ahead search is not in any outcome's count:
     * {@code PublishCallBudgetTest} holds the run's total, 315).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int bulk100(Calls calls) {
        ConfluencePublisher publisher = new ConfluencePublisher(confluence(), RENDERER, noWaitRetry(),
                CLOCK);
        List<PostMortem> documents = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            documents.add(doc(100 + i));
        }
        publisher.lookAhead(documents, TARGET);
        int pages = 0;
        for (PostMortem document : documents) {
            PublishOutcome outcome = publisher.publish(document, TARGET);
            calls.add(outcome);
            pages += outcome.result() == PublishOutcome.Result.PUBLISHED ? 1 : 0;
        }
        return pages;
    }
}
