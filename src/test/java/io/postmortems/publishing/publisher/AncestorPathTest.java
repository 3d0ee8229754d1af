package io.postmortems.publishing.publisher;

import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.fake.FakeConfluence;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

/** The ancestor cache against the fake Confluence: found or created once per run, forgotten when gone. */
public class AncestorPathTest {
    private static final PublishTarget TARGET = new PublishTarget("OPS", null, TreeLayout.YEAR, null, null,
            ZoneId.of("Europe/Berlin"));
    private static final List<String> TITLES = List.of("Post-mortems", "Post-mortems 2026");

    private final FakeConfluence fake = FakeConfluence.inProcess("OPS");
    private final AncestorPath path = new AncestorPath();

    private ConfluenceClient client() {
        return new ConfluenceClient(fake.transport(), new RetryPolicy(1, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, d -> { }, Clock.systemUTC(), new Random(1)));
    }

    @Test
    public void ensure_shouldCreateTheAncestorsOnceAndRememberThem() {
        String parent = path.ensure(client(), TARGET, TITLES);

        assertEquals(TITLES, fake.pathOf(parent));
        fake.resetCalls();
        assertEquals(parent, path.ensure(client(), TARGET, TITLES));
        assertEquals("remembered: no call at all", 0, fake.calls().size());
    }

    @Test
    public void ensure_shouldAdoptAnAncestorThatExistsByTitle() {
        String root = fake.createPage("OPS", "Post-mortems", null, "<p>by hand</p>");

        String parent = path.ensure(client(), TARGET, TITLES);

        assertEquals(root, fake.page(parent).orElseThrow().parentId());
        assertEquals(1, fake.pagesTitled("OPS", "Post-mortems").size());
        assertEquals("only the group page is created", 1, fake.count("POST", "^/rest/api/content$"));
    }

    @Test
    public void ensure_shouldKeepSpacesApart() {
        FakeConfluence two = FakeConfluence.inProcess("OPS", "SEC");
        ConfluenceClient client = new ConfluenceClient(two.transport(), new RetryPolicy(1, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, d -> { }, Clock.systemUTC(), new Random(1)));
        PublishTarget sec = new PublishTarget("SEC", null, TreeLayout.YEAR, null, null, ZoneId.of("UTC"));

        String ops = path.ensure(client, TARGET, TITLES);
        String other = path.ensure(client, sec, TITLES);

        assertNotEquals(ops, other);
        assertEquals("SEC", two.page(other).orElseThrow().space());
    }

    @Test
    public void forget_shouldLookTheAncestorsUpAgainAfterOneWasDeleted() {
        String parent = path.ensure(client(), TARGET, TITLES);
        fake.trash(parent);

        path.forget(TARGET, TITLES);
        String again = path.ensure(client(), TARGET, TITLES);

        assertNotEquals(parent, again);
        assertEquals(TITLES, fake.pathOf(again));
    }

    @Test
    public void ensure_shouldCreateEachAncestorOnceUnderConcurrentRuns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(() -> path.ensure(client(), TARGET, TITLES));
            }
            List<String> parents = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(runs)) {
                parents.add(f.get());
            }

            assertEquals(1, parents.stream().distinct().count());
            assertEquals(1, fake.pagesTitled("OPS", "Post-mortems").size());
            assertEquals(2, fake.count("POST", "^/rest/api/content$"));
        } finally {
            pool.shutdownNow();
        }
    }
}
