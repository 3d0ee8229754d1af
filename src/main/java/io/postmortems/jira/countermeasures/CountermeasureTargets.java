package io.postmortems.jira.countermeasures;

import com.atlassian.jira.project.Project;

import java.util.Optional;

/**
 * Where countermeasure tickets go: the issue types and the "Countermeasure" link type the app provisions, and the
 * projects it may create in. Implemented next to the provisioning code (it knows the ids it created).
 */
public interface CountermeasureTargets {
    /** The sub-task issue type used for countermeasures in a project, if the project's scheme has one. */
    Optional<String> subTaskIssueTypeId(Project project);

    /** The (standard) issue type used for linked countermeasures in a project. */
    Optional<String> issueTypeId(Project project);

    /** Id of the "Countermeasure" issue link type, once provisioned. */
    Optional<Long> linkTypeId();

    /** A project by key. */
    Optional<Project> project(String projectKey);
}
