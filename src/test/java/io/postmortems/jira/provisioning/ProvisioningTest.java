package io.postmortems.jira.provisioning;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.testing.FakeClusterLockService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ProvisioningTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    AvatarManager avatars;
    /** What the app uploaded as the icon, read while Jira "stores" it. */
    private final List<byte[]> uploaded = new CopyOnWriteArrayList<>();
    private final List<String> owners = new CopyOnWriteArrayList<>();

    /**
     * A Jira that, like a real one, happily creates duplicates: the app must not ask it to. Slow on purpose. A plain
     * class: the app sees it through Mockito mocks that delegate to it ({@link #issueTypes}, {@link #linkTypes}),
     * because the real managers declare many more methods than the ones the app calls.
     */
    static final class FakeJira {
        final IssueTypeManager issueTypes = mock(IssueTypeManager.class, delegatesTo(this));
        final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class, delegatesTo(this));
        final List<IssueType> types = new CopyOnWriteArrayList<>();
        final List<IssueLinkType> links = new CopyOnWriteArrayList<>();
        final List<Long> avatarsUsed = new CopyOnWriteArrayList<>();

        FakeJira() {
            types.add(type("Bug", false, 10303L));
            types.add(type("Sub-task", true, 10316L));
        }

        /** The members of IssueType the app reads. */
        record FakeIssueType(String getId, String getName, boolean isSubTask, Avatar getAvatar) {
        }

        /** The member of IssueLinkType the app reads, and the id Jira gives it. */
        record FakeIssueLinkType(Long getId, String getName) {
        }

        static IssueType type(String name, boolean subTask, Long avatarId) {
            return mock(IssueType.class, delegatesTo(new FakeIssueType(name, name, subTask, avatar(avatarId))));
        }

        private static void pause() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public Collection<IssueType> getIssueTypes() {
            return new ArrayList<>(types);
        }

        public void updateIssueType(IssueType issueType, String name, String description, Long avatarId) {
            assertTrue("avatarId must not be null", avatarId != null);
            types.replaceAll(t -> t.getId().equals(issueType.getId()) ? type(name, t.isSubTask(), avatarId) : t);
        }

        Long avatarOf(String name) {
            return types.stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow().getAvatar().getId();
        }

        public IssueType createIssueType(String name, String description, Long avatarId) {
            pause();
            avatarsUsed.add(avatarId);
            IssueType t = type(name, false, avatarId);
            types.add(t);
            return t;
        }

        public IssueType createSubTaskIssueType(String name, String description, Long avatarId) {
            pause();
            avatarsUsed.add(avatarId);
            IssueType t = type(name, true, avatarId);
            types.add(t);
            return t;
        }

        public void createIssueLinkType(String name, String outward, String inward, String style) {
            pause();
            boolean incident = Provisioning.INCIDENT_LINK_TYPE.equals(name);
            assertEquals(incident ? Provisioning.INCIDENT_LINK_OUTWARD : Provisioning.LINK_OUTWARD, outward);
            assertEquals(incident ? Provisioning.INCIDENT_LINK_INWARD : Provisioning.LINK_INWARD, inward);
            long id = 10_000L + links.size();
            links.add(mock(IssueLinkType.class, delegatesTo(new FakeIssueLinkType(id, name))));
        }

        public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
            return links.stream().filter(l -> l.getName().equals(name)).toList();
        }

        long count(String name) {
            return types.stream().filter(t -> t.getName().equals(name)).count();
        }
    }

    /** Jira's Avatar as the app reads it: its id. */
    record FakeAvatar(Long getId) {
    }

    static Avatar avatar(Long id) {
        return mock(Avatar.class, delegatesTo(new FakeAvatar(id)));
    }

    private final FakeJira jira = new FakeJira();
    private final ClusterLockService lockService = FakeClusterLockService.inMemory();

    @Before
    public void jiraStoresIcons() throws IOException {
        when(avatars.create(anyString(), anyString(), any(), any(), any(), isNull())).thenAnswer(call -> {
            try (InputStream in = call.getArgument(4)) {
                uploaded.add(in.readAllBytes());
            }
            owners.add(((IconOwningObjectId) call.getArgument(3)).getId());
            return avatar(20_000L);
        });
    }

    private Provisioning node() {
        return new Provisioning(jira.issueTypes, jira.linkTypes, avatars, new ClusterLocks(lockService));
    }

    @Test
    public void ensure_shouldCreateBothTypesAndTheLinkTypeWithExistingIcons() throws Exception {
        List<String> created = node().ensure();
        assertEquals(List.of("issue type Post-mortem", "icon of Post-mortem", "sub-task type Countermeasure",
                "issue link type Countermeasure", "issue link type Post-mortem"), created);
        assertEquals(1, jira.count("Post-mortem"));
        assertTrue(jira.types.stream().anyMatch(t -> t.getName().equals("Countermeasure") && t.isSubTask()));
        assertEquals("Countermeasure and Post-mortem link types", 2, jira.links.size());
        assertEquals(List.of(10303L, 10316L), jira.avatarsUsed);
    }

    @Test
    public void ensure_shouldGiveANewPostMortemTypeTheAppsOwnIcon() throws Exception {
        node().ensure();
        assertEquals(Long.valueOf(20_000L), jira.avatarOf("Post-mortem"));
        assertEquals(Long.valueOf(10316L), jira.avatarOf("Countermeasure"));
        assertEquals("the avatar belongs to the new type", List.of("Post-mortem"), owners);
        verify(avatars).create(eq("postmortem-issuetype.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE),
                any(), any(), isNull());
        byte[] png = uploaded.get(0);
        assertTrue(png.length > 100);
        assertTrue("a PNG image", Arrays.equals(Arrays.copyOf(png, 4), new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    public void ensure_shouldKeepTheBorrowedIconWhenJiraRefusesTheUpload() throws Exception {
        doThrow(new IOException("avatar directory not writable")).when(avatars)
                .create(anyString(), anyString(), any(), any(), any(), isNull());
        List<String> created = node().ensure();
        assertEquals("both types and both link types, no icon", 4, created.size());
        assertFalse(created.contains("icon of Post-mortem"));
        assertEquals(Long.valueOf(10303L), jira.avatarOf("Post-mortem"));
    }

    @Test
    public void ensure_shouldLeaveTheIconOfAnExistingTypeAlone() throws Exception {
        jira.types.add(FakeJira.type("Post-mortem", false, 777L));
        node().ensure();
        assertEquals(Long.valueOf(777L), jira.avatarOf("Post-mortem"));
        verify(avatars, never()).create(anyString(), anyString(), any(), any(), any(), any());
    }

    @Test
    public void ensure_shouldDoNothingTheSecondTime() throws Exception {
        node().ensure();
        assertEquals(List.of(), node().ensure());
        assertEquals(1, jira.count("Post-mortem"));
        assertEquals(1, jira.count("Countermeasure"));
        assertEquals("Countermeasure and Post-mortem link types", 2, jira.links.size());
    }

    @Test
    public void ensure_shouldFindATypeWhateverItsCase() throws Exception {
        jira.types.add(FakeJira.type("POST-MORTEM", false, 1L));
        List<String> created = node().ensure();
        assertEquals("the sub-task type and both link types", 3, created.size());
        assertEquals(0, jira.count("Post-mortem"));
    }

    @Test
    public void ensure_shouldCreateEachItemOnceWhenTwoNodesRunAtOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Provisioning node = node();
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    node.ensure();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), errors);
        assertEquals(1, jira.count("Post-mortem"));
        assertEquals(1, jira.count("Countermeasure"));
        assertEquals("Countermeasure and Post-mortem link types", 2, jira.links.size());
    }
}
