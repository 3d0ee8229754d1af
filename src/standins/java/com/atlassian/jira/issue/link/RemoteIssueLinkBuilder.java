// Stand-in. Source: jira-api, com/atlassian/jira/issue/link/RemoteIssueLinkBuilder.java (@PublicApi class since 5.0, public no-arg and copy constructors, fluent setters, build()); only the setters called here | Audit (docs corpus): not found; UNCONFIRMED beyond jira-api source.
package com.atlassian.jira.issue.link;

public class RemoteIssueLinkBuilder {
    private Long id;
    private Long issueId;
    private String globalId;
    private String title;
    private String url;
    private String relationship;
    private String applicationType;
    private String applicationName;

    public RemoteIssueLinkBuilder() {
    }

    public RemoteIssueLinkBuilder(RemoteIssueLink link) {
        id = link.getId();
        issueId = link.getIssueId();
        globalId = link.getGlobalId();
        title = link.getTitle();
        url = link.getUrl();
        relationship = link.getRelationship();
        applicationType = link.getApplicationType();
        applicationName = link.getApplicationName();
    }

    public RemoteIssueLinkBuilder id(Long id) { this.id = id; return this; }

    public RemoteIssueLinkBuilder issueId(Long issueId) { this.issueId = issueId; return this; }

    public RemoteIssueLinkBuilder globalId(String globalId) { this.globalId = globalId; return this; }

    public RemoteIssueLinkBuilder title(String title) { this.title = title; return this; }

    public RemoteIssueLinkBuilder url(String url) { this.url = url; return this; }

    public RemoteIssueLinkBuilder relationship(String relationship) { this.relationship = relationship; return this; }

    public RemoteIssueLinkBuilder applicationType(String applicationType) {
        this.applicationType = applicationType;
        return this;
    }

    public RemoteIssueLinkBuilder applicationName(String applicationName) {
        this.applicationName = applicationName;
        return this;
    }

    public RemoteIssueLink build() {
        return new RemoteIssueLink(id, issueId, globalId, title, url, relationship, applicationType, applicationName);
    }
}
