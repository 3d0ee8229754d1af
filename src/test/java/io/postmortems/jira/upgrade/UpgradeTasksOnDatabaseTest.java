package io.postmortems.jira.upgrade;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The upgrade tasks that touch the app's tables, on HSQLDB, PostgreSQL and MariaDB. */
@RunWith(Parameterized.class)
public class UpgradeTasksOnDatabaseTest {
    @Parameterized.Parameters(name = "{0}")
    public static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final AoDatabase db;

    public UpgradeTasksOnDatabaseTest(TestDatabase database) {
        db = new AoDatabase(database);
    }

    @Test
    public void backfill_shouldWriteTheMirrorOfEveryStoredDocumentOnceAndAgainWithoutChange() throws Exception {
        Map<Long, String> mirrors = new ConcurrentHashMap<>();
        boolean[] recording = {false};
        AoPostMortemStore store = new AoPostMortemStore(db.activeObjects(), (issueId, key, json) -> {
            if (recording[0]) {
                mirrors.put(issueId, json);
            }
        }, new PostMortemCodec(), Clock.systemUTC(), new MirrorFailures());
        for (long issueId : new long[]{31L, 32L, 33L}) {
            PostMortem pm = new PostMortem();
            pm.setTitle("Outage \u00e9 \ud83d\udd25 " + issueId);
            pm.setSeverity("SEV2");
            store.save(issueId, pm, 0);
        }
        store.save(32L, store.load(32L).orElseThrow().document(), 1);
        recording[0] = true;

        assertEquals(List.of(), List.copyOf(new Upgrade002BackfillMirror(store).doUpgrade()));
        Map<Long, String> first = Map.copyOf(mirrors);
        assertEquals(List.of(), List.copyOf(new Upgrade002BackfillMirror(store).doUpgrade()));

        assertEquals(Set.of(31L, 32L, 33L), first.keySet());
        assertTrue(first.get(33L), first.get(33L).contains("SEV2"));
        assertEquals("running it again changes nothing", first, mirrors);
    }

    @Test
    public void followThroughBackfill_shouldIndexPendingFollowThroughSurviveARefusedItemAndChangeNothingAgain()
            throws Exception {
        Map<Long, String> mirrors = new ConcurrentHashMap<>();
        boolean[] recording = {false};
        MirrorFailures failures = new MirrorFailures();
        AoPostMortemStore store = new AoPostMortemStore(db.activeObjects(), (issueId, key, json) -> {
            if (!recording[0]) {
                return;
            }
            if (issueId == 42L) {
                throw new IllegalStateException("Jira refused the property of issue 42");
            }
            mirrors.put(issueId, json);
        }, new PostMortemCodec(), Clock.systemUTC(), failures);
        for (long issueId : new long[]{41L, 42L, 43L}) {
            PostMortem pm = new PostMortem();
            pm.setTitle("Outage " + issueId);
            pm.setSeverity("SEV2");
            io.postmortems.core.model.Countermeasure done = new io.postmortems.core.model.Countermeasure("c1",
                    "Alert on it", "ann", null);
            done.setIssueKey("OPS-" + issueId);
            done.setStatus(io.postmortems.core.model.CountermeasureStatus.DONE);
            done.setDoneOn(java.time.LocalDate.of(2026, 10, 1));
            pm.setCountermeasures(new java.util.ArrayList<>(List.of(done)));
            store.save(issueId, pm, 0);
        }
        recording[0] = true;

        assertEquals(List.of(), List.copyOf(new Upgrade003FollowThroughMirror(store).doUpgrade()));
        Map<Long, String> first = Map.copyOf(mirrors);
        assertEquals("the refused one does not stop the others", Set.of(41L, 43L), first.keySet());
        assertTrue(first.get(43L), first.get(43L).contains("\"followThroughOpen\":1"));
        assertEquals("the refused one is listed for the administrators", List.of(42L),
                failures.list().stream().map(MirrorFailures.Failure::issueId).toList());

        assertEquals(List.of(), List.copyOf(new Upgrade003FollowThroughMirror(store).doUpgrade()));
        assertEquals("running it again changes nothing", first, mirrors);
    }
}
