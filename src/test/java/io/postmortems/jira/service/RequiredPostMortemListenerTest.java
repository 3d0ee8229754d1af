package io.postmortems.jira.service;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.RequiredPostMortemSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.IssuePropertyWriter;
import org.junit.Before;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Once per incident, and never a failure for Jira's event dispatch. */
public class RequiredPostMortemListenerTest {
    private final SettingsStore settings = mock(SettingsStore.class);
    private final IncidentPostMortems incidents = mock(IncidentPostMortems.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
    private final IssuePropertyWriter writer = mock(IssuePropertyWriter.class);
    private final ClusterLocks locks = new ClusterLocks(io.postmortems.jira.testing.FakeClusterLockService.inMemory());
    private final MutableIssue incident = mock(MutableIssue.class);
    private final ApplicationUser editor = mock(ApplicationUser.class);
    private RequiredPostMortemListener listener;

    @Before
    public void setUp() throws Exception {
        when(settings.load()).thenReturn(AppSettings.builder().incidentProjects(List.of("OPS"))
                .incidentIssueTypes(List.of("Incident")).requiredPostMortems(new RequiredPostMortemSettings(null, null,
                        List.of("SEV1"), null, null)).build());
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("OPS");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Incident");
        Priority highest = mock(Priority.class);
        when(highest.getName()).thenReturn("Highest");
        when(incident.getId()).thenReturn(20L);
        when(incident.getKey()).thenReturn("OPS-1");
        when(incident.getProjectObject()).thenReturn(project);
        when(incident.getIssueType()).thenReturn(type);
        when(incident.getPriority()).thenReturn(highest);
        when(incident.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-11-02T11:00:00Z")));
        when(incident.getAssignee()).thenReturn(editor);
        when(editor.getUsername()).thenReturn("editor");
        when(incidents.postMortemOf(incident)).thenReturn(Optional.empty());
        listener = new RequiredPostMortemListener(mock(EventPublisher.class), settings, incidents,
                new IncidentSeverity(null), comments, mock(PostMortemPermissions.class), properties, writer, locks,
                mock(ApplicationProperties.class));
    }

    private IssueEvent event(Long type) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(incident);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    @Test
    public void handle_shouldCreateAsTheAssigneeAndRecordIt() throws Exception {
        when(incidents.start(editor, "OPS-1")).thenReturn(new IncidentPostMortems.Started("OPS-2", true));
        assertEquals(RequiredPostMortemListener.Outcome.CREATED, listener.handle(incident, null));
        verify(writer).write(eq(20L), eq(RequiredPostMortemListener.PROPERTY_KEY),
                org.mockito.ArgumentMatchers.contains("\"postMortem\":\"OPS-2\""));
    }

    @Test
    public void handle_shouldDoNothingAgainOnceRecorded() throws Exception {
        EntityProperty recorded = mock(EntityProperty.class);
        when(recorded.getValue()).thenReturn("{\"required\":\"true\",\"action\":\"ASKED\"}");
        when(properties.get("IssueProperty", 20L, RequiredPostMortemListener.PROPERTY_KEY)).thenReturn(recorded);
        assertEquals(RequiredPostMortemListener.Outcome.ALREADY_HANDLED, listener.handle(incident, editor));
        verify(incidents, never()).start(any(), anyString());
        verify(comments, never()).create(any(), any(), anyString(), anyBoolean());
        verify(writer, never()).write(anyLong(), anyString(), anyString());
    }

    @Test
    public void handle_shouldNotRecordAFailedCreationSoTheNextResolveTriesAgain() throws Exception {
        when(incidents.start(editor, "OPS-1")).thenThrow(ServiceException.of(ServiceException.Kind.FORBIDDEN,
                "issueKey", "postmortems.error.incident.notOffered", "OPS-1"));
        assertEquals(RequiredPostMortemListener.Outcome.FAILED, listener.handle(incident, null));
        verify(writer, never()).write(anyLong(), anyString(), anyString());
    }

    @Test
    public void onIssueEvent_shouldNeverThrowAndIgnoreEditsAndUnresolvedIssues() throws Exception {
        when(settings.load()).thenThrow(new IllegalStateException("settings unreadable"));
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID)); // logged, not thrown
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID));
        when(incident.getResolutionDate()).thenReturn(null);
        listener.onIssueEvent(event(EventType.ISSUE_CLOSED_ID));
        verify(settings, org.mockito.Mockito.times(1)).load();
        verify(incidents, never()).start(any(), anyString());
    }
}
