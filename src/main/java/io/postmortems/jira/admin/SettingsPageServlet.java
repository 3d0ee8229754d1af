package io.postmortems.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.postmortems.jira.permissions.PostMortemPermissions;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The app's administration page, {@code /plugins/servlet/postmortems/admin}. Jira administrators get the settings
 * form ({@code templates/admin/settings.vm}); its script loads and saves the settings through the settings REST
 * resource, which checks the permission again. Anonymous visitors are sent to the login page (and back here),
 * signed-in users who are not administrators get a 403 with a plain-text reason.
 */
public class SettingsPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/settings.vm";
    /** The web-resource context of the page's script and style (descriptor: postmortem-admin-resources). */
    static final String RESOURCE_CONTEXT = "postmortems.admin";

    private final transient JiraAuthenticationContext authenticationContext;
    private final transient PostMortemPermissions permissions;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUris;
    private final transient PageBuilderService pageBuilder;

    @Inject
    public SettingsPageServlet(@ComponentImport JiraAuthenticationContext authenticationContext,
                               PostMortemPermissions permissions, @ComponentImport TemplateRenderer renderer,
                               @ComponentImport LoginUriProvider loginUris,
                               @ComponentImport PageBuilderService pageBuilder) {
        this.authenticationContext = authenticationContext;
        this.permissions = permissions;
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        if (!permissions.isAdministrator(user)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(authenticationContext.getI18nHelper()
                    .getText("postmortems.admin.forbidden"));
            return;
        }
        pageBuilder.assembler().resources().requireContext(RESOURCE_CONTEXT);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", authenticationContext.getI18nHelper());
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    /** This page's address, relative to the host, so the login page sends the administrator back here. */
    public static URI returnUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        try {
            return URI.create(uri.toString());
        } catch (IllegalArgumentException e) {
            // A malformed query string (anyone can send one): come back to the page without it, never a 500.
            try {
                return URI.create(request.getRequestURI());
            } catch (IllegalArgumentException again) {
                return URI.create("/");
            }
        }
    }
}
