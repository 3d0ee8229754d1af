package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.provisioning.Provisioning;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds where countermeasure tickets go, by the names provisioning creates: the "Countermeasure" sub-task type (else
 * the project's first sub-task type, e.g. Jira's "Sub-task", when an administrator has not added ours to the project's
 * scheme), a standard type for linked mode ("Task" if the project has it, else its first standard type other than
 * Post-mortem), and the "Countermeasure" link type. Only types in the project's own issue type scheme are used, so
 * Jira never refuses the type.
 */
@Named
public class JiraCountermeasureTargets implements CountermeasureTargets {
    /** Preferred standard type for linked countermeasures. */
    static final String LINKED_TYPE = "Task";

    private final ProjectManager projectManager;
    private final IssueLinkTypeManager linkTypes;

    @Inject
    public JiraCountermeasureTargets(@ComponentImport ProjectManager projectManager,
                                     @ComponentImport IssueLinkTypeManager linkTypes) {
        this.projectManager = projectManager;
        this.linkTypes = linkTypes;
    }

    @Override
    public Optional<String> subTaskIssueTypeId(Project project) {
        return pick(project, IssueType::isSubTask, Provisioning.COUNTERMEASURE_TYPE);
    }

    @Override
    public Optional<String> issueTypeId(Project project) {
        return pick(project, t -> !t.isSubTask() && !Provisioning.isPostMortemType(t),
                LINKED_TYPE);
    }

    @Override
    public Optional<Long> linkTypeId() {
        Collection<IssueLinkType> found = linkTypes.getIssueLinkTypesByName(Provisioning.LINK_TYPE);
        return found == null ? Optional.empty()
                : found.stream().map(IssueLinkType::getId).filter(id -> id != null).findFirst();
    }

    @Override
    public Optional<Project> project(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(projectManager.getProjectObjByKey(projectKey.trim()));
    }

    /** The type named {@code preferred} among the project's types that fit, else the first that fits. */
    private static Optional<String> pick(Project project, Predicate<IssueType> fits, String preferred) {
        Collection<IssueType> types = project == null ? null : project.getIssueTypes();
        List<IssueType> fitting = types == null ? List.of() : types.stream().filter(t -> t != null && fits.test(t))
                .toList();
        return fitting.stream().filter(t -> preferred.equalsIgnoreCase(t.getName())).findFirst()
                .or(() -> fitting.stream().findFirst())
                .map(IssueType::getId);
    }
}
