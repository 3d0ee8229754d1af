// Stand-in. Jira 11.0 use: UrlMode.CANONICAL in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/service/notification/impl/DefaultAttachmentHelper.java:195. Earlier source: Source: sal-api com.atlassian.sal.api.UrlMode (enum; CANONICAL is the configured base URL, used as getBaseUrl(UrlMode.CANONICAL) in Atlassian plugins, code corpus: oauth2-provider, personal access tokens, UPM tests); only the constant the app uses is declared.
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL
}
