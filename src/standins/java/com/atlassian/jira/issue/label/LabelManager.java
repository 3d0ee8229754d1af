// Stand-in. Jira 11.3 use: addLabel(ApplicationUser, Long, String, boolean) in codescape/jira-multiple-subtasks@ce71581 (jira 11.3.3) .../service/SubtasksCreationService.java:300. Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html ("@PublicApi public interface LabelManager"; "Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification): Adds a label to the issue provided", read via the docs corpus); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/label/LabelManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

public interface LabelManager {
    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}
