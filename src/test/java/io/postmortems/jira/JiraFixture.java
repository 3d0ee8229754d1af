package io.postmortems.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.publish.PublishGate;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Test helpers: a post-mortem issue, users with given Jira permissions, and an in-memory store with revisions. */
public final class JiraFixture {
    /** A publish gate that never blocks, for tests that do not publish. */
    public static final PublishGate NO_GATE = (document, settings) -> List.of();

    private JiraFixture() {
    }

    public enum Role {
        ANONYMOUS, NO_BROWSE, BROWSE_ONLY, EDIT, ADMIN
    }

    public static MutableIssue postMortemIssue(long id, String key, Project project) {
        return issue(id, key, project, "Post-mortem");
    }

    /** An issue of the named type, summary "Checkout outage". */
    public static MutableIssue issue(long id, String key, Project project, String typeName) {
        MutableIssue issue = mock(MutableIssue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(typeName);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getSummary()).thenReturn("Checkout outage");
        return issue;
    }

    public static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    public static IssueManager issueManager(MutableIssue issue) {
        IssueManager manager = mock(IssueManager.class);
        when(manager.getIssueObject(issue.getKey())).thenReturn(issue);
        return manager;
    }

    /** A user (null for anonymous) and permission managers granting what the role implies. */
    public static ApplicationUser grant(Role role, Issue issue, Project project, PermissionManager pm,
                                        GlobalPermissionManager gpm) {
        ApplicationUser user = null;
        if (role != Role.ANONYMOUS) {
            user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn("key-" + role.name().toLowerCase());
            when(user.getUsername()).thenReturn(role.name().toLowerCase());
        }
        boolean browse = role == Role.BROWSE_ONLY || role == Role.EDIT || role == Role.ADMIN;
        boolean edit = role == Role.EDIT || role == Role.ADMIN;
        when(pm.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(user))).thenReturn(browse);
        when(pm.hasPermission(eq(ProjectPermissions.EDIT_ISSUES), eq(issue), eq(user))).thenReturn(edit);
        when(pm.hasPermission(eq(ProjectPermissions.CREATE_ISSUES), eq(project), eq(user))).thenReturn(edit);
        when(gpm.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any())).thenReturn(false);
        if (user != null) {
            when(gpm.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(role == Role.ADMIN);
        }
        return user;
    }

    /** In-memory store with real optimistic revisions; documents go through a JSON round trip like the real one. */
    public static final class MemoryStore implements PostMortemStore {
        private final Map<Long, String> json = new HashMap<>();
        private final Map<Long, Long> revisions = new HashMap<>();
        private final io.postmortems.core.io.PostMortemCodec codec = new io.postmortems.core.io.PostMortemCodec();
        public int saves;

        @Override
        public Optional<StoredPostMortem> load(long issueId) {
            if (!json.containsKey(issueId)) {
                return Optional.empty();
            }
            return Optional.of(new StoredPostMortem(issueId, codec.readStored(json.get(issueId)).get(),
                    revisions.get(issueId)));
        }

        @Override
        public StoredPostMortem save(long issueId, PostMortem document, long expectedRevision)
                throws ConcurrentEditException {
            long current = revisions.getOrDefault(issueId, 0L);
            if (current != expectedRevision) {
                throw new ConcurrentEditException(issueId, expectedRevision, current);
            }
            saves++;
            json.put(issueId, codec.writeJson(document));
            revisions.put(issueId, current + 1);
            return load(issueId).orElseThrow();
        }
    }
}
