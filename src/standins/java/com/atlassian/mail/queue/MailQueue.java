// Stand-in. Source: atlassian-mail source https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html ("public interface MailQueue", "void addItem(MailQueueItem item)"), Jira's asynchronous mail queue; re-check with -Patlassian
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
