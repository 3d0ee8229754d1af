// Stand-in. Source: atlassian-mail source https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html ("public interface MailQueue", "void addItem(MailQueueItem item)"), Jira's asynchronous mail queue; re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora (addItem only in a Jira 9.12 app); UNCONFIRMED.
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
