// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html ("interface com.atlassian.mail.server.SMTPMailServer"); no member is called here; re-check with -Patlassian
package com.atlassian.mail.server;

public interface SMTPMailServer {
}
