package io.postmortems.jira.store;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.TestDatabase;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The store on HSQLDB, PostgreSQL and MariaDB ({@link TestDatabase}), tables named as Jira names them. */
@RunWith(Parameterized.class)
public class AoPostMortemStoreTest {
    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;
    private EntityManager entityManager;
    private AoPostMortemStore store;
    private final Map<Long, String> properties = new ConcurrentHashMap<>();

    public AoPostMortemStoreTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    @Before
    public void setUp() {
        entityManager = db.entityManager();
        store = new AoPostMortemStore(FakeActiveObjects.over(entityManager),
                (issueId, key, json) -> properties.put(issueId, key + "=" + json), new PostMortemCodec(),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static PostMortem document(String title) {
        PostMortem pm = new PostMortem();
        pm.setTitle(title);
        pm.setSeverity("SEV2");
        return pm;
    }

    @Test
    public void load_shouldBeEmptyForAnIssueWithoutDocument() {
        assertFalse(store.load(10L).isPresent());
    }

    @Test
    public void save_shouldStartAtRevisionOneAndRoundTrip() throws Exception {
        var saved = store.save(10L, document("Checkout down"), 0);
        assertEquals(1, saved.revision());
        var loaded = store.load(10L).orElseThrow();
        assertEquals("Checkout down", loaded.document().getTitle());
        assertEquals(1, loaded.revision());
    }

    @Test
    public void save_shouldStoreCompactJson() throws Exception {
        store.save(10L, document("Checkout down"), 0);
        PostMortemEntity[] rows = entityManager.find(PostMortemEntity.class, Query.select().where("ISSUE_ID = ?", 10L));
        assertFalse(rows[0].getJson(), rows[0].getJson().contains("\n"));
        assertTrue(rows[0].getJson(), rows[0].getJson().contains("\"title\":\"Checkout down\""));
    }

    @Test
    public void save_shouldNeverWriteARowItCouldNotReadBack() throws Exception {
        store.save(10L, document("kept"), 0);
        PostMortem huge = document("huge");
        for (int i = 0; i < 25; i++) {
            huge.getLessonsLearned().add("z".repeat(100_000));
        }
        assertThrows(IllegalArgumentException.class, () -> store.save(10L, huge, 1));
        assertEquals("kept", store.load(10L).orElseThrow().document().getTitle());
    }

    @Test
    public void save_shouldKeepOnlyTheLatestRevisionRow() throws Exception {
        store.save(10L, document("a"), 0);
        store.save(10L, document("b"), 1);
        store.save(10L, document("c"), 2);
        assertEquals(1, entityManager.count(PostMortemEntity.class, Query.select().where("ISSUE_ID = ?", 10L)));
        assertEquals("c", store.load(10L).orElseThrow().document().getTitle());
        assertEquals(3, store.load(10L).orElseThrow().revision());
    }

    @Test
    public void save_shouldRefuseAStaleRevision() throws Exception {
        store.save(10L, document("a"), 0);
        store.save(10L, document("b"), 1);
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class,
                () -> store.save(10L, document("stale"), 1));
        assertEquals(2, e.currentRevision());
        assertEquals("b", store.load(10L).orElseThrow().document().getTitle());
    }

    @Test
    public void save_shouldKeepDocumentsOfIssuesApart() throws Exception {
        store.save(10L, document("ten"), 0);
        store.save(11L, document("eleven"), 0);
        assertEquals("ten", store.load(10L).orElseThrow().document().getTitle());
        assertEquals("eleven", store.load(11L).orElseThrow().document().getTitle());
    }

    @Test
    public void save_shouldRoundTripAOneMegabyteDocument() throws Exception {
        PostMortem big = document("big");
        StringBuilder text = new StringBuilder();
        while (text.length() < 1024 * 1024) {
            text.append("Latency rose on the checkout service while the cache warmed up. \u00e9\u4e2d ");
        }
        big.setSummary(text.toString());
        store.save(10L, big, 0);
        PostMortem loaded = store.load(10L).orElseThrow().document();
        assertEquals(text.toString(), loaded.getSummary());
        assertTrue(loaded.getSummary().length() >= 1024 * 1024);
    }

    /** Text with 2-, 3- and 4-byte UTF-8 characters (emoji need MySQL's utf8mb4; utf8mb3 refuses them). */
    private static final String WORLD_TEXT = "Caf\u00e9 d\u00e9j\u00e0 vu, \u4e2d\u6587\u6545\u969c, "
            + "\u0417\u0430\u043f\u0440\u043e\u0441 \ud83d\udd25\ud83d\ude92 \ud834\udd1e z\u0301 ";

    @Test
    public void save_shouldRoundTripTextInEveryScriptIncludingEmoji() throws Exception {
        PostMortem pm = document("\ud83d\udd25 Checkout brannte \u2014 \u4e2d\u6587");
        pm.setSummary(WORLD_TEXT);
        pm.getServices().add("\u30b5\u30fc\u30d3\u30b9 \ud83d\udce6");
        store.save(10L, pm, 0);
        PostMortem loaded = store.load(10L).orElseThrow().document();
        assertEquals(pm.getTitle(), loaded.getTitle());
        assertEquals(WORLD_TEXT, loaded.getSummary());
        assertEquals(pm.getServices(), loaded.getServices());
    }

    @Test
    public void save_shouldRoundTripTheLargestDocumentTheAppAccepts() throws Exception {
        PostMortem big = document("largest \ud83d\udd25");
        big.setSummary("");
        int overhead = new PostMortemCodec().writeJson(big).length();
        // the largest document the app stores (every write path refuses a larger one; the codec reads far more)
        int limit = io.postmortems.core.io.DocumentLimits.MAX_STORED_CHARS;
        StringBuilder text = new StringBuilder(limit);
        while (text.length() < limit - overhead - WORLD_TEXT.length()) {
            text.append(WORLD_TEXT);
        }
        big.setSummary(text.toString());
        String json = new PostMortemCodec().writeJson(big);
        assertTrue("within " + (limit - json.length()) + " chars of the limit",
                limit - json.length() <= WORLD_TEXT.length() && json.length() <= limit);

        store.save(10L, big, 0);
        String summary = store.load(10L).orElseThrow().document().getSummary();

        assertEquals(text.length(), summary.length());
        assertTrue("the text comes back unchanged", text.toString().equals(summary));
        System.out.printf("DB-FIGURE %s largest document: %d chars of JSON, %d bytes of UTF-8, round-tripped%n",
                db.database(), json.length(), json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    public void schema_shouldRefuseASecondRowWithTheSameRevisionKey() throws Exception {
        store.save(10L, document("a"), 0);
        Exception refused = assertThrows(Exception.class, () -> entityManager.create(PostMortemEntity.class,
                Map.of("ISSUE_ID", 10L, "REVISION", 1L, "REVISION_KEY", AoPostMortemStore.revisionKey(10L, 1),
                        "SCHEMA_VERSION", 1, "JSON", "{}", "SAVED_AT", 0L)));
        assertTrue(refused.toString(), refused instanceof java.sql.SQLException
                || refused.getCause() instanceof java.sql.SQLException);
        assertEquals("a", store.load(10L).orElseThrow().document().getTitle());
    }

    @Test
    public void save_shouldLetExactlyOneOfManyConcurrentSavesOfARevisionWin() throws Exception {
        int writers = 6;
        int rounds = 15;
        long issueId = 4343L;
        store.save(issueId, document("base"), 0);
        int wins = 0;
        int conflicts = 0;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            for (int round = 1; round <= rounds; round++) {
                long expected = round;
                CyclicBarrier start = new CyclicBarrier(writers);
                List<java.util.concurrent.Future<Object>> results = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    String title = "round " + round + " writer " + w;
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            return store.save(issueId, document(title), expected);
                        } catch (ConcurrentEditException e) {
                            return e;
                        }
                    }));
                }
                List<String> winners = new ArrayList<>();
                for (var result : results) {
                    Object r = result.get();
                    if (r instanceof PostMortemStore.StoredPostMortem won) {
                        winners.add(won.document().getTitle());
                    } else {
                        conflicts++;
                        assertEquals(round + 1, ((ConcurrentEditException) r).currentRevision());
                    }
                }
                assertEquals("round " + round + ": " + winners, 1, winners.size());
                wins++;
                var stored = store.load(issueId).orElseThrow();
                assertEquals(round + 1, stored.revision());
                assertEquals(winners.get(0), stored.document().getTitle());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(rounds * (writers - 1), conflicts);
        assertEquals(1, entityManager.count(PostMortemEntity.class, Query.select().where("ISSUE_ID = ?", issueId)));
        System.out.printf("DB-FIGURE %s concurrent saves: %d rounds of %d writers of one revision: %d won, %d refused"
                + " as concurrent edits%n", db.database(), rounds, writers, wins, conflicts);
    }

    @Test
    public void save_shouldWriteASmallMirrorPropertyEvenForAHugeDocument() throws Exception {
        PostMortem big = document("big");
        big.setSummary("x".repeat(90_000)); // as large as the store takes (DocumentLimits.MAX_STORED_CHARS)
        List<String> services = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            services.add("service-" + i + "-" + "s".repeat(250));
        }
        big.setServices(services);
        for (int i = 0; i < 3000; i++) {
            big.getCountermeasures().add(new Countermeasure("cm" + i, "Fix " + i, "alice", null));
        }
        store.save(10L, big, 0);
        String property = properties.get(10L);
        assertTrue(property, property.startsWith("postmortem={"));
        assertTrue("mirror is " + property.length() + " chars", property.length() < PostMortemMirror.MAX_BYTES);
        assertTrue(property, property.contains("\"countermeasures\":3000"));
    }

    @Test
    public void issueIds_shouldListEveryIssueWithADocumentOnce() throws Exception {
        store.save(12L, document("a"), 0);
        store.save(10L, document("b"), 0);
        store.save(10L, document("c"), 1);
        assertEquals(List.of(10L, 12L), java.util.Arrays.stream(store.issueIds()).boxed().toList());
    }

    @Test
    public void save_shouldLetExactlyOneOfTwoConcurrentSavesWin() throws Exception {
        long issueId = 4242L;
        store.save(issueId, document("base"), 0);
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch done = new CountDownLatch(2);
        List<Object> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String title : List.of("first", "second")) {
            new Thread(() -> {
                try {
                    start.await();
                    results.add(store.save(issueId, document(title), 1));
                } catch (ConcurrentEditException e) {
                    results.add(e);
                } catch (Exception e) {
                    results.add(new AssertionError("unexpected " + e, e));
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        long wins = results.stream().filter(r -> r instanceof PostMortemStore.StoredPostMortem).count();
        long conflicts = results.stream().filter(r -> r instanceof ConcurrentEditException).count();
        assertEquals(results.toString(), 1, wins);
        assertEquals(results.toString(), 1, conflicts);
        var stored = store.load(issueId).orElseThrow();
        assertEquals(2, stored.revision());
        String winner = ((PostMortemStore.StoredPostMortem) results.stream()
                .filter(r -> r instanceof PostMortemStore.StoredPostMortem).findFirst().orElseThrow())
                .document().getTitle();
        assertEquals(winner, stored.document().getTitle());
    }

    @Test
    public void save_shouldSucceedAndRecordTheFailureWhenTheMirrorIsRefused() throws Exception {
        MirrorFailures failures = new MirrorFailures();
        boolean[] refuse = {true};
        AoPostMortemStore refusing = new AoPostMortemStore(FakeActiveObjects.over(entityManager),
                (issueId, key, json) -> {
                    if (refuse[0]) {
                        throw new IllegalStateException("Jira refused issue property postmortem: too long");
                    }
                }, new PostMortemCodec(), Clock.systemUTC(), failures);
        var saved = refusing.save(20L, document("kept"), 0);
        assertEquals(1, saved.revision());
        assertEquals("kept", refusing.load(20L).orElseThrow().document().getTitle());
        assertTrue(failures.of(20L).orElseThrow().reason().contains("too long"));

        refuse[0] = false;
        refusing.save(20L, document("kept again"), 1);
        assertFalse("a later good write clears the record", failures.of(20L).isPresent());
    }

    @Test
    public void refreshMirrors_shouldWriteEachMirrorAndKeepGoingWhenOneIsRefused() throws Exception {
        MirrorFailures failures = new MirrorFailures();
        java.util.Set<Long> refused = new java.util.HashSet<>();
        AoPostMortemStore refusing = new AoPostMortemStore(FakeActiveObjects.over(entityManager),
                (issueId, key, json) -> {
                    if (refused.contains(issueId)) {
                        throw new IllegalStateException("Jira refused issue property postmortem of issue " + issueId);
                    }
                    properties.put(issueId, json);
                }, new PostMortemCodec(), Clock.systemUTC(), failures);
        refusing.save(10L, document("a"), 0);
        refusing.save(11L, document("b"), 0);
        refusing.save(12L, document("c"), 0);
        properties.clear();
        refused.add(11L);
        failures.failed(99L, "recorded before its post-mortem went away");

        var done = refusing.refreshMirrors(new long[]{10L, 11L, 12L, 99L});

        assertEquals(new AoPostMortemStore.MirrorRefresh(2, 1, 1), done);
        assertEquals(java.util.Set.of(10L, 12L), properties.keySet());
        assertEquals(List.of(11L), failures.list().stream().map(MirrorFailures.Failure::issueId).toList());
    }

    @Test
    public void repairFailedMirrors_shouldRewriteTheListedIssuesAndClearThem() throws Exception {
        MirrorFailures failures = new MirrorFailures();
        boolean[] refuse = {true};
        java.util.List<Long> writes = new java.util.ArrayList<>();
        AoPostMortemStore store = new AoPostMortemStore(FakeActiveObjects.over(entityManager),
                (issueId, key, json) -> {
                    if (refuse[0]) {
                        throw new IllegalStateException("index unavailable");
                    }
                    writes.add(issueId);
                }, new PostMortemCodec(), Clock.systemUTC(), failures);
        store.save(30L, document("x"), 0);
        store.save(31L, document("y"), 0);
        store.save(32L, document("z"), 0);
        assertEquals(3, failures.count());
        refuse[0] = false;
        store.save(32L, document("z2"), 1);
        writes.clear();

        var done = store.repairFailedMirrors();

        assertEquals(new AoPostMortemStore.MirrorRefresh(2, 0, 0), done);
        assertEquals("only the listed issues are rewritten, newest failure first", List.of(31L, 30L), writes);
        assertEquals(0, failures.count());
    }

    @Test
    public void refreshMirrors_shouldRecordADocumentThatCannotBeRead() throws Exception {
        MirrorFailures failures = new MirrorFailures();
        AoPostMortemStore store = new AoPostMortemStore(FakeActiveObjects.over(entityManager),
                (issueId, key, json) -> properties.put(issueId, json), new PostMortemCodec(), Clock.systemUTC(),
                failures);
        entityManager.create(PostMortemEntity.class, Map.of("ISSUE_ID", 40L, "REVISION", 1L,
                "REVISION_KEY", AoPostMortemStore.revisionKey(40L, 1), "SCHEMA_VERSION", 1, "JSON", "{not json",
                "SAVED_AT", 0L));

        var done = store.refreshMirrors(new long[]{40L});

        assertEquals(new AoPostMortemStore.MirrorRefresh(0, 1, 0), done);
        assertFalse(properties.containsKey(40L));
        assertTrue(failures.of(40L).orElseThrow().reason().contains("cannot be read"));
    }

    @Test
    public void mirror_shouldWriteDatesInTheFormJiraDocumentsForDateExtraction() {
        PostMortem pm = document("dates");
        pm.getTimes().setStarted(java.time.OffsetDateTime.parse("2026-03-01T12:15:42+02:00"));
        String json = new PostMortemMirror().toJson(pm);
        assertTrue(json, json.contains("\"started\":\"2026-03-01T10:15Z\""));
    }
}
