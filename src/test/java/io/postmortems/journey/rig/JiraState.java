package io.postmortems.journey.rig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory "Jira" of the journey rig: users (with time zones), projects and their permissions, issues with keys,
 * issue types, statuses in the three status categories, parents (sub-tasks), issue links, issue security, issue
 * properties, remote links and comments. Plain data, thread-safe enough for one server and a test thread; the Jira
 * services the app calls are small fakes over this state ({@link JiraDoubles}).
 */
public final class JiraState {
    /** Jira's three status categories by key: "new" (To Do), "indeterminate" (In Progress), "done" (Done). */
    public enum Category {
        TO_DO("new"), IN_PROGRESS("indeterminate"), DONE("done");

        public final String key;

        Category(String key) {
            this.key = key;
        }
    }

    /** A user as Jira knows it; {@code key} is the stable user key, {@code name} the login name. */
    public static final class User {
        public final long id;
        public final String key;
        public final String name;
        public final String displayName;
        public volatile TimeZone timeZone;
        public volatile boolean active = true;
        public volatile boolean administrator;

        User(long id, String name, String displayName, TimeZone timeZone) {
            this.id = id;
            this.key = "key-" + name;
            this.name = name;
            this.displayName = displayName;
            this.timeZone = timeZone;
        }
    }

    /** A project and who may do what in it (the project's permission scheme, reduced to user sets). */
    public static final class Project {
        public final long id;
        public final String key;
        public final String name;
        public final Set<String> browsers = ConcurrentHashMap.newKeySet();
        public final Set<String> editors = ConcurrentHashMap.newKeySet();
        public final Set<String> creators = ConcurrentHashMap.newKeySet();
        public volatile boolean anonymousBrowse;
        final AtomicLong nextNumber = new AtomicLong(1);

        Project(long id, String key, String name) {
            this.id = id;
            this.key = key;
            this.name = name;
        }
    }

    /** A status and its category. */
    public record Status(String id, String name, Category category) {
    }

    /** An issue. Mutable where Jira's issues change: summary, status, security level, assignee. */
    public static final class Issue {
        public final long id;
        public final String key;
        public final Project project;
        public final String type;
        public final Long parentId;
        public volatile String summary;
        public volatile Status status;
        public volatile Long securityLevelId;
        public volatile String assigneeKey;
        /** When the issue last entered a Done status; null while it is not done. */
        public volatile java.time.Instant resolvedAt;
        public final Map<String, String> properties = new ConcurrentHashMap<>();
        /** Other field values as Jira's field ids name them: duedate, priority, description. */
        public final Map<String, String> fields = new ConcurrentHashMap<>();
        public final List<String> comments = new CopyOnWriteArrayList<>();
        /** When the issue was created (the rig's clock unless a test sets it). */
        public volatile java.time.Instant created = java.time.Instant.now();
        public volatile String reporterKey;
        /** Component names, in order. */
        public final List<String> components = new CopyOnWriteArrayList<>();
        /** User keys of the watchers. */
        public final Set<String> watcherKeys = ConcurrentHashMap.newKeySet();
        /** The status history, as Jira's change history records the "status" field. */
        public final List<StatusChange> statusChanges = new CopyOnWriteArrayList<>();
        /** Each comment with its author and time (its body is also in {@link #comments}). */
        public final List<Comment> timedComments = new CopyOnWriteArrayList<>();

        Issue(long id, String key, Project project, String type, Long parentId, String summary, Status status) {
            this.id = id;
            this.key = key;
            this.project = project;
            this.type = type;
            this.parentId = parentId;
            this.summary = summary;
            this.status = status;
        }
    }

    /** A change of an issue's status, as a change-history item: names of the old and new status. */
    public record StatusChange(java.time.Instant at, String from, String to) {
    }

    /** A comment; {@code authorKey} null for an anonymous one. */
    public record Comment(java.time.Instant at, String authorKey, String body) {
    }

    /** A link between two issues of a named link type. */
    public record IssueLink(long sourceId, long destinationId, String type) {
    }

    /** A remote link, as RemoteIssueLinkService stores it. */
    public record RemoteLink(long id, long issueId, String globalId, String title, String url, String relationship,
                             String applicationType, String applicationName) {
    }

    public static final Status TO_DO = new Status("1", "To Do", Category.TO_DO);
    public static final Status IN_PROGRESS = new Status("3", "In Progress", Category.IN_PROGRESS);
    public static final Status DONE = new Status("10001", "Done", Category.DONE);

    private final AtomicLong ids = new AtomicLong(10_000);
    private final Map<String, User> usersByName = new ConcurrentHashMap<>();
    private final Map<String, Project> projects = new ConcurrentHashMap<>();
    private final Map<Long, Issue> issuesById = new ConcurrentHashMap<>();
    private final Map<String, Issue> issuesByKey = new ConcurrentHashMap<>();
    /** Issue security: level id -> user keys who may see issues at that level. */
    private final Map<Long, Set<String>> securityLevels = new ConcurrentHashMap<>();
    private final List<IssueLink> links = new CopyOnWriteArrayList<>();
    private final Map<Long, RemoteLink> remoteLinks = new ConcurrentHashMap<>();

    // ---- users ----

    public User addUser(String name, String displayName, String timeZone) {
        User user = new User(ids.incrementAndGet(), name, displayName, TimeZone.getTimeZone(timeZone));
        usersByName.put(name, user);
        return user;
    }

    /** Jira's groups: group name -> user names of its members. */
    public final Map<String, Set<String>> groups = new ConcurrentHashMap<>();

