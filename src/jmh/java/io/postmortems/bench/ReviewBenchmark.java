package io.postmortems.bench;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Review cost of a post-mortem whose summary is {@code sizeMb} of prose with blame words in it: linear time is the
 * claim of BlamelessLanguageRules. Also reads a document of that size. Run from the repository root:
 * {@code mvn -B -ntp -Pbench -DskipTests package && java -jar target/postmortems-benchmarks.jar Review -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewBenchmark {
    @Param({"1", "10"})
    public int sizeMb;

    private PostMortemReviewer reviewer;
    private PostMortemCodec codec;
    private PostMortem big;
    private String bigJson;
    private PostMortem example;

    @Setup
    public void setUp() throws Exception {
        reviewer = new PostMortemReviewer(ReviewConfig.defaults());
        codec = new PostMortemCodec();
        example = codec.read("sev1.json", Files.readString(Path.of("examples/sev1-payment-gateway-outage.json"))).get();
        String sentence = "The on-call engineer would have seen the alert, but nobody is to blame for the "
                + "default fault tolerance settings of the faulty disk. ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < sizeMb * 1024 * 1024) {
            sb.append(sentence);
        }
        big = codec.readStored(codec.writeJson(example)).get();
        big.setSummary(sb.toString());
        big.getRootCause().setDescription(sb.substring(0, Math.min(sb.length(), 1024 * 1024)));
        bigJson = codec.writeJson(big);
    }

    @Benchmark
    public ReviewReport reviewExample() {
        return reviewer.review(example);
    }

    @Benchmark
    public ReviewReport reviewLargeProse() {
        return reviewer.review(big);
    }

    @Benchmark
    public Object readLargeDocument() {
        return codec.readStored(bigJson);
    }
}
