package io.postmortems.jira.service;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.incident.IncidentSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Reads what a post-mortem starts from out of an incident issue: its status history (ChangeHistoryManager, field
 * "status"), comments, watchers and components, as a host-free {@link IncidentSnapshot}. Reads only; the caller has
 * checked that the user may see the incident.
 */
@Named
public class IncidentReader {
    static final String STATUS_FIELD = "status";

    private final ChangeHistoryManager changeHistory;
    private final CommentManager comments;
    private final WatcherManager watchers;

    @Inject
    public IncidentReader(@ComponentImport ChangeHistoryManager changeHistory, @ComponentImport CommentManager comments,
                          @ComponentImport WatcherManager watchers) {
        this.changeHistory = changeHistory;
        this.comments = comments;
        this.watchers = watchers;
    }

    public IncidentSnapshot read(Issue incident) {
        List<IncidentSnapshot.StatusChange> changes = new ArrayList<>();
        for (ChangeItemBean item : orEmpty(changeHistory.getChangeItemsForField(incident, STATUS_FIELD))) {
            if (item != null && item.getCreated() != null) {
                changes.add(new IncidentSnapshot.StatusChange(item.getCreated().toInstant(), item.getFromString(),
                        item.getToString()));
            }
        }
        List<IncidentSnapshot.Comment> said = new ArrayList<>();
        for (Comment comment : orEmpty(comments.getComments(incident))) {
            if (comment != null) {
                said.add(new IncidentSnapshot.Comment(instant(comment.getCreated()),
                        name(comment.getAuthorApplicationUser()), comment.getBody()));
            }
        }
        List<String> watching = new ArrayList<>();
        for (ApplicationUser user : orEmpty(watchers.getWatchersUnsorted(incident))) {
            if (user != null) {
                watching.add(name(user));
            }
        }
        watching.sort(String.CASE_INSENSITIVE_ORDER);
        List<String> components = new ArrayList<>();
        for (ProjectComponent component : orEmpty(incident.getComponents())) {
            if (component != null && component.getName() != null) {
                components.add(component.getName());
            }
        }
        return new IncidentSnapshot(incident.getKey(), incident.getSummary(), instant(incident.getCreated()),
                instant(incident.getResolutionDate()), components, name(incident.getAssignee()),
                name(incident.getReporter()), watching, changes, said);
    }

    private static <T> Collection<T> orEmpty(Collection<T> items) {
        return items == null ? List.of() : items;
    }

    private static Instant instant(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime());
    }

    private static String name(ApplicationUser user) {
        return user == null ? null : user.getDisplayName();
    }
}
