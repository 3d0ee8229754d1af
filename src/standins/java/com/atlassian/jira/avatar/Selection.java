// Stand-in. Source: jira-api, com/atlassian/jira/avatar/Selection.java (a cropping rectangle; the app only passes null)
package com.atlassian.jira.avatar;

public class Selection {
    private Selection() {
    }
}
