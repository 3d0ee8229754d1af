// Stand-in. Source: atlassian-mail 2.3.2 source https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html ("public class SingleMailQueueItem extends AbstractMailQueueItem", "public SingleMailQueueItem(Email email)"; AbstractMailQueueItem implements MailQueueItem); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("stand-in");
    }
}
