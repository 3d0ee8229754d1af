package io.postmortems.jira.countermeasures;

import com.atlassian.jira.project.Project;

/**
 * Where a batch's tickets go, resolved once from the settings: a sub-task of the post-mortem, or an issue of
 * {@code issueTypeId} in {@code project} linked with {@code linkTypeId}.
 */
record TicketTarget(Project project, String issueTypeId, Long linkTypeId, boolean subTask) {
}
