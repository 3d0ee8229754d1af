package io.postmortems.journey.rig;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.CreateValidationResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.RemoteIssueLinkResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.UpdateValidationResult;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.testing.FakeActiveObjects;
import io.postmortems.jira.testing.FakeClusterLockService;
import net.java.ao.EntityManager;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's services for the rig: small plain fakes over one {@link JiraState}, handed out as Mockito mocks that
 * delegate to them ({@code mock(Type.class, delegatesTo(fake))}), so nothing here implements an Atlassian type and
 * the rig compiles against the real jira-api as it does against the stand-ins. Atlassian value objects the app reads
 * (issues, users, projects, statuses) are views over the state, built the same way and cached so identity holds.
 */
public final class JiraDoubles {
    private final JiraState state;
    private final Map<Long, MutableIssue> issueViews = new ConcurrentHashMap<>();
    private final Map<String, ApplicationUser> userViews = new ConcurrentHashMap<>();
    private final Map<Long, Project> projectViews = new ConcurrentHashMap<>();
    private final Map<String, Status> statusViews = new ConcurrentHashMap<>();
    private final Map<String, IssueType> typeViews = new ConcurrentHashMap<>();
    private final ThreadLocal<ApplicationUser> currentUser = new ThreadLocal<>();
    private final Events events = new Events();
    private final I18nHelper i18n = BundleI18nHelper.create();

    public JiraDoubles(JiraState state) {
        this.state = state;
    }

    public JiraState state() {
        return state;
    }

    // ---------------------------------------------------------------- views of Jira's value objects

    /** The custom fields journeys declare ({@link #customField}), by the mock Jira hands out for each. */
    private final Map<com.atlassian.jira.issue.fields.CustomField, String> customFieldIds = new ConcurrentHashMap<>();

    /** A custom field of the given id ({@code customfield_N}); an issue's value is its fields' entry of that id. */
    public com.atlassian.jira.issue.fields.CustomField customField(String id) {
        com.atlassian.jira.issue.fields.CustomField field = mock(com.atlassian.jira.issue.fields.CustomField.class,
                "customField " + id);
        customFieldIds.put(field, id);
        return field;
    }

    public MutableIssue issue(JiraState.Issue issue) {
        return issue == null ? null : issueViews.computeIfAbsent(issue.id,
                id -> mock(MutableIssue.class, delegatesTo(new IssueView(issue))));
    }

    public ApplicationUser user(JiraState.User user) {
        return user == null ? null : userViews.computeIfAbsent(user.key,
                k -> mock(ApplicationUser.class, delegatesTo(new UserView(user))));
    }

    /** The rig's user behind an ApplicationUser handed to the app (null for anonymous or unknown). */
    public JiraState.User userOf(ApplicationUser user) {
        return user == null ? null : state.userByKey(user.getKey()).orElse(null);
    }

    Project project(JiraState.Project project) {
        return project == null ? null : projectViews.computeIfAbsent(project.id,
                id -> mock(Project.class, delegatesTo(new ProjectView(project, this::issueType))));
    }

    Status status(JiraState.Status status) {
        return status == null ? null : statusViews.computeIfAbsent(status.id(), id -> {
            StatusCategory category = mock(StatusCategory.class);
            when(category.getKey()).thenReturn(status.category().key);
            return mock(Status.class, delegatesTo(new StatusView(status, category)));
        });
    }

    IssueType issueType(String name) {
        return typeViews.computeIfAbsent(name, n -> mock(IssueType.class, delegatesTo(new IssueTypeView(n))));
    }

    /** Delegate of {@link MutableIssue}: reads the state on every call, so transitions show at once. */
    public final class IssueView {
        private final JiraState.Issue issue;

        IssueView(JiraState.Issue issue) {
            this.issue = issue;
        }

        public Long getId() {
            return issue.id;
        }

        public String getKey() {
            return issue.key;
        }

        public String getSummary() {
            return issue.summary;
        }

        public Project getProjectObject() {
            return project(issue.project);
        }

        public IssueType getIssueType() {
            return issueType(issue.type);
        }

        public Status getStatus() {
            return status(issue.status);
        }

        public Long getSecurityLevelId() {
            return issue.securityLevelId;
        }

        public java.sql.Timestamp getResolutionDate() {
            java.time.Instant at = issue.resolvedAt;
            return at == null ? null : java.sql.Timestamp.from(at);
        }

        public Long getParentId() {
            return issue.parentId;
        }

        public ApplicationUser getAssignee() {
            return issue.assigneeKey == null ? null : user(state.userByKey(issue.assigneeKey).orElse(null));
        }

        /** The due date field as Jira keeps it: the start of the day, read from the date-picker text the rig stores. */
        public java.sql.Timestamp getDueDate() {
            String picker = issue.fields.get("duedate");
            if (picker == null || picker.isBlank()) {
                return null;
            }
            java.time.LocalDate day = java.time.LocalDate.parse(picker, java.time.format.DateTimeFormatter
                    .ofPattern(TicketDoubles.DATE_PICKER, java.util.Locale.ENGLISH));
            return java.sql.Timestamp.valueOf(day.atStartOfDay());
        }

