// Stand-in. Source: jira-api, com/atlassian/jira/avatar/Selection.java (a cropping rectangle; the app only passes null) | Audit (docs corpus): Selection is a parameter type on https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/avatar/CroppingAvatarImageDataProviderFactoryImpl.html; class shape UNCONFIRMED (only null is passed).
package com.atlassian.jira.avatar;

public class Selection {
    private Selection() {
    }
}
