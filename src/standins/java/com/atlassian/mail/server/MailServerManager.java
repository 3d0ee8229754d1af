// Stand-in. Jira 11.3 use: getDefaultSMTPMailServer() in deftdevs/bootstrapi@4c9d627 (jira 11.3.10) jira/.../service/MailServerServiceImpl.java:30. Earlier source: Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html ("SMTPMailServer MailServerManager.getDefaultSMTPMailServer()"; null when none is configured, as atlassian-mail 2.3.2 SingleMailQueueItem checks); re-check with -Patlassian
package com.atlassian.mail.server;

public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();
}
