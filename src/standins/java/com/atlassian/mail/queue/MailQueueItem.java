// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html ("public interface MailQueueItem"); no member is called here; re-check with -Patlassian
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
