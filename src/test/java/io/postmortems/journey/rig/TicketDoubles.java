package io.postmortems.journey.rig;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.CreateValidationResult;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService.UpdateValidationResult;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's services for countermeasure tickets over the rig's {@link JiraState}: creating issues and sub-tasks with
 * Jira's validation (summary required, create permission, known assignee, known priority), reading and updating
 * them (an update fires Jira's "Issue Updated" event, as Jira does), sub-task and issue links, priorities, the
 * date-picker format, projects by key and the app's link type. Plain fakes handed out as Mockito mocks delegating to
 * them.
 */
public final class TicketDoubles {
    /** Jira's default date-picker format ("d/MMM/yy"). */
    static final String DATE_PICKER = "d/MMM/yy";
    static final long LINK_TYPE_ID = 10_100L;
    static final long INCIDENT_LINK_TYPE_ID = 10_101L;
    /** Jira's default "Relates" link type. */
    static final long RELATES_TYPE_ID = 10_000L;
    static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    /** Jira's "Issue Updated" event type id. */
    static final Long ISSUE_UPDATED = 2L;

    private final JiraState state;
    private final JiraDoubles doubles;
    private final Map<IssueInputParameters, Params> params = new ConcurrentHashMap<>();
    private final Map<Object, Object[]> pending = new ConcurrentHashMap<>();

    public TicketDoubles(JiraDoubles doubles) {
        this.doubles = doubles;
        this.state = doubles.state();
    }

    /** What a caller put into IssueInputParameters. */
    public static final class Params {
        IssueInputParameters self;
        Long projectId;
        String issueTypeId;
        String priorityId;
        String summary;
        String description;
        String assigneeId;
        String dueDate;

        public IssueInputParameters setProjectId(Long v) {
            projectId = v;
            return self;
        }

        public IssueInputParameters setIssueTypeId(String v) {
            issueTypeId = v;
            return self;
        }

        public IssueInputParameters setPriorityId(String v) {
            priorityId = v;
            return self;
        }

        public IssueInputParameters setSummary(String v) {
            summary = v;
            return self;
        }

        public IssueInputParameters setDescription(String v) {
            description = v;
            return self;
        }

        public IssueInputParameters setAssigneeId(String v) {
            assigneeId = v;
            return self;
        }

        public IssueInputParameters setDueDate(String v) {
            dueDate = v;
            return self;
        }
    }

    public IssueService issueService() {
        return mock(IssueService.class, delegatesTo(new FakeIssueService()));
    }

    public final class FakeIssueService {
        public IssueInputParameters newIssueInputParameters() {
            Params p = new Params();
            IssueInputParameters mock = mock(IssueInputParameters.class, delegatesTo(p));
            p.self = mock;
            params.put(mock, p);
            return mock;
        }

        public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters input) {
            return validateCreate(user, null, input);
        }

        public CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
                                                            IssueInputParameters input) {
            return validateCreate(user, parentId, input);
        }

        private CreateValidationResult validateCreate(ApplicationUser user, Long parentId, IssueInputParameters in) {
            Params p = params.get(in);
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> messages = new ArrayList<>();
            JiraState.Project project = p.projectId == null ? null : state.projectById(p.projectId).orElse(null);
            if (project == null) {
                errors.put("pid", "You must specify a valid project.");
            } else if (!state.canCreate(project, doubles.userOf(user))) {
                messages.add("You do not have permission to create issues in this project.");
            }
            if (parentId != null && state.issue(parentId).isEmpty()) {
                messages.add("The parent issue does not exist.");
            }
            if (p.issueTypeId == null || !p.issueTypeId.startsWith("type-")) {
                errors.put("issuetype", "The issue type selected is invalid.");
            }
            checkFields(p, errors);
            CreateValidationResult result = mock(CreateValidationResult.class);
            result(result, errors, messages, null);
            pending.put(result, new Object[]{p, parentId});
            return result;
        }

        public IssueResult create(ApplicationUser user, CreateValidationResult validation) {
            Object[] what = pending.remove(validation);
            IssueResult result = mock(IssueResult.class);
            if (what == null || !validation.isValid()) {
                result(result, Map.of(), List.of("The issue was not validated."), null);
                return result;
            }
            Params p = (Params) what[0];
            JiraState.Project project = state.projectById(p.projectId).orElseThrow();
            JiraState.Issue created = state.addIssue(project.key, p.issueTypeId.substring("type-".length()),
                    p.summary, (Long) what[1]);
            apply(created, p);
            result(result, Map.of(), List.of(), doubles.issue(created));
            return result;
        }

        public IssueResult getIssue(ApplicationUser user, String key) {
            JiraState.Issue issue = state.issue(key).orElse(null);
            boolean visible = state.canBrowse(issue, doubles.userOf(user));
            IssueResult result = mock(IssueResult.class);
            result(result, Map.of(), visible ? List.of() : List.of("You do not have the permission to see the "
                    + "specified issue."), visible ? doubles.issue(issue) : null);
            return result;
        }

        public boolean isEditable(Issue issue, ApplicationUser user) {
            return state.canEdit(state.issue(issue.getKey()).orElse(null), doubles.userOf(user));
        }

        public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters in) {
            Params p = params.get(in);
            JiraState.Issue issue = state.issue(issueId).orElse(null);
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> messages = new ArrayList<>();
            if (!state.canEdit(issue, doubles.userOf(user))) {
                messages.add("You do not have permission to edit issues in this project.");
            }
            checkFields(p, errors);
            UpdateValidationResult result = mock(UpdateValidationResult.class);
            result(result, errors, messages, issue == null ? null : doubles.issue(issue));
            pending.put(result, new Object[]{p, issueId});
            return result;
        }

        public IssueResult update(ApplicationUser user, UpdateValidationResult validation) {
            Object[] what = pending.remove(validation);
            IssueResult result = mock(IssueResult.class);
            if (what == null || !validation.isValid()) {
                result(result, Map.of(), List.of("The update was not validated."), null);
                return result;
            }
            JiraState.Issue issue = state.issue((Long) what[1]).orElseThrow();
            apply(issue, (Params) what[0]);
            result(result, Map.of(), List.of(), doubles.issue(issue));
            // Jira fires "Issue Updated" for an edit made through IssueService, also for the app's own edits
            JiraState.User actor = doubles.userOf(user);
            doubles.fireIssueEvent(issue, ISSUE_UPDATED, actor == null ? null : actor.name);
            return result;
        }
    }

    private void checkFields(Params p, Map<String, String> errors) {
        if (p.summary != null && p.summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        if (p.assigneeId != null && state.user(p.assigneeId).isEmpty()) {
            errors.put("assignee", "User '" + p.assigneeId + "' does not exist.");
        }
        if (p.priorityId != null && !PRIORITIES.contains(priorityName(p.priorityId))) {
            errors.put("priority", "The priority selected is invalid.");
        }
        if (p.dueDate != null && !p.dueDate.isBlank()) {
            try {
                new SimpleDateFormat(DATE_PICKER, Locale.ENGLISH).parse(p.dueDate);
            } catch (java.text.ParseException e) {
                errors.put("duedate", "Invalid date format. Please enter the date in the format \"d/MMM/yy\".");
            }
        }
    }

    private void apply(JiraState.Issue issue, Params p) {
        if (p.summary != null) {
            issue.summary = p.summary;
        }
        if (p.assigneeId != null) {
            issue.assigneeKey = state.user(p.assigneeId).map(u -> u.key).orElse(null);
        }
        if (p.dueDate != null) {
            issue.fields.put("duedate", p.dueDate);
        }
        if (p.priorityId != null) {
            issue.fields.put("priority", priorityName(p.priorityId));
        }
        if (p.description != null) {
            issue.fields.put("description", p.description);
        }
    }

    private static String priorityName(String id) {
        try {
            int i = Integer.parseInt(id);
            return i >= 1 && i <= PRIORITIES.size() ? PRIORITIES.get(i - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Stubs a Jira service result: valid when there are no errors, with its error collection and issue. */
    private static void result(com.atlassian.jira.bc.ServiceResultImpl result, Map<String, String> errors,
                               List<String> messages, com.atlassian.jira.issue.MutableIssue issue) {
        ErrorCollection collection = mock(ErrorCollection.class);
        when(collection.getErrors()).thenReturn(Map.copyOf(errors));
        when(collection.getErrorMessages()).thenReturn(List.copyOf(messages));
        when(result.isValid()).thenReturn(errors.isEmpty() && messages.isEmpty());
        when(result.getErrorCollection()).thenReturn(collection);
        if (result instanceof IssueService.IssueValidationResult r) {
            when(r.getIssue()).thenReturn(issue);
        }
    }

    public SubTaskManager subTaskManager() {
        return mock(SubTaskManager.class, delegatesTo(new FakeSubTaskManager()));
    }

    public final class FakeSubTaskManager {
        public void createSubTaskIssueLink(Issue parent, Issue subTask, ApplicationUser user) {
            state.link(parent.getId(), subTask.getId(), "jira_subtask_link");
        }
    }

    public IssueLinkManager issueLinkManager() {
        return mock(IssueLinkManager.class, delegatesTo(new FakeIssueLinkManager()));
    }

    public final class FakeIssueLinkManager {
        public void createIssueLink(Long source, Long destination, Long typeId, Long sequence, ApplicationUser user) {
            state.link(source, destination, typeName(typeId));
        }

        public List<com.atlassian.jira.issue.link.IssueLink> getInwardLinks(Long destinationId) {
            List<com.atlassian.jira.issue.link.IssueLink> inward = new ArrayList<>();
            for (JiraState.IssueLink l : state.links()) {
                if (l.destinationId() == destinationId) {
                    IssueLinkType type = mock(IssueLinkType.class);
                    when(type.getId()).thenReturn(typeId(l.type()));
                    when(type.getName()).thenReturn(l.type());
                    var link = mock(com.atlassian.jira.issue.link.IssueLink.class);
                    when(link.getIssueLinkType()).thenReturn(type);
                    when(link.getSourceObject()).thenReturn(doubles.issue(state.issue(l.sourceId()).orElse(null)));
                    when(link.getSourceId()).thenReturn(l.sourceId());
                    inward.add(link);
                }
            }
            return inward;
        }

        public IssueLink getIssueLink(Long source, Long destination, Long typeId) {
            JiraState.IssueLink found = new JiraState.IssueLink(source, destination, typeName(typeId));
            if (!state.links().contains(found)) {
                return null;
            }
            IssueLink link = mock(IssueLink.class);
            handedOut.put(link, found);
            return link;
        }

        public void removeIssueLink(IssueLink link, ApplicationUser user) {
            JiraState.IssueLink found = handedOut.remove(link);
            if (found != null) {
                state.unlink(found.sourceId(), found.destinationId(), found.type());
            }
        }

        private final java.util.Map<IssueLink, JiraState.IssueLink> handedOut =
                new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** The link type's name as JiraState records links: the app's "Countermeasure", Jira's default "Relates". */
    static String typeName(Long typeId) {
        if (typeId == null) {
            return "link-null";
        }
        return typeId == LINK_TYPE_ID ? "Countermeasure" : typeId == INCIDENT_LINK_TYPE_ID ? "Post-mortem"
                : typeId == RELATES_TYPE_ID ? "Relates" : "link-" + typeId;
    }

    /** The id of a link type JiraState records by name; -1 for one the rig does not know. */
    static long typeId(String name) {
        return switch (name) {
            case "Countermeasure" -> LINK_TYPE_ID;
            case "Post-mortem" -> INCIDENT_LINK_TYPE_ID;
            case "Relates" -> RELATES_TYPE_ID;
            default -> -1L;
        };
    }

    public PriorityManager priorityManager() {
        List<Priority> priorities = new ArrayList<>();
        for (int i = 0; i < PRIORITIES.size(); i++) {
            Priority p = mock(Priority.class);
            when(p.getId()).thenReturn(String.valueOf(i + 1));
            when(p.getName()).thenReturn(PRIORITIES.get(i));
            priorities.add(p);
        }
        PriorityManager manager = mock(PriorityManager.class);
        when(manager.getPriorities()).thenReturn(priorities);
        return manager;
    }

    public DateFieldFormat dateFieldFormat() {
        return mock(DateFieldFormat.class, delegatesTo(new FakeDateFieldFormat()));
    }

    public static final class FakeDateFieldFormat {
        public String formatDatePicker(Date date) {
            return new SimpleDateFormat(DATE_PICKER, Locale.ENGLISH).format(date);
        }
    }

    public ProjectManager projectManager() {
        return mock(ProjectManager.class, delegatesTo(new FakeProjectManager()));
    }

    public final class FakeProjectManager {
        public Project getProjectObjByKey(String key) {
            return state.projectByKey(key).map(doubles::project).orElse(null);
        }
    }

    /** The app's "Countermeasure" and "Post-mortem" link types exist (the provisioning creates them in Jira), and Jira's default "Relates". */
    public IssueLinkTypeManager issueLinkTypeManager() {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(LINK_TYPE_ID);
        when(type.getName()).thenReturn("Countermeasure");
        IssueLinkType incident = mock(IssueLinkType.class);
        when(incident.getId()).thenReturn(INCIDENT_LINK_TYPE_ID);
        when(incident.getName()).thenReturn("Post-mortem");
        IssueLinkTypeManager manager = mock(IssueLinkTypeManager.class);
        when(manager.getIssueLinkTypesByName("Countermeasure")).thenReturn(List.<IssueLinkType>of(type));
        when(manager.getIssueLinkTypesByName("Post-mortem")).thenReturn(List.<IssueLinkType>of(incident));
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(RELATES_TYPE_ID);
        when(relates.getName()).thenReturn("Relates");
        when(manager.getIssueLinkTypesByName("Relates")).thenReturn(List.<IssueLinkType>of(relates));
        return manager;
    }

    static Collection<String> standardIssueTypes() {
        return List.of("Post-mortem", "Task", "Sub-task", "Countermeasure", "Incident");
    }
}
