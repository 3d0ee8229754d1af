// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html ("Email Email.setBody(String)", "Email Email.setMimeType(String)", "Email Email.setSubject(String)") and the public Jira app paulcadman/jira-emailnotify EmailQueuer ("new Email(to)"); the atlassian-mail bundled with Jira 11 was not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora (new Email(String)/setMimeType only in a Jira 9.12 app); UNCONFIRMED.
package com.atlassian.mail;

public class Email {
    public Email(String to) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("stand-in");
    }
}
