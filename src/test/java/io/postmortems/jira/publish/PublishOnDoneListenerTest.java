package io.postmortems.jira.publish;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PublishOnDoneListenerTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);
    @Mock EventPublisher events;
    @Mock PublishRequests requests;
    @Mock IssueEvent event;
    @Mock Issue issue;
    @Mock IssueType type;
    @Mock Status status;
    @Mock StatusCategory category;
    @Mock ApplicationUser bob;
    private PublishOnDoneListener listener;

    @Before
    public void setUp() {
        listener = new PublishOnDoneListener(events, requests);
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(bob);
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_RESOLVED_ID);
        when(bob.getKey()).thenReturn("bob");
        when(issue.getId()).thenReturn(42L);
        when(issue.getIssueType()).thenReturn(type);
        when(type.getName()).thenReturn("Post-mortem");
        when(issue.getStatus()).thenReturn(status);
        when(status.getStatusCategory()).thenReturn(category);
        when(category.getKey()).thenReturn(StatusCategory.COMPLETE);
    }

    @Test
    public void lifecycle_shouldRegisterOnStartAndUnregisterOnStop() {
        listener.onStart();
        verify(events).register(listener);
        listener.onStop();
        verify(events).unregister(listener);
    }

    @Test
    public void onIssueEvent_shouldRequestAPublishWhenAPostMortemEntersDone() {
        listener.onIssueEvent(event);
        verify(requests).request(42L, "bob", PublishRequests.Trigger.TRANSITION_TO_DONE);
    }

    @Test
    public void onIssueEvent_shouldIgnoreOtherIssueTypes() {
        when(type.getName()).thenReturn("Bug");
        listener.onIssueEvent(event);
        verify(requests, never()).request(anyLong(), any(), any());
    }

    @Test
    public void onIssueEvent_shouldKnowThePostMortemTypeAsPanelAndServiceDo() {
        when(type.getName()).thenReturn("Post-Mortem");
        listener.onIssueEvent(event);
        verify(requests).request(42L, "bob", PublishRequests.Trigger.TRANSITION_TO_DONE);
    }

    @Test
    public void onIssueEvent_shouldIgnoreAnIssueWithoutAType() {
        when(issue.getIssueType()).thenReturn(null);
        listener.onIssueEvent(event);
        verify(requests, never()).request(anyLong(), any(), any());
    }

    @Test
    public void onIssueEvent_shouldIgnoreStatusesOutsideDone() {
        when(category.getKey()).thenReturn("indeterminate");
        listener.onIssueEvent(event);
        verify(requests, never()).request(anyLong(), any(), any());
    }

    @Test
    public void onIssueEvent_shouldIgnoreEditsOfAnIssueAlreadyDone() {
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_UPDATED_ID);
        listener.onIssueEvent(event);
        verify(requests, never()).request(anyLong(), any(), any());
    }
}