        public com.atlassian.jira.issue.priority.Priority getPriority() {
            String name = issue.fields.get("priority");
            if (name == null) {
                return null;
            }
            com.atlassian.jira.issue.priority.Priority priority = mock(com.atlassian.jira.issue.priority.Priority.class);
            when(priority.getName()).thenReturn(name);
            return priority;
        }

        /** A custom field's value: the text the rig keeps under the field's id in the issue's fields. */
        public Object getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField field) {
            String id = customFieldIds.get(field);
            return id == null ? null : issue.fields.get(id);
        }

        public ApplicationUser getReporter() {
            return issue.reporterKey == null ? null : user(state.userByKey(issue.reporterKey).orElse(null));
        }

        public java.sql.Timestamp getCreated() {
            return java.sql.Timestamp.from(issue.created);
        }

        public java.util.Collection<com.atlassian.jira.bc.project.component.ProjectComponent> getComponents() {
            List<com.atlassian.jira.bc.project.component.ProjectComponent> components = new ArrayList<>();
            for (String name : issue.components) {
                var component = mock(com.atlassian.jira.bc.project.component.ProjectComponent.class);
                when(component.getName()).thenReturn(name);
                components.add(component);
            }
            return components;
        }

        @Override
        public String toString() {
            return "Issue " + issue.key;
        }
    }

    public static final class UserView {
        private final JiraState.User user;

        UserView(JiraState.User user) {
            this.user = user;
        }

        public String getKey() {
            return user.key;
        }

        public String getUsername() {
            return user.name;
        }

        public String getName() {
            return user.name;
        }

        public Long getId() {
            return user.id;
        }

        public String getEmailAddress() {
            return user.name + "@example.test";
        }

        public String getDisplayName() {
            return user.displayName;
        }

        public boolean isActive() {
            return user.active;
        }

        @Override
        public String toString() {
            return "User " + user.name;
        }
    }

    public static final class ProjectView {
        private final JiraState.Project project;
        private final java.util.function.Function<String, IssueType> types;

        ProjectView(JiraState.Project project, java.util.function.Function<String, IssueType> types) {
            this.project = project;
            this.types = types;
        }

        public Long getId() {
            return project.id;
        }

        public String getKey() {
            return project.key;
        }

        public String getName() {
            return project.name;
        }

        public java.util.Collection<IssueType> getIssueTypes() {
            return TicketDoubles.standardIssueTypes().stream().map(types::apply).toList();
        }
    }

    public static final class StatusView {
        private final JiraState.Status status;
        private final StatusCategory category;

        StatusView(JiraState.Status status, StatusCategory category) {
            this.status = status;
            this.category = category;
        }

        public String getId() {
            return status.id();
        }

        public String getName() {
            return status.name();
        }

        public StatusCategory getStatusCategory() {
            return category;
        }
    }

    public static final class IssueTypeView {
        private final String name;

        IssueTypeView(String name) {
            this.name = name;
        }

        public String getId() {
            return "type-" + name;
        }

        public String getName() {
            return name;
        }

        public boolean isSubTask() {
            return "Sub-task".equals(name) || "Countermeasure".equals(name);
        }
    }

    // ---------------------------------------------------------------- services

    public IssueManager issueManager() {
        return mock(IssueManager.class, delegatesTo(new FakeIssueManager()));
    }

    public final class FakeIssueManager {
        public MutableIssue getIssueObject(Long id) {
            return id == null ? null : issue(state.issue(id).orElse(null));
        }

        public MutableIssue getIssueObject(String key) {
            return issue(state.issue(key).orElse(null));
        }
    }

    public PermissionManager permissionManager() {
        return mock(PermissionManager.class, delegatesTo(new FakePermissionManager()));
    }

    public final class FakePermissionManager {
        public boolean hasPermission(ProjectPermissionKey key, Issue issue, ApplicationUser user) {
            JiraState.Issue stored = issue == null ? null : state.issue(issue.getKey()).orElse(null);
            JiraState.User who = userOf(user);
            if (key == ProjectPermissions.BROWSE_PROJECTS) {
                return state.canBrowse(stored, who);
            }
            if (key == ProjectPermissions.EDIT_ISSUES) {
                return state.canEdit(stored, who);
            }
            if (key == ProjectPermissions.CREATE_ISSUES) {
                return stored != null && state.canCreate(stored.project, who);
            }
            if (key == ProjectPermissions.ASSIGNABLE_USER) {
                // as Jira's default scheme grants it to the developers: here, whoever may edit in the project
                return who != null && who.active && stored != null && stored.project.editors.contains(who.key);
            }
            if (key == ProjectPermissions.ADD_COMMENTS) {
                // as Jira's default scheme: whoever works in the project (here: may browse it, logged in) comments
                return who != null && state.canBrowse(stored, who);
            }
            throw new UnsupportedOperationException("rig: permission " + key + " on issues is not modelled");
        }

        public boolean hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user) {
            JiraState.Project stored = project == null ? null : state.projectById(project.getId()).orElse(null);
            JiraState.User who = userOf(user);
            if (key == ProjectPermissions.CREATE_ISSUES) {
                return state.canCreate(stored, who);
            }
            if (key == ProjectPermissions.BROWSE_PROJECTS) {
                return stored != null && (who == null ? stored.anonymousBrowse : stored.browsers.contains(who.key));
            }
            throw new UnsupportedOperationException("rig: permission " + key + " on projects is not modelled");
        }
    }

    public GlobalPermissionManager globalPermissionManager() {
        return mock(GlobalPermissionManager.class, delegatesTo(new FakeGlobalPermissionManager()));
    }

    public final class FakeGlobalPermissionManager {
        public boolean hasPermission(GlobalPermissionKey key, ApplicationUser user) {
            JiraState.User who = userOf(user);
            return key == GlobalPermissionKey.ADMINISTER && who != null && who.administrator;
        }
    }

    /** The current user per thread, as Jira keeps it per request; the rig's login filter sets it. */
    public JiraAuthenticationContext authenticationContext() {
        return mock(JiraAuthenticationContext.class, delegatesTo(new FakeAuthenticationContext()));
    }

    public final class FakeAuthenticationContext {
        public ApplicationUser getLoggedInUser() {
            return currentUser.get();
        }

        public void setLoggedInUser(ApplicationUser user) {
            if (user == null) {
                currentUser.remove();
            } else {
                currentUser.set(user);
            }
        }

        public I18nHelper getI18nHelper() {
            return i18n;
        }
    }

    /** Sets this thread's user by login name (null: anonymous). */
    public void login(String userName) {
        JiraState.User user = userName == null ? null : state.user(userName).orElse(null);
        if (user == null) {
            currentUser.remove();
        } else {
            currentUser.set(user(user));
        }
    }

    public JiraState.User loggedIn() {
        return userOf(currentUser.get());
    }

    public I18nHelper i18n() {
        return i18n;
    }

    /** Jira's i18n helper per user: every rig user reads Jira in English, as the rig's one helper does. */
    public I18nHelper.BeanFactory i18nFactory() {
        I18nHelper.BeanFactory factory = mock(I18nHelper.BeanFactory.class);
        when(factory.getInstance(any(ApplicationUser.class))).thenReturn(i18n);
        return factory;
    }

    public TimeZoneManager timeZoneManager() {
        return mock(TimeZoneManager.class, delegatesTo(new FakeTimeZoneManager()));
    }

    public final class FakeTimeZoneManager {
        public TimeZone getLoggedInUserTimeZone() {
            JiraState.User user = loggedIn();
            return user == null ? TimeZone.getTimeZone("UTC") : user.timeZone;
        }
    }

    public UserManager userManager() {
        return mock(UserManager.class, delegatesTo(new FakeUserManager()));
    }

    public final class FakeUserManager {
        public ApplicationUser getUserByKey(String key) {
            return user(state.userByKey(key).orElse(null));
        }

        public ApplicationUser getUserByName(String name) {
            return user(state.user(name).orElse(null));
        }
    }

    // ---------------------------------------------------------------- events

    public EventPublisher eventPublisher() {
        return mock(EventPublisher.class, delegatesTo(events));
    }

    public Events events() {
        return events;
    }

    /** Jira's event publisher: registered listeners get each published event on their {@code @EventListener}s. */
    public static final class Events {
        private final List<Object> listeners = new CopyOnWriteArrayList<>();
        private final List<Object> published = new CopyOnWriteArrayList<>();

        public void register(Object listener) {
            listeners.add(listener);
        }

        public void unregister(Object listener) {
            listeners.remove(listener);
        }

        public void publish(Object event) {
            published.add(event);
            for (Object listener : listeners) {
                for (Method m : listener.getClass().getMethods()) {
                    if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1
                            && m.getParameterTypes()[0].isInstance(event)) {
                        try {
                            m.invoke(listener, event);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("listener " + m + " failed", e);
                        }
                    }
                }
            }
        }

        public List<Object> published() {
            return List.copyOf(published);
        }

        public int listenerCount() {
            return listeners.size();
        }
    }

    /**
     * A workflow transition as Jira runs it: the status changes, then the issue event of the transition fires
     * (to a Done status: "Issue Resolved", event type 5 in Jira's default workflow; otherwise "Generic Event", 6).
     */
    public void transition(String issueKey, JiraState.Status to, String userName) {
        JiraState.Issue issue = state.issue(issueKey).orElseThrow(() -> new IllegalArgumentException(issueKey));
        issue.statusChanges.add(new JiraState.StatusChange(java.time.Instant.now(), issue.status.name(), to.name()));
        issue.status = to;
        issue.resolvedAt = to.category() == JiraState.Category.DONE ? java.time.Instant.now() : null;
        fireIssueEvent(issue, to.category() == JiraState.Category.DONE ? 5L : 6L, userName);
    }

    /** Jira's issue event of {@code type} about {@code issue}, by {@code userName}, to every registered listener. */
    public void fireIssueEvent(JiraState.Issue issue, Long type, String userName) {
        IssueEvent event = mock(IssueEvent.class);
        MutableIssue view = issue(issue);
        ApplicationUser actor = user(state.user(userName).orElse(null));
        when(event.getIssue()).thenReturn(view);
        when(event.getUser()).thenReturn(actor);
        when(event.getEventTypeId()).thenReturn(type);
        events.publish(event);
    }

    // ---------------------------------------------------------------- search, properties, remote links

    /**
     * The JQL the app runs: {@code key in (...)} (built by {@link #keysQuery}), the reports' search of every mirrored
     * post-mortem, optionally of one project, and one property clause (idea counts); results are what the searcher
     * may see.
     */
    public final class FakeSearchService {
        private static final java.util.regex.Pattern REPORTS_JQL = java.util.regex.Pattern.compile(
                "(?:project = \"([A-Z][A-Z0-9_]*)\" AND )?issue\\.property\\[postmortem\\]\\.countermeasures >= 0");
        private final Map<Query, List<String>> queries = new ConcurrentHashMap<>();
        private final Map<Query, java.util.Optional<String>> reportQueries = new ConcurrentHashMap<>();

        /** Jira's parser: the reports' JQL is valid when its project exists (Jira says nothing about rights). */
        public SearchService.ParseResult parseQuery(ApplicationUser searcher, String jql) {
            java.util.regex.Matcher m = REPORTS_JQL.matcher(jql);
            if (!m.matches()) {
                SearchService.ParseResult recurrence = parseRecurrenceQuery(jql);
                return recurrence != null ? recurrence : parsePropertyQuery(jql);
            }
            SearchService.ParseResult result = mock(SearchService.ParseResult.class);
            boolean valid = m.group(1) == null || state.projectByKey(m.group(1)).isPresent();
            when(result.isValid()).thenReturn(valid);
            if (valid) {
                Query query = mock(Query.class);
                reportQueries.put(query, java.util.Optional.ofNullable(m.group(1)));
                when(result.getQuery()).thenReturn(query);
            }
            return result;
        }

        public Query keysQuery(String[] keys) {
            Query query = mock(Query.class);
            queries.put(query, List.of(keys));
            return query;
        }

        /** Recurrence searches: the started window by UTC day, the excluded key, the shared-value clauses. */
        private final Map<Query, RecurrenceQuery> recurrenceQueries = new ConcurrentHashMap<>();

        private record RecurrenceQuery(java.time.LocalDate from, java.time.LocalDate to, String notKey,
                                       Map<String, List<String>> anyOf) {
        }

        private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"";
        private static final java.util.regex.Pattern RECURRENCE_JQL = java.util.regex.Pattern.compile(
                "issue\\.property\\[postmortem]\\.started >= \"([0-9-]+)\" AND issue\\.property\\[postmortem]"
                        + "\\.started <= \"([0-9-]+)\"(?: AND key != " + LITERAL + ")? AND \\((.+)\\)");
        private static final java.util.regex.Pattern RECURRENCE_CLAUSE = java.util.regex.Pattern.compile(
                "issue\\.property\\[postmortem]\\.(services|tags|causeCategory) (?:in \\((.+?)\\)|= (" + LITERAL
                        + "))(?: OR |$)");

        /**
         * Jira's parse of the recurrence search ({@code IndexedPostMortems.earlierJql}): valid when it has exactly that
         * shape; its query finds the issues the searcher may browse whose mirror started within the days and holds
         * one of the values at one of the paths (exact match, as Jira's string extraction). Null for other JQL.
         */
        private SearchService.ParseResult parseRecurrenceQuery(String jql) {
            java.util.regex.Matcher m = RECURRENCE_JQL.matcher(jql);
            if (!m.matches()) {
                return null;
            }
            Map<String, List<String>> anyOf = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher c = RECURRENCE_CLAUSE.matcher(m.group(4));
            int end = 0;
            while (c.find() && c.start() == end) {
                end = c.end();
                List<String> values = new ArrayList<>();
                java.util.regex.Matcher lit = java.util.regex.Pattern.compile(LITERAL)
                        .matcher(c.group(2) != null ? c.group(2) : c.group(3));
                while (lit.find()) {
                    values.add(lit.group(1).replaceAll("\\\\(.)", "$1"));
                }
                anyOf.computeIfAbsent(c.group(1), k -> new ArrayList<>()).addAll(values);
            }
            SearchService.ParseResult result = mock(SearchService.ParseResult.class);
            boolean valid = end == m.group(4).length() && !anyOf.isEmpty();
            when(result.isValid()).thenReturn(valid);
            if (valid) {
                Query query = mock(Query.class);
                recurrenceQueries.put(query, new RecurrenceQuery(java.time.LocalDate.parse(m.group(1)),
                        java.time.LocalDate.parse(m.group(2)), m.group(3), anyOf));
                when(result.getQuery()).thenReturn(query);
            }
            return result;
        }

        private boolean recurs(JiraState.Issue issue, RecurrenceQuery q) {
            String json = issue.properties.get("postmortem");
            if (json == null || issue.key.equals(q.notKey())) {
                return false;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(json);
                String started = node.path("started").asText("");
                if (started.length() < 10) {
                    return false;
                }
                java.time.LocalDate day = java.time.LocalDate.parse(started.substring(0, 10));
                if (day.isBefore(q.from()) || day.isAfter(q.to())) {
                    return false;
                }
                for (Map.Entry<String, List<String>> e : q.anyOf().entrySet()) {
                    com.fasterxml.jackson.databind.JsonNode value = node.get(e.getKey());
                    for (com.fasterxml.jackson.databind.JsonNode v : value == null ? List.<com.fasterxml.jackson
                            .databind.JsonNode>of() : value.isArray() ? value : List.of(value)) {
                        if (e.getValue().contains(v.asText())) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }

        /** Parsed JQL the rig models besides key-in: one property clause, {@code issue.property[p].path = "v"}. */
        private final Map<Query, String[]> propertyQueries = new ConcurrentHashMap<>();

        /**
         * Jira's parse of {@code [project = "K" AND] issue.property[p].path = "v" [ORDER BY key ASC]}: valid, and its
         * query finds the issues (of project K) whose property {@code p} holds {@code v} at {@code path} (as a value or
         * an array element), by key.
         * Any other JQL is invalid here.
         */
        private SearchService.ParseResult parsePropertyQuery(String jql) {
            SearchService.ParseResult reminders = parseReminderQuery(jql);
            if (reminders != null) {
                return reminders;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:project = \"(\\w+)\" AND )?"
                    + "issue\\.property\\[(\\w+)]\\.(\\w+) = \"([^\"]*)\"( ORDER BY key ASC)?").matcher(jql);
            SearchService.ParseResult result = mock(SearchService.ParseResult.class);
            boolean valid = m.matches();
            when(result.isValid()).thenReturn(valid);
            if (valid) {
                Query query = mock(Query.class);
                propertyQueries.put(query, new String[]{m.group(2), m.group(3), m.group(4), m.group(1)});
                when(result.getQuery()).thenReturn(query);
            }
            return result;
        }

        /** Parsed reminder JQL: {@code issue.property[p].path > n}, or key-in with {@code statusCategory != Done}. */
        private final Map<Query, java.util.function.Predicate<JiraState.Issue>> reminderQueries =
                new ConcurrentHashMap<>();

        /**
         * The reminder job's searches: {@code issue.property[p].path > n} (a number in the property) and
         * {@code key in (A-1, B-2) AND statusCategory != Done}; null for any other JQL.
         */
        private SearchService.ParseResult parseReminderQuery(String jql) {
            java.util.regex.Matcher greater = java.util.regex.Pattern.compile(
                    "issue\\.property\\[(\\w+)]\\.(\\w+) > (\\d+)").matcher(jql);
            java.util.regex.Matcher openKeys = java.util.regex.Pattern.compile(
                    "key in \\(([^)]*)\\) AND statusCategory != Done").matcher(jql);
            java.util.function.Predicate<JiraState.Issue> filter;
            if (greater.matches()) {
                String property = greater.group(1);
                String path = greater.group(2);
                long bound = Long.parseLong(greater.group(3));
                filter = i -> number(i.properties.get(property), path) > bound;
            } else if (openKeys.matches()) {
                Set<String> keys = new java.util.HashSet<>(List.of(openKeys.group(1).split(",\\s*")));
                filter = i -> keys.contains(i.key) && i.status.category() != JiraState.Category.DONE;
            } else {
                return null;
            }
            SearchService.ParseResult result = mock(SearchService.ParseResult.class);
            when(result.isValid()).thenReturn(true);
            Query query = mock(Query.class);
            reminderQueries.put(query, filter);
            when(result.getQuery()).thenReturn(query);
            return result;
        }

        private static long number(String json, String path) {
            if (json == null) {
                return Long.MIN_VALUE;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode value = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(json).get(path);
                return value != null && value.canConvertToLong() ? value.asLong() : Long.MIN_VALUE;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Long.MIN_VALUE;
            }
        }

        /** Jira's search as the system (the reminder job): every issue, whoever could browse it. */
        @SuppressWarnings("unchecked")
        public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) {
            java.util.function.Predicate<JiraState.Issue> filter = reminderQueries.remove(query);
            if (filter == null) {
                throw new UnsupportedOperationException("rig: only the reminder job's searches override security");
            }
            List<Issue> found = new ArrayList<>();
            state.issuesByKey().values().stream().filter(filter).sorted(java.util.Comparator.comparing(i -> i.key))
                    .forEach(i -> found.add(issue(i)));
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(found);
            return results;
        }

        private boolean holds(JiraState.Issue issue, String[] clause) {
            String json = issue.properties.get(clause[0]);
            if (json == null) {
                return false;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode value = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(json).get(clause[1]);
                if (value == null) {
                    return false;
                }
                for (com.fasterxml.jackson.databind.JsonNode v : value.isArray() ? value : List.of(value)) {
                    if (clause[2].equals(v.asText())) {
                        return true;
                    }
                }
                return false;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }

        @SuppressWarnings("unchecked")
        public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
            java.util.Optional<String> reportsProject = reportQueries.remove(query);
            if (reportsProject != null) {
                JiraState.User who = userOf(searcher);
                List<Issue> found = new ArrayList<>();
                state.issuesByKey().values().stream()
                        .filter(i -> i.properties.containsKey("postmortem"))
                        .filter(i -> reportsProject.map(k -> k.equals(i.project.key)).orElse(true))
                        .filter(i -> state.canBrowse(i, who))
                        .sorted(java.util.Comparator.comparingLong(i -> i.id))
                        .forEach(i -> found.add(issue(i)));
                SearchResults<Issue> results = mock(SearchResults.class);
                when(results.getResults()).thenReturn(found);
                return results;
            }
            RecurrenceQuery recurrence = recurrenceQueries.remove(query);
            if (recurrence != null) {
                JiraState.User who = userOf(searcher);
                List<Issue> found = new ArrayList<>();
                state.issuesByKey().values().stream().filter(i -> state.canBrowse(i, who) && recurs(i, recurrence))
                        .sorted(java.util.Comparator.comparing(i -> i.key)).forEach(i -> found.add(issue(i)));
                SearchResults<Issue> results = mock(SearchResults.class);
                when(results.getResults()).thenReturn(found);
                return results;
            }
            JiraState.User who = userOf(searcher);
            List<Issue> found = new ArrayList<>();
            String[] clause = propertyQueries.remove(query);
            List<String> keys = queries.remove(query);
            if (clause != null) {
                state.issuesByKey().values().stream().filter(i -> state.canBrowse(i, who) && holds(i, clause)
                        && (clause[3] == null || clause[3].equals(i.project.key)))
                        .sorted(java.util.Comparator.comparing(i -> i.key)).forEach(i -> found.add(issue(i)));
            } else if (keys == null) {
                throw new UnsupportedOperationException("rig: only key-in and property queries are modelled");
            } else {
                for (String key : keys) {
                    state.issue(key).filter(i -> state.canBrowse(i, who)).ifPresent(i -> found.add(issue(i)));
                }
            }
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(found);
            return results;
        }
    }

    public FakeSearchService searchServiceFake() {
        return new FakeSearchService();
    }

    public SearchService searchService(FakeSearchService fake) {
        return mock(SearchService.class, delegatesTo(fake));
    }

    /** Jira's entity property rows: issue properties as the issue property service stored them on the issues. */
    public com.atlassian.jira.entity.property.JsonEntityPropertyManager jsonEntityPropertyManager() {
        return mock(com.atlassian.jira.entity.property.JsonEntityPropertyManager.class,
                delegatesTo(new FakeJsonEntityPropertyManager()));
    }

    public final class FakeJsonEntityPropertyManager {
        public com.atlassian.jira.entity.property.EntityProperty get(String entityName, Long entityId, String key) {
            if (!"IssueProperty".equals(entityName)) {
                return null;
            }
            String value = state.issue(entityId).map(i -> i.properties.get(key)).orElse(null);
            if (value == null) {
                return null;
            }
            com.atlassian.jira.entity.property.EntityProperty property =
                    mock(com.atlassian.jira.entity.property.EntityProperty.class);
            when(property.getValue()).thenReturn(value);
            return property;
        }
    }

    public IssuePropertyService issuePropertyService() {
        return mock(IssuePropertyService.class, delegatesTo(new FakeIssuePropertyService()));
    }

    public final class FakeIssuePropertyService {
        private final Map<SetPropertyValidationResult, Object[]> pending = new ConcurrentHashMap<>();

        public SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long issueId, PropertyInput input,
                                                               EntityPropertyOptions options) {
            SetPropertyValidationResult result = mock(SetPropertyValidationResult.class);
            JiraState.Issue issue = state.issue(issueId).orElse(null);
            boolean ok = issue != null && input.getPropertyValue().length() <= 32_768
                    && (options.skipPermissionChecks() || state.canEdit(issue, userOf(user)));
            when(result.isValid()).thenReturn(ok);
            pending.put(result, new Object[]{issueId, input});
            return result;
        }

        public PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult validation) {
            Object[] what = pending.remove(validation);
            PropertyResult result = mock(PropertyResult.class);
            if (what == null || !validation.isValid()) {
                when(result.isValid()).thenReturn(false);
                return result;
            }
            PropertyInput input = (PropertyInput) what[1];
            state.issue((Long) what[0]).orElseThrow().properties.put(input.getPropertyKey(),
                    input.getPropertyValue());
            when(result.isValid()).thenReturn(true);
            return result;
        }
    }

    /** Jira's groups over {@link JiraState#groups}. */
    public com.atlassian.jira.security.groups.GroupManager groupManager() {
        return mock(com.atlassian.jira.security.groups.GroupManager.class, delegatesTo(new FakeGroupManager()));
    }

    public final class FakeGroupManager {
        public boolean groupExists(String groupName) {
            return state.groups.containsKey(groupName);
        }

        public java.util.Collection<ApplicationUser> getUsersInGroup(String groupName) {
            List<ApplicationUser> members = new ArrayList<>();
            for (String name : state.groups.getOrDefault(groupName, Set.of())) {
                state.user(name).ifPresent(u -> members.add(user(u)));
            }
            return members;
        }

        public boolean isUserInGroup(ApplicationUser user, String groupname) {
            return user != null && state.groups.getOrDefault(groupname, Set.of()).contains(user.getUsername());
        }
    }

    /** Jira's comments: each comment's body is kept on the issue in {@link JiraState.Issue#comments}. */
    public com.atlassian.jira.issue.comments.CommentManager commentManager() {
        return mock(com.atlassian.jira.issue.comments.CommentManager.class, delegatesTo(new FakeCommentManager()));
    }

    public final class FakeCommentManager {
        public com.atlassian.jira.issue.comments.Comment create(Issue issue, ApplicationUser author, String body,
                                                                boolean dispatchEvent) {
            JiraState.Issue stored = state.issue(issue.getId())
                    .orElseThrow(() -> new IllegalArgumentException("no issue " + issue.getKey()));
            stored.comments.add(body);
            JiraState.User who = userOf(author);
            JiraState.Comment comment = new JiraState.Comment(java.time.Instant.now(), who == null ? null : who.key,
                    body);
            stored.timedComments.add(comment);
            return comment(comment);
        }

        public List<com.atlassian.jira.issue.comments.Comment> getComments(Issue issue) {
            return state.issue(issue.getId()).map(i -> i.timedComments.stream().map(c -> comment(c)).toList())
                    .orElse(List.of());
        }
    }

    private com.atlassian.jira.issue.comments.Comment comment(JiraState.Comment c) {
        var comment = mock(com.atlassian.jira.issue.comments.Comment.class);
        when(comment.getBody()).thenReturn(c.body());
        when(comment.getCreated()).thenReturn(java.util.Date.from(c.at()));
        ApplicationUser author = user(state.userByKey(c.authorKey()).orElse(null));
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        return comment;
    }

    /** Jira's change history of the "status" field, from {@link JiraState.Issue#statusChanges}. */
    public com.atlassian.jira.issue.changehistory.ChangeHistoryManager changeHistoryManager() {
        return mock(com.atlassian.jira.issue.changehistory.ChangeHistoryManager.class,
                delegatesTo(new FakeChangeHistoryManager()));
    }

    public final class FakeChangeHistoryManager {
        public List<com.atlassian.jira.issue.history.ChangeItemBean> getChangeItemsForField(Issue issue,
                                                                                            String field) {
            if (!"status".equals(field)) {
                throw new UnsupportedOperationException("rig: only the status history is modelled, not " + field);
            }
            List<com.atlassian.jira.issue.history.ChangeItemBean> items = new ArrayList<>();
            for (JiraState.StatusChange change : state.issue(issue.getId()).orElseThrow().statusChanges) {
                var item = mock(com.atlassian.jira.issue.history.ChangeItemBean.class);
                when(item.getCreated()).thenReturn(java.sql.Timestamp.from(change.at()));
                when(item.getFromString()).thenReturn(change.from());
                when(item.getToString()).thenReturn(change.to());
                items.add(item);
            }
            return items;
        }
    }

    /** Jira's watchers, from {@link JiraState.Issue#watcherKeys}. */
    public com.atlassian.jira.issue.watchers.WatcherManager watcherManager() {
        return mock(com.atlassian.jira.issue.watchers.WatcherManager.class, delegatesTo(new FakeWatcherManager()));
    }

    public final class FakeWatcherManager {
        public java.util.Collection<ApplicationUser> getWatchersUnsorted(Issue issue) {
            return state.issue(issue.getId()).orElseThrow().watcherKeys.stream()
                    .map(k -> user(state.userByKey(k).orElse(null))).filter(u -> u != null).toList();
        }
    }

    public RemoteIssueLinkService remoteIssueLinkService() {
        return mock(RemoteIssueLinkService.class, delegatesTo(new FakeRemoteIssueLinkService()));
    }

    public final class FakeRemoteIssueLinkService {
        public RemoteIssueLinkResult getRemoteIssueLinkByGlobalId(ApplicationUser user, Issue issue, String globalId) {
            RemoteIssueLink found = state.remoteLinks(issue.getId()).stream()
                    .filter(l -> l.globalId().equals(globalId)).findFirst().map(JiraDoubles::toLink).orElse(null);
            RemoteIssueLinkResult result = mock(RemoteIssueLinkResult.class);
            when(result.isValid()).thenReturn(found != null);
            when(result.getRemoteIssueLink()).thenReturn(found);
            return result;
        }

        public CreateValidationResult validateCreate(ApplicationUser user, RemoteIssueLink link) {
            CreateValidationResult result = mock(CreateValidationResult.class);
            when(result.isValid()).thenReturn(link.getUrl() != null && link.getTitle() != null);
            when(result.getRemoteIssueLink()).thenReturn(link);
            return result;
        }

        public RemoteIssueLinkResult create(ApplicationUser user, CreateValidationResult validation) {
            return store(validation.getRemoteIssueLink());
        }

        public UpdateValidationResult validateUpdate(ApplicationUser user, RemoteIssueLink link) {
            UpdateValidationResult result = mock(UpdateValidationResult.class);
            when(result.isValid()).thenReturn(link.getId() != null && link.getUrl() != null);
            when(result.getRemoteIssueLink()).thenReturn(link);
            return result;
        }

        public RemoteIssueLinkResult update(ApplicationUser user, UpdateValidationResult validation) {
            return store(validation.getRemoteIssueLink());
        }

        private RemoteIssueLinkResult store(RemoteIssueLink link) {
            JiraState.RemoteLink stored = state.putRemoteLink(link.getId(), link.getIssueId(), link.getGlobalId(),
                    link.getTitle(), link.getUrl(), link.getRelationship(), link.getApplicationType(),
                    link.getApplicationName());
            RemoteIssueLinkResult result = mock(RemoteIssueLinkResult.class);
            when(result.isValid()).thenReturn(true);
            when(result.getRemoteIssueLink()).thenReturn(toLink(stored));
            return result;
        }
    }

    static RemoteIssueLink toLink(JiraState.RemoteLink l) {
        return new RemoteIssueLinkBuilder().id(l.id()).issueId(l.issueId()).globalId(l.globalId()).title(l.title())
                .url(l.url()).relationship(l.relationship()).applicationType(l.applicationType())
                .applicationName(l.applicationName()).build();
    }

    // ---------------------------------------------------------------- SAL, platform, rendering

    public PluginSettingsFactory pluginSettingsFactory() {
        FakePluginSettings settings = new FakePluginSettings();
        PluginSettings global = mock(PluginSettings.class, delegatesTo(settings));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(global);
        return factory;
    }

    public static final class FakePluginSettings {
        private final Map<String, Object> values = new ConcurrentHashMap<>();

        public Object get(String key) {
            return values.get(key);
        }

        public Object put(String key, Object value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        public Object remove(String key) {
            return values.remove(key);
        }
    }

    /** Cluster locks of one node. */
    public static ClusterLockService clusterLockService() {
        return FakeClusterLockService.inMemory();
    }

    /** Active Objects over the given entity manager: the shared plain fake behind a delegating mock. */
    public static ActiveObjects activeObjects(EntityManager entityManager) {
        return FakeActiveObjects.over(entityManager);
    }

    /** Jira's Velocity renderer for plugin templates: classpath templates, strict references. */
    public static VelocityEngine velocity() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
        return engine;
    }

    public TemplateRenderer templateRenderer(VelocityEngine engine) {
        return mock(TemplateRenderer.class, delegatesTo(new FakeTemplateRenderer(engine)));
    }

    public static final class FakeTemplateRenderer {
        private final VelocityEngine engine;

        FakeTemplateRenderer(VelocityEngine engine) {
            this.engine = engine;
        }

        public void render(String template, Writer writer) {
            render(template, Map.of(), writer);
        }

        public void render(String template, Map<String, Object> context, Writer writer) {
            engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
        }
    }

    public LoginUriProvider loginUriProvider(String contextPath) {
        LoginUriProvider provider = mock(LoginUriProvider.class);
        when(provider.getLoginUri(org.mockito.ArgumentMatchers.any())).thenAnswer(inv ->
                URI.create(contextPath + "/login.jsp?os_destination=" + inv.getArgument(0)));
        return provider;
    }

    /** Web-resource contexts and modules required while rendering this thread's request. */
    public static final class RequiredPerRequest {
        private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

        public Set<String> drain() {
            Set<String> copy = new LinkedHashSet<>(required.get());
            required.remove();
            return copy;
        }

        public void add(String what) {
            required.get().add(what);
        }
    }

    public PageBuilderService pageBuilderService(RequiredPerRequest required) {
        RequiredResources resources = mock(RequiredResources.class);
        when(resources.requireContext(org.mockito.ArgumentMatchers.anyString())).thenAnswer(inv -> {
            required.add("context:" + inv.getArgument(0));
            return resources;
        });
        when(resources.requireWebResource(org.mockito.ArgumentMatchers.anyString())).thenAnswer(inv -> {
            required.add("module:" + inv.getArgument(0));
            return resources;
        });
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(assembler.resources()).thenReturn(resources);
        PageBuilderService service = mock(PageBuilderService.class);
        when(service.assembler()).thenReturn(assembler);
        return service;
    }
}
