package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.reminders.MailDelivery;
import io.postmortems.jira.service.FieldError;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * Whether countermeasure reminders and announcement e-mails can go out by mail, for the admin page:
 * {@code {"mail":"NO_SMTP_SERVER", "mailEnabled":false,"message":"...","announcementMessage":"..."}}. Without mail,
 * reminders are left as comments on the tickets and announcements are the comments only.
 */
@Path("/reminders/status")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ReminderStatusResource {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemPermissions permissions;
    private final MailDelivery mail;

    @Inject
    public ReminderStatusResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                                  PostMortemPermissions permissions, MailDelivery mail) {
        this.authenticationContext = authenticationContext;
        this.permissions = permissions;
        this.mail = mail;
    }

    @GET
    @AdminOnly
    public Response get() {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return Json.errors(Response.Status.FORBIDDEN,
                    List.of(FieldError.of("", "postmortems.error.settings.forbidden")),
                    authenticationContext.getI18nHelper());
        }
        MailDelivery.State state = mail.state();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("mail", state.name());
        body.put("mailEnabled", state == MailDelivery.State.ENABLED);
        body.put("message", authenticationContext.getI18nHelper().getText(
                "postmortems.admin.reminders.mail." + state.name().toLowerCase(Locale.ROOT)));
        body.put("announcementMessage", authenticationContext.getI18nHelper().getText(
                "postmortems.admin.announcement.mail." + state.name().toLowerCase(Locale.ROOT)));
        return Json.ok(body);
    }
}
