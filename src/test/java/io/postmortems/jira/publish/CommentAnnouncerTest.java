package io.postmortems.jira.publish;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.workflow.Announcements.Due;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CommentAnnouncerTest {
    private static final String URL = "https://wiki.example.com/display/OPS/2026-03-29+PM-7";
    private final CommentManager comments = mock(CommentManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager pm = mock(PermissionManager.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final MutableIssue postMortem = issue("PM-7");
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private CommentAnnouncer announcer;

    private MutableIssue issue(String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private void commentable(MutableIssue issue) {
        when(pm.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice)).thenReturn(true);
        when(pm.hasPermission(ProjectPermissions.ADD_COMMENTS, issue, alice)).thenReturn(true);
    }

    @Before
    public void setUp() {
        when(settings.load()).thenReturn(AppSettings.defaults());
        announcer = new CommentAnnouncer(comments, issues, users,
                new PostMortemPermissions(pm, mock(GlobalPermissionManager.class)), settings);
        commentable(postMortem);
    }

    @Test
    public void body_shouldMentionParticipantsWhoAreUsersAndNameOthersAsPlainText() {
        ApplicationUser dana = mock(ApplicationUser.class);
        when(dana.getUsername()).thenReturn("dana");
        when(dana.isActive()).thenReturn(true);
        when(users.getUserByName("dana")).thenReturn(dana);
        PostMortem doc = new PostMortem();
        doc.setTitle("Checkout [down|http://evil.example] {html}");
        doc.getMeeting().setFacilitatedBy("dana");
        doc.getMeeting().setParticipants(List.of("dana", "Guest *from* Vendor"));
        assertEquals("The post-mortem PM-7 (Checkout down http://evil.example html) is published: [" + URL + "]\n"
                + "Participants: [~dana], Guest from Vendor", announcer.body(doc, "PM-7", URL, Due.FIRST_PUBLISH));
    }

    @Test
    public void body_shouldBeInThePageLanguage() {
        AppSettings d = AppSettings.defaults();
        when(settings.load()).thenReturn(new AppSettings(d.confluenceMode(), null, null, null, null, d.rootTitle(),
                d.layout(), false, null, d.severityLevels(), d.requiredSections(), d.countermeasureMode(), null,
                d.defaultDueWeeks(), true, d.extraBlameTerms(), d.extraCounterfactuals(), "de"));
        assertEquals("Das Post-mortem PM-7 ist ver\u00f6ffentlicht: [" + URL + "]",
                announcer.body(new PostMortem(), "PM-7", URL, Due.FIRST_PUBLISH));
    }

    @Test
    public void announce_shouldSkipIncidentsTheUserMayNotCommentOnAndUnknownKeys() {
        MutableIssue visible = issue("OPS-1");
        MutableIssue hidden = issue("OPS-2");
        commentable(visible);
        when(issues.getIssueObject("OPS-1")).thenReturn(visible);
        when(issues.getIssueObject("OPS-2")).thenReturn(hidden);
        PostMortem doc = new PostMortem();
        doc.setRelatedIncidents(List.of("OPS-1", "OPS-2", "OPS-404", "OPS-1", "PM-7"));
        assertEquals(2, announcer.announce(postMortem, doc, alice, URL, Due.FIRST_PUBLISH));
        verify(comments).create(eq(postMortem), eq(alice), anyString(), eq(true));
        verify(comments).create(eq(visible), eq(alice), anyString(), eq(true));
        verify(comments, never()).create(eq(hidden), any(), anyString(), anyBoolean());
    }

    @Test
    public void announce_shouldGoOnAfterOneIssueRefusesAndSayNothingWhenNotDue() {
        MutableIssue other = issue("OPS-1");
        commentable(other);
        when(issues.getIssueObject("OPS-1")).thenReturn(other);
        when(comments.create(eq(postMortem), any(), anyString(), anyBoolean())).thenThrow(new IllegalStateException());
        PostMortem doc = new PostMortem();
        doc.setRelatedIncidents(List.of("OPS-1"));
        assertEquals(1, announcer.announce(postMortem, doc, alice, URL, Due.FIRST_PUBLISH));
        assertEquals(0, announcer.announce(postMortem, doc, alice, URL, Due.NONE));
    }

    @Test
    public void announce_shouldMailOnePlainTextAnnouncementWhenAnAddressOrGroupIsConfigured() {
        AnnouncementMail mail = mock(AnnouncementMail.class);
        when(settings.load()).thenReturn(AppSettings.defaults().toBuilder().workflow(
                new io.postmortems.jira.settings.WorkflowSettings(null, null, true, true, "incidents@example.com",
                        false, "sre")).build());
        CommentAnnouncer withMail = new CommentAnnouncer(comments, issues, users,
                new PostMortemPermissions(pm, mock(GlobalPermissionManager.class)), settings, mail);
        PostMortem doc = new PostMortem();
        doc.setTitle("Checkout\r\nBcc: all@example.com <b>down</b>");
        doc.setSeverity("SEV2");
        doc.setSummary("Line one\nLine two\u0007");
        withMail.announce(postMortem, doc, alice, URL, Due.MAJOR_UPDATE);
        verify(mail).send("incidents@example.com", "sre",
                "[Post-mortems] Updated and approved again: PM-7 Checkout Bcc: all@example.com <b>down</b>",
                "The post-mortem PM-7 (Checkout Bcc: all@example.com <b>down</b>) was updated and approved again: "
                        + URL + "\n\nTitle: Checkout Bcc: all@example.com <b>down</b>\nSeverity: SEV2\n"
                        + "Summary: Line one\nLine two");
    }

    @Test
    public void announce_shouldMailNothingWhenNothingIsDueOrNobodyIsConfiguredAndSurviveAFailingMail() {
        AnnouncementMail mail = mock(AnnouncementMail.class);
        CommentAnnouncer withMail = new CommentAnnouncer(comments, issues, users,
                new PostMortemPermissions(pm, mock(GlobalPermissionManager.class)), settings, mail);
        withMail.announce(postMortem, new PostMortem(), alice, URL, Due.FIRST_PUBLISH);
        verify(mail, never()).send(any(), any(), anyString(), anyString());
        when(settings.load()).thenReturn(AppSettings.defaults().toBuilder().workflow(
                new io.postmortems.jira.settings.WorkflowSettings(null, null, true, true, "a@example.com", false))
                .build());
        withMail.announce(postMortem, new PostMortem(), alice, URL, Due.NONE);
        verify(mail, never()).send(any(), any(), anyString(), anyString());
        when(mail.send(any(), any(), anyString(), anyString())).thenThrow(new IllegalStateException("queue down"));
        assertEquals("the comment is still made", 1,
                withMail.announce(postMortem, new PostMortem(), alice, URL, Due.FIRST_PUBLISH));
    }
}
