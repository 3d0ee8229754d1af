package io.postmortems.jira.reminders;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The announcement e-mail over MailDelivery: who gets it, each address once, nothing without mail. */
public class AnnouncementMailDeliveryTest {
    private final MailDelivery mail = mock(MailDelivery.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final AnnouncementMailDelivery delivery = new AnnouncementMailDelivery(mail, groups);

    private static ApplicationUser user(String address, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getEmailAddress()).thenReturn(address);
        when(u.isActive()).thenReturn(active);
        return u;
    }

    @Before
    public void setUp() {
        when(mail.state()).thenReturn(MailDelivery.State.ENABLED);
        when(groups.groupExists("sre")).thenReturn(true);
        List<ApplicationUser> members = List.of(user("ann@example.com", true), user("INCIDENTS@example.com", true),
                user("gone@example.com", false), user(" ", true));
        when(groups.getUsersInGroup("sre")).thenReturn(members);
    }

    @Test
    public void send_shouldMailTheAddressAndActiveMembersWithAnAddressOnceEach() {
        assertEquals(2, delivery.send("incidents@example.com", "sre", "S", "B"));
        verify(mail).queueToAddress("incidents@example.com", "S", "B");
        verify(mail).queueToAddress("ann@example.com", "S", "B");
        verify(mail, never()).queueToAddress("gone@example.com", "S", "B");
    }

    @Test
    public void send_shouldQueueNothingWithoutMailOrForAGroupJiraDoesNotHave() {
        when(mail.state()).thenReturn(MailDelivery.State.NO_SMTP_SERVER);
        assertEquals(0, delivery.send("incidents@example.com", "sre", "S", "B"));
        when(mail.state()).thenReturn(MailDelivery.State.ENABLED);
        assertEquals(0, delivery.send(null, "nobody", "S", "B"));
        assertEquals(0, delivery.send(null, null, "S", "B"));
        verify(mail, never()).queueToAddress(anyString(), anyString(), anyString());
        verify(mail, never()).queue(any(ApplicationUser.class), anyString(), anyString());
    }
}
