package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortems.jira.service.FollowThroughService;
import io.postmortems.jira.service.ServiceException;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The follow-through endpoints ask for Edit before they read a body (issue #10: permissions first). */
public class FollowThroughResourceTest {
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final FollowThroughService service = mock(FollowThroughService.class);
    private FollowThroughResource resource;

    @Before
    public void setUp() throws Exception {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(i18n.getText(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        resource = new FollowThroughResource(authentication, service);
        doThrow(ServiceException.of(ServiceException.Kind.FORBIDDEN, "issueKey", "postmortems.error.issue.noEdit",
                "PM-1")).when(service).requireEditable(viewer, "PM-1");
    }

    @Test
    public void everyEndpoint_shouldAnswer403BeforeReadingABadBodyForAUserWhoMayNotEdit() throws Exception {
        assertEquals(403, resource.effectiveness("PM-1", "cm-1", "{not json").getStatus());
        assertEquals(403, resource.followUp("PM-1", "cm-1", "[1,2]").getStatus());
        assertEquals(403, resource.revisit("PM-1", "{\"unknown\": true}").getStatus());
        verify(service, org.mockito.Mockito.times(3)).requireEditable(viewer, "PM-1");
        verifyNoMoreInteractions(service);
    }

    @Test
    public void effectiveness_shouldStillNameABadBodyForAUserWhoMayEdit() {
        Response response = resource.effectiveness("PM-2", "cm-1", "{\"colour\": 1}");
        assertEquals(400, response.getStatus());
    }
}
