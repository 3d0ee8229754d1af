package io.postmortems.jira.publish;

import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.CreateValidationResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.RemoteIssueLinkResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.UpdateValidationResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The link service is a small in-memory fake over the stand-in types: links keyed by (issue, global id). */
public class RemoteWikiPageLinkerTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    RemoteIssueLinkService service;
    @Mock
    Issue issue;
    @Mock
    ApplicationUser alice;

    private final Map<String, RemoteIssueLink> stored = new HashMap<>();
    private long nextId = 100;

    @Before
    public void setUp() {
        when(issue.getId()).thenReturn(7L);
        when(issue.getKey()).thenReturn("OPS-7");
        when(service.getRemoteIssueLinkByGlobalId(eq(alice), eq(issue), any())).thenAnswer(inv -> {
            RemoteIssueLink link = stored.get(inv.getArgument(2, String.class));
            return result(RemoteIssueLinkResult.class, link, link != null);
        });
        when(service.validateCreate(eq(alice), any())).thenAnswer(inv ->
                result(CreateValidationResult.class, inv.getArgument(1), true));
        when(service.create(eq(alice), any())).thenAnswer(inv -> {
            RemoteIssueLink link = new RemoteIssueLinkBuilder(
                    inv.getArgument(1, CreateValidationResult.class).getRemoteIssueLink()).id(nextId++).build();
            stored.put(link.getGlobalId(), link);
            return result(RemoteIssueLinkResult.class, link, true);
        });
        when(service.validateUpdate(eq(alice), any())).thenAnswer(inv ->
                result(UpdateValidationResult.class, inv.getArgument(1), true));
        when(service.update(eq(alice), any())).thenAnswer(inv -> {
            RemoteIssueLink link = inv.getArgument(1, UpdateValidationResult.class).getRemoteIssueLink();
            stored.put(link.getGlobalId(), link);
            return result(RemoteIssueLinkResult.class, link, true);
        });
    }

    private static <T extends RemoteIssueLinkResult> T result(Class<T> type, RemoteIssueLink link, boolean valid) {
        T result = mock(type);
        when(result.getRemoteIssueLink()).thenReturn(link);
        when(result.isValid()).thenReturn(valid);
        return result;
    }

    @Test
    public void link_shouldCreateOnFirstPublishAndUpdateOnTheNextNeverTwo() {
        RemoteWikiPageLinker linker = new RemoteWikiPageLinker(service);
        linker.link(issue, alice, "https://wiki.example.com/pages/viewpage.action?pageId=1", "1");
        assertEquals(1, stored.size());
        RemoteIssueLink first = stored.values().iterator().next();
        assertEquals("Wiki Page", first.getTitle());
        assertEquals("Wiki Page", first.getRelationship());
        assertEquals(Long.valueOf(7L), first.getIssueId());

        linker.link(issue, alice, "https://wiki.example.com/pages/viewpage.action?pageId=2", "2");
        assertEquals(1, stored.size());
        RemoteIssueLink second = stored.values().iterator().next();
        assertEquals(first.getId(), second.getId());
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=2", second.getUrl());
        verify(service).validateCreate(eq(alice), any());
        verify(service).validateUpdate(eq(alice), any());
    }

    @Test
    public void link_shouldLeaveAnUnchangedLinkAlone() {
        RemoteWikiPageLinker linker = new RemoteWikiPageLinker(service);
        linker.link(issue, alice, "https://wiki.example.com/x", "1");
        linker.link(issue, alice, "https://wiki.example.com/x", "1");
        assertEquals(1, stored.size());
        verify(service, never()).validateUpdate(any(), any());
    }

    @Test
    public void link_shouldNameJirasReasonWhenRefused() {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("Issue linking is disabled."));
        CreateValidationResult refused = mock(CreateValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        when(service.validateCreate(eq(alice), any())).thenReturn(refused);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RemoteWikiPageLinker(service).link(issue, alice, "https://wiki.example.com/x", "1"));
        assertTrue(e.getMessage(), e.getMessage().contains("OPS-7") && e.getMessage().contains("disabled"));
        verify(service, never()).create(any(), any());
    }
}
