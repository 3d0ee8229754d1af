// Stand-in. Source: atlassian-mail 2.3.2 source https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html ("public class SingleMailQueueItem extends AbstractMailQueueItem", "public SingleMailQueueItem(Email email)"; AbstractMailQueueItem implements MailQueueItem); re-check with -Patlassian
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("stand-in");
    }
}
