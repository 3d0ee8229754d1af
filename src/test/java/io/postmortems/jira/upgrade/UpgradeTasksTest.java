package io.postmortems.jira.upgrade;

import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.provisioning.Provisioning;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class UpgradeTasksTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    Provisioning provisioning;
    @Mock
    AoPostMortemStore store;

    private List<PluginUpgradeTask> tasks() {
        return List.of(new Upgrade002BackfillMirror(store), new Upgrade003FollowThroughMirror(store),
                new Upgrade001CreateTypes(provisioning));
    }

    @Test
    public void tasks_shouldHaveDistinctIncreasingBuildNumbersStartingAtOne() {
        List<Integer> builds = tasks().stream().sorted(Comparator.comparingInt(PluginUpgradeTask::getBuildNumber))
                .map(PluginUpgradeTask::getBuildNumber).toList();
        assertEquals(List.of(1, 2, 3), builds);
    }

    @Test
    public void tasks_shouldNameThePluginKeyOfThePom() {
        for (PluginUpgradeTask task : tasks()) {
            assertEquals(System.getProperty("atlassian.plugin.key"), task.getPluginKey());
            assertTrue(task.getShortDescription().length() < 50);
        }
    }

    @Test
    public void descriptor_shouldDeclareABuildNumberCoveringEveryTask() throws Exception {
        String descriptor = Files.readString(Path.of("target", "classes", "atlassian-plugin.xml"));
        Matcher m = Pattern.compile("<param name=\"build\">(\\d+)</param>").matcher(descriptor);
        assertTrue("plugin-info declares <param name=\"build\">", m.find());
        int max = tasks().stream().mapToInt(PluginUpgradeTask::getBuildNumber).max().orElseThrow();
        assertEquals(max, Integer.parseInt(m.group(1)));
    }

    @Test
    public void createTypes_shouldProvisionEachRun() throws Exception {
        when(provisioning.ensure()).thenReturn(List.of("issue type Post-mortem")).thenReturn(List.of());
        assertEquals(List.of(), List.copyOf(new Upgrade001CreateTypes(provisioning).doUpgrade()));
        assertEquals(List.of(), List.copyOf(new Upgrade001CreateTypes(provisioning).doUpgrade()));
        verify(provisioning, times(2)).ensure();
    }

    @Test
    public void backfill_shouldRefreshTheMirrorOfEveryStoredDocument() {
        long[] ids = {1L, 2L, 3L};
        when(store.issueIds()).thenReturn(ids);
        when(store.refreshMirrors(ids)).thenReturn(new AoPostMortemStore.MirrorRefresh(2, 1, 0));
        assertEquals(List.of(), List.copyOf(new Upgrade002BackfillMirror(store).doUpgrade()));
        verify(store).refreshMirrors(ids);
    }
}
