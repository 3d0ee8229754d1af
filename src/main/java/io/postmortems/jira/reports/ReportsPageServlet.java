package io.postmortems.jira.reports;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.metrics.CountermeasureOutcomes;
import io.postmortems.core.metrics.PostMortemCoverage;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.metrics.Resurfacing;
import io.postmortems.jira.admin.SettingsPageServlet;
import io.postmortems.jira.review.ReviewConfigs;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.ReportsView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports page, {@code /plugins/servlet/postmortems/reports} (every project the viewer may browse) or
 * {@code ...?project=KEY} (one project, the link in the project's sidebar). Signed-in users only; the figures come
 * from {@link IndexedPostMortems} (Jira's search as the viewer) and one {@link ReportsView} goes to
 * {@code templates/reports/reports.vm}. Months and "overdue" follow the viewer's time zone;
 * follow-through periods and due-date targets are the administrator's current settings.
 */
public class ReportsPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/reports/reports.vm";
    static final String RESOURCE_CONTEXT = "postmortems.reports";

    private final transient JiraAuthenticationContext authenticationContext;
    private final transient TimeZoneManager timeZones;
    private final transient IndexedPostMortems postMortems;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUris;
    private final transient PageBuilderService pageBuilder;
    private final transient SettingsStore settings;
    private final transient Clock clock;
    /** Coverage of required post-mortems, for administrators; null leaves it out (issue #13 item 2). */
    private final transient RequiredIncidentCoverage coverage;

    @Inject
    public ReportsPageServlet(@ComponentImport JiraAuthenticationContext authenticationContext,
                              @ComponentImport TimeZoneManager timeZones, IndexedPostMortems postMortems,
                              @ComponentImport TemplateRenderer renderer, @ComponentImport LoginUriProvider loginUris,
                              @ComponentImport PageBuilderService pageBuilder, SettingsStore settings,
                              RequiredIncidentCoverage coverage) {
        this(authenticationContext, timeZones, postMortems, renderer, loginUris, pageBuilder, settings, coverage,
                Clock.systemUTC());
    }

    /** With the clock that decides "today" (the journeys' rig clock). */
    public ReportsPageServlet(JiraAuthenticationContext authenticationContext, TimeZoneManager timeZones,
                              IndexedPostMortems postMortems, TemplateRenderer renderer, LoginUriProvider loginUris,
                              PageBuilderService pageBuilder, SettingsStore settings,
                              RequiredIncidentCoverage coverage, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.timeZones = timeZones;
        this.postMortems = postMortems;
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
        this.settings = settings;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(SettingsPageServlet.returnUri(request)).toASCIIString());
            return;
        }
        I18nHelper i18n = authenticationContext.getI18nHelper();
        PanelText text = (key, args) -> args.isEmpty() ? i18n.getText(key) : i18n.getText(key, args.toArray());
        String project = request.getParameter("project");
        project = project == null || project.isBlank() ? null : project.strip();
        ZoneId zone = timeZones.getLoggedInUserTimeZone() == null ? ZoneId.of("UTC")
                : timeZones.getLoggedInUserTimeZone().toZoneId();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        try {
            IndexedPostMortems.Found found = postMortems.find(user, project);
            LocalDate today = LocalDate.now(clock.withZone(zone));
            PostMortemReport report = PostMortemReport.of(found.snapshots(), zone, today);
            AppSettings app = settings.load();
            FollowThroughPolicy policy = app.followThrough().policy();
            ReportsView view = ReportsView.of(report, project, found.unreadable(), text).withFollowThrough(
                    CountermeasureOutcomes.of(found.snapshots(), today, policy, ReviewConfigs.from(app)),
                    Resurfacing.of(found.postMortems(), zone, today, policy), request.getContextPath(), text);
            Optional<PostMortemCoverage> covered = coverage == null ? Optional.empty()
                    : coverage.find(user, project, zone);
            context.put("view", covered.isPresent() ? view.withCoverage(covered.get(), text) : view);
        } catch (IndexedPostMortems.SearchFailed e) {
            context.put("view", ReportsView.failed(project, text.text(e.messageKey(), List.of()), text));
            response.setStatus(project != null && e.messageKey().endsWith(".project")
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        pageBuilder.assembler().resources().requireContext(RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
