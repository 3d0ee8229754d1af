package io.postmortems.jira.rest;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.reminders.MailDelivery;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ReminderStatusResourceTest {
    private Response get(JiraFixture.Role role, MailDelivery.State state) {
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(role, null, null, pm, gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        MailDelivery mail = mock(MailDelivery.class);
        when(mail.state()).thenReturn(state);
        return new ReminderStatusResource(auth, new PostMortemPermissions(pm, gpm), mail).get();
    }

    @Test
    public void get_shouldTellAdministratorsThatRemindersBecomeCommentsWithoutMail() {
        Response response = get(JiraFixture.Role.ADMIN, MailDelivery.State.SENDING_DISABLED);
        assertEquals(200, response.getStatus());
        assertEquals("{\"mail\":\"SENDING_DISABLED\",\"mailEnabled\":false,\"message\":\"Outgoing mail is disabled in"
                + " Jira, so reminders are left as comments on the countermeasure tickets.\",\"announcementMessage\":"
                + "\"Outgoing mail is disabled in Jira, so no announcement e-mail is sent; the comments on the issues are"
                + " still made.\"}", response.getEntity());
        assertTrue(String.valueOf(get(JiraFixture.Role.ADMIN, MailDelivery.State.ENABLED).getEntity())
                .contains("\"mailEnabled\":true"));
    }

    @Test
    public void get_shouldRefuseOthers() {
        assertEquals(403, get(JiraFixture.Role.EDIT, MailDelivery.State.ENABLED).getStatus());
    }
}
