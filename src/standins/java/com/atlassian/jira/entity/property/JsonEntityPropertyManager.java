// Stand-in. UNCONFIRMED for Jira 10/11: EntityProperty get(String entityName, Long entityId, String key) as called by Jira's own com.atlassian.jira.issue.index.indexers.impl.IssuePropertySearchExtractor (jira-core 6.2+ source found with the code search: "jsonEntityPropertyManager.get(EntityPropertyType.ISSUE_PROPERTY.getDbEntityName(), issueId, keyConfiguration.getPropertyKey())") and by public app code ("jsonEntityPropertyManager.get(entityName, entityId, globalId)"; "property.getValue()"); no 10/11 javadoc reachable here. Only the member called.
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    EntityProperty get(String entityName, Long entityId, String key);
}
