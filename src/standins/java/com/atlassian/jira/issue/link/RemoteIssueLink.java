// Stand-in. Source: jira-api, com/atlassian/jira/issue/link/RemoteIssueLink.java (@PublicApi since 5.0; built by RemoteIssueLinkBuilder); only the getters read here | Audit (docs corpus): RemoteIssueLink is used in jira-software 10.7.4/11.3.2 javadoc signatures (RemoteIssueLinkSearchServiceImpl), confirming the class still exists; getters UNCONFIRMED.
package com.atlassian.jira.issue.link;

public class RemoteIssueLink {
    private final Long id;
    private final Long issueId;
    private final String globalId;
    private final String title;
    private final String url;
    private final String relationship;
    private final String applicationType;
    private final String applicationName;

    RemoteIssueLink(Long id, Long issueId, String globalId, String title, String url, String relationship,
                    String applicationType, String applicationName) {
        this.id = id;
        this.issueId = issueId;
        this.globalId = globalId;
        this.title = title;
        this.url = url;
        this.relationship = relationship;
        this.applicationType = applicationType;
        this.applicationName = applicationName;
    }

    public Long getId() { return id; }

    public Long getIssueId() { return issueId; }

    public String getGlobalId() { return globalId; }

    public String getTitle() { return title; }

    public String getUrl() { return url; }

    public String getRelationship() { return relationship; }

    public String getApplicationType() { return applicationType; }

    public String getApplicationName() { return applicationName; }
}
