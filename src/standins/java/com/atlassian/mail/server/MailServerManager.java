// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html ("SMTPMailServer MailServerManager.getDefaultSMTPMailServer()"; null when none is configured, as atlassian-mail 2.3.2 SingleMailQueueItem checks); re-check with -Patlassian
package com.atlassian.mail.server;

public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();
}
