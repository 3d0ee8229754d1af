package io.postmortems.bench;

import io.postmortems.publishing.fake.FakeConfluence;

import java.io.IOException;

/**
 * The tests' {@link FakeConfluence} as a process of its own, for timing the command line's {@code publish} against
 * it (README, "Benchmarks"): prints the base URL and the token, serves until its standard input closes, then prints
 * how many calls it answered.
 *
 * <pre>java -cp target/postmortems-benchmarks.jar io.postmortems.bench.FakeConfluenceServer OPS</pre>
 */
public final class FakeConfluenceServer {
    private FakeConfluenceServer() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeConfluence fake = FakeConfluence.start(args.length == 0 ? new String[] {"OPS"} : args)) {
            System.out.println(fake.baseUrl() + " " + FakeConfluence.TOKEN);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until standard input closes
            }
            System.out.println(fake.calls().size() + " calls");
        }
    }
}
