package io.postmortems.jira.publish;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.postmortems.jira.provisioning.Provisioning;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;

/**
 * Queues a publish when a Post-mortem issue is transitioned into a status of the Done category. Transitions fire
 * resolved, closed or generic events (Jira's default workflow events); edits of an issue already done do not
 * republish (the panel's "Publish now" does).
 */
@Named
@ExportAsService(LifecycleAware.class)
public class PublishOnDoneListener implements LifecycleAware {
    static final Set<Long> TRANSITION_EVENTS = Set.of(EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_GENERICEVENT_ID);

    private final EventPublisher events;
    private final PublishRequests requests;

    @Inject
    public PublishOnDoneListener(@ComponentImport EventPublisher events, PublishRequests requests) {
        this.events = events;
        this.requests = requests;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!TRANSITION_EVENTS.contains(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getStatus() == null || !Provisioning.isPostMortemType(issue.getIssueType())) {
            return;
        }
        StatusCategory category = issue.getStatus().getStatusCategory();
        if (category == null || !StatusCategory.COMPLETE.equals(category.getKey())) {
            return;
        }
        ApplicationUser user = event.getUser();
        requests.request(issue.getId(), user == null ? null : user.getKey(),
                PublishRequests.Trigger.TRANSITION_TO_DONE);
    }
}
