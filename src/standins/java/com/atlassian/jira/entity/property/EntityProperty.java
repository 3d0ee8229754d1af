// Stand-in. UNCONFIRMED for Jira 10/11: String getValue() as called on the result of JsonEntityPropertyManager.get(..) by Jira's IssuePropertySearchExtractor (jira-core 6.2+ source, "entityProperty.getValue()") and by public app code ("property.getValue()"), found with the code search; no 10/11 javadoc reachable here. Only the member called.
package com.atlassian.jira.entity.property;

public interface EntityProperty {
    String getValue();
}
