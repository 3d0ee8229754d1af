// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/MailFactory.html ("public static boolean isSendingDisabled()", backed by the atlassian.mail.senddisabled flag) and atlassian-mail 2.3.2 SingleMailQueueItem source (https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html, which skips sending when it is true); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.mail;

public class MailFactory {
    public static boolean isSendingDisabled() {
        throw new UnsupportedOperationException("stand-in");
    }
}