    /** A group with these members (user names). */
    public void addGroup(String name, String... members) {
        groups.put(name, new java.util.LinkedHashSet<>(List.of(members)));
    }

    public Optional<User> user(String name) {
        return Optional.ofNullable(name == null ? null : usersByName.get(name));
    }

    public Optional<User> userByKey(String key) {
        return usersByName.values().stream().filter(u -> u.key.equals(key)).findFirst();
    }

    public List<User> users() {
        return List.copyOf(usersByName.values());
    }

    // ---- projects and permissions ----

    public Project addProject(String key, String name) {
        Project project = new Project(ids.incrementAndGet(), key, name);
        projects.put(key, project);
        return project;
    }

    public Project project(String key) {
        Project p = projects.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no project " + key + " in the rig's Jira");
        }
        return p;
    }

    public Optional<Project> projectByKey(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    public Optional<Project> projectById(long id) {
        return projects.values().stream().filter(p -> p.id == id).findFirst();
    }

    /** Grants browse (and, with {@code edit}, edit and create) in a project. */
    public void grant(String projectKey, String userName, boolean edit) {
        Project p = project(projectKey);
        User u = user(userName).orElseThrow(() -> new IllegalArgumentException("no user " + userName));
        p.browsers.add(u.key);
        if (edit) {
            p.editors.add(u.key);
            p.creators.add(u.key);
        }
    }

    /** An issue security level visible only to the given users. */
    public long securityLevel(String... userNames) {
        long id = ids.incrementAndGet();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        for (String name : userNames) {
            keys.add(user(name).orElseThrow().key);
        }
        securityLevels.put(id, keys);
        return id;
    }

    public boolean canBrowse(Issue issue, User user) {
        if (issue == null) {
            return false;
        }
        boolean project = user == null ? issue.project.anonymousBrowse : issue.project.browsers.contains(user.key);
        if (!project) {
            return false;
        }
        Long level = issue.securityLevelId;
        return level == null || (user != null && securityLevels.getOrDefault(level, Set.of()).contains(user.key));
    }

    public boolean canEdit(Issue issue, User user) {
        return canBrowse(issue, user) && user != null && issue.project.editors.contains(user.key);
    }

    public boolean canCreate(Project project, User user) {
        return project != null && user != null && project.creators.contains(user.key);
    }

    // ---- issues ----

    public Issue addIssue(String projectKey, String type, String summary) {
        return addIssue(projectKey, type, summary, null);
    }

    public Issue addIssue(String projectKey, String type, String summary, Long parentId) {
        Project p = project(projectKey);
        String key = p.key + "-" + p.nextNumber.getAndIncrement();
        return putIssue(key, p, type, summary, parentId);
    }

    /** An issue with a given key (examples name theirs), moving the project's counter past it. */
    public Issue addIssueWithKey(String key, String type, String summary) {
        Project p = project(key.substring(0, key.indexOf('-')));
        long number = Long.parseLong(key.substring(key.indexOf('-') + 1));
        p.nextNumber.accumulateAndGet(number + 1, Math::max);
        return putIssue(key, p, type, summary, null);
    }

    private Issue putIssue(String key, Project p, String type, String summary, Long parentId) {
        if (issuesByKey.containsKey(key)) {
            throw new IllegalArgumentException("issue " + key + " exists");
        }
        Issue issue = new Issue(ids.incrementAndGet(), key, p, type, parentId, summary, TO_DO);
        issuesById.put(issue.id, issue);
        issuesByKey.put(key, issue);
        return issue;
    }

    /** Deletes an issue as Jira does: the key no longer resolves and its links go with it. */
    public void deleteIssue(String key) {
        Issue issue = issuesByKey.remove(key);
        if (issue == null) {
            throw new IllegalArgumentException("no issue " + key);
        }
        issuesById.remove(issue.id);
        links.removeIf(l -> l.sourceId() == issue.id || l.destinationId() == issue.id);
    }

    public Optional<Issue> issue(String key) {
        return Optional.ofNullable(key == null ? null : issuesByKey.get(key));
    }

    public Optional<Issue> issue(long id) {
        return Optional.ofNullable(issuesById.get(id));
    }

    public List<Issue> subTasks(long parentId) {
        return issuesById.values().stream().filter(i -> Long.valueOf(parentId).equals(i.parentId)).toList();
    }

    public void link(long sourceId, long destinationId, String type) {
        links.add(new IssueLink(sourceId, destinationId, type));
    }

    public void unlink(long sourceId, long destinationId, String type) {
        links.remove(new IssueLink(sourceId, destinationId, type));
    }

    public List<IssueLink> links() {
        return List.copyOf(links);
    }

    // ---- remote links ----

    public synchronized RemoteLink putRemoteLink(Long id, long issueId, String globalId, String title, String url,
                                                 String relationship, String applicationType,
                                                 String applicationName) {
        long linkId = id == null ? ids.incrementAndGet() : id;
        RemoteLink link = new RemoteLink(linkId, issueId, globalId, title, url, relationship, applicationType,
                applicationName);
        remoteLinks.put(linkId, link);
        return link;
    }

    public List<RemoteLink> remoteLinks(long issueId) {
        List<RemoteLink> result = new ArrayList<>();
        for (RemoteLink l : remoteLinks.values()) {
            if (l.issueId() == issueId) {
                result.add(l);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** Issues by key, in key order, for the sandbox listing. */
    public Map<String, Issue> issuesByKey() {
        Map<String, Issue> sorted = new LinkedHashMap<>();
        new LinkedHashSet<>(issuesByKey.keySet()).stream().sorted().forEach(k -> sorted.put(k, issuesByKey.get(k)));
        return sorted;
    }
}
