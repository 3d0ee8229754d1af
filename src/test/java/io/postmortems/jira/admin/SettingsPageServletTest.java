package io.postmortems.jira.admin;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.permissions.PostMortemPermissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class SettingsPageServletTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    JiraAuthenticationContext auth;
    @Mock
    PermissionManager pm;
    @Mock
    GlobalPermissionManager gpm;
    @Mock
    TemplateRenderer renderer;
    @Mock
    LoginUriProvider loginUris;
    @Mock
    PageBuilderService pageBuilder;
    @Mock
    WebResourceAssembler assembler;
    @Mock
    RequiredResources resources;
    @Mock
    HttpServletRequest request;
    @Mock
    HttpServletResponse response;

    private final StringWriter body = new StringWriter();
    private SettingsPageServlet servlet;

    @Before
    public void setUp() throws Exception {
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/postmortems/admin");
        // the renderer renders the real template with standalone Velocity, like Jira's would
        doAnswer(call -> {
            VelocityEngine engine = new VelocityEngine();
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
            engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
            engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
            engine.init();
            Map<String, Object> context = call.getArgument(1);
            engine.getTemplate(call.getArgument(0), "UTF-8").merge(new VelocityContext(context), (Writer) call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        servlet = new SettingsPageServlet(auth, new PostMortemPermissions(pm, gpm), renderer, loginUris, pageBuilder);
    }

    private ApplicationUser user(boolean admin) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(gpm.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(admin);
        return user;
    }

    @Test
    public void doGet_shouldRenderTheFormForAdministrators() throws Exception {
        user(true);
        servlet.doGet(request, response);
        String html = body.toString();
        verify(resources).requireContext(SettingsPageServlet.RESOURCE_CONTEXT);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response, never()).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(html.contains("<title>Post-Mortems settings</title>"));
        assertTrue(html.contains("content=\"atl.admin\""));
        assertFalse("every i18n key resolved", html.contains("postmortems.admin."));
        for (String field : new String[]{"confluenceMode", "applicationLinkId", "confluenceUrl", "confluenceToken",
                "spaceKey", "rootTitle", "layout", "restrictedTarget", "jiraServerId", "severityLevels",
                "requiredSections", "countermeasureMode", "countermeasureProjectKey", "defaultDueWeeks",
                "errorsBlockPublishing", "extraBlameTerms", "extraCounterfactuals"}) {
            assertTrue(field, html.contains("name=\"" + field + "\""));
            assertTrue(field, html.contains("data-error-for=\"" + field + "\""));
        }
        assertTrue("the token field is write-only", html.contains("type=\"password\""));
    }

    @Test
    public void form_shouldCoverEveryAppSettingsComponent() throws Exception {
        user(true);
        servlet.doGet(request, response);
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("data-error-for=\"(\\w+)\"").matcher(body.toString());
        while (m.find()) {
            names.add(m.group(1));
        }
        Set<String> components = new TreeSet<>();
        for (var c : io.postmortems.jira.settings.AppSettings.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertEquals(components, names);
    }

    @Test
    public void doGet_shouldRefuseSignedInNonAdministratorsWithA403() throws Exception {
        user(false);
        servlet.doGet(request, response);
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
        assertEquals("Only Jira administrators may change the Post-Mortems settings.", body.toString());
    }

    @Test
    public void doGet_shouldSendAnonymousVisitorsToTheLoginPageAndBack() throws Exception {
        when(auth.getLoggedInUser()).thenReturn(null);
        when(request.getQueryString()).thenReturn("tab=1");
        URI back = URI.create("/jira/plugins/servlet/postmortems/admin?tab=1");
        when(loginUris.getLoginUri(back)).thenReturn(URI.create("/jira/login.jsp?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void condition_shouldShowTheMenuEntryToAdministratorsOnly() {
        AdministratorCondition condition = new AdministratorCondition(auth, new PostMortemPermissions(pm, gpm));
        when(auth.getLoggedInUser()).thenReturn(null);
        assertFalse(condition.shouldDisplay(Map.of()));
        user(false);
        assertFalse(condition.shouldDisplay(Map.of()));
        user(true);
        assertTrue(condition.shouldDisplay(Map.of()));
    }

    @Test
    public void returnUri_shouldDropAMalformedQueryStringInsteadOfFailing() {
        HttpServletRequest hostile = org.mockito.Mockito.mock(HttpServletRequest.class);
        when(hostile.getRequestURI()).thenReturn("/jira/plugins/servlet/postmortems/admin");
        when(hostile.getQueryString()).thenReturn("a=%zz|<x> y");
        assertEquals("/jira/plugins/servlet/postmortems/admin", SettingsPageServlet.returnUri(hostile).toString());
    }
}
