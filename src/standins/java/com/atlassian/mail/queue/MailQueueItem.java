// Stand-in. Source: atlassian-mail javadoc https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html ("public interface MailQueueItem"); no member is called here; re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
