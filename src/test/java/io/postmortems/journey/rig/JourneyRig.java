package io.postmortems.journey.rig;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.admin.SettingsPageServlet;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.confluence.ConfluencePublisherFactory;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.TicketCreator;
import io.postmortems.jira.countermeasures.CountermeasureSync;
import io.postmortems.jira.countermeasures.CountermeasureTicketListener;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.testing.AoDatabase;
import io.postmortems.jira.countermeasures.JiraCountermeasureTargets;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.jira.panel.PostMortemIssueCondition;
import io.postmortems.jira.panel.PostMortemPanelContextProvider;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.publish.AoPublishRequests;
import io.postmortems.jira.publish.PublishOnDoneListener;
import io.postmortems.jira.publish.PublishWorker;
import io.postmortems.jira.publish.RemoteWikiPageLinker;
import io.postmortems.jira.rest.MirrorFailuresResource;
import io.postmortems.jira.rest.PostMortemResource;
import io.postmortems.jira.rest.SettingsResource;
import io.postmortems.jira.review.ReviewPublishGate;
import io.postmortems.jira.review.SettingsReview;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SalSettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.JiraIssuePropertyWriter;
import io.postmortems.jira.store.JiraTicketPropertyWriter;
import io.postmortems.jira.store.MirrorFailures;
import io.postmortems.jira.store.PostMortemEntity;
import io.postmortems.jira.publish.PublishRequestEntity;
import io.postmortems.publishing.fake.FakeConfluence;
import net.java.ao.EntityManager;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.apache.velocity.app.VelocityEngine;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.mockito.Mockito.mock;

/**
 * The journey rig: the app's real layers wired as in Jira, in one process on 127.0.0.1. REST resources in Jersey on
 * Jetty; the issue page with the panel as Jira renders it (condition, context provider, Velocity template, the
 * descriptor's web-resources with AUI); the admin page servlet; the real services, Active Objects on in-memory
 * HSQLDB, the publish outbox and worker; Confluence as {@link FakeConfluence}. Only Jira's own services are
 * doubles ({@link JiraDoubles} over {@link JiraState}). Users sign in at {@code /login?user=NAME} (a cookie), so
 * two browsers can be two users.
 *
 * <p>Start one per test class: {@code JourneyRig rig = JourneyRig.start();} then {@link #close()}.
 */
public final class JourneyRig implements AutoCloseable {
    public static final String CONTEXT_PATH = "/jira";
    public static final String SPACE = "OPS";
    public static final String PROJECT = "PM";

    public final JiraState jira = new JiraState();
    public final JiraDoubles doubles = new JiraDoubles(jira);
    public final FakeConfluence confluence;
    public final PostMortemService postMortems;
    public final SalSettingsStore settings;
    public final AoPostMortemStore store;
    public final AoPublishRequests publishRequests;
    public final PublishWorker publishWorker;
    public final JiraAuthenticationContext authentication;
    /** Jira's label manager, a Mockito mock: journeys verify the labels tickets were given. */
    public final com.atlassian.jira.issue.label.LabelManager labels =
            mock(com.atlassian.jira.issue.label.LabelManager.class);
    /** "Today" of the panel and of follow-through records; journeys move it forward ({@link RigClock#advanceDays}). */
    public final RigClock clock = new RigClock();
    /** Jira's outgoing mail: SMTP server, "sending disabled" switch and the mail queue, as journeys set them. */
    public final RigMail mail = new RigMail();
    /** Jira's default time zone in the rig (the reminder job's "today"), the editor's zone too. */
    public static final java.time.ZoneId JIRA_ZONE = java.time.ZoneId.of("Europe/Berlin");

    private final EntityManager entityManager;
    private final ActiveObjects ao;
    private final JiraDoubles.FakeSearchService search;
    private final Server server;
    private final WebResources webResources = WebResources.load();
    private final ScheduledExecutorService publisher;
    private final PublishOnDoneListener doneListener;
    private final CountermeasureTicketListener ticketListener;
    private final io.postmortems.jira.service.RequiredPostMortemListener requiredListener;
    /** Jira's custom fields, a Mockito mock: journeys that take the severity from a field stub it. */
    public final com.atlassian.jira.issue.CustomFieldManager customFields =
            mock(com.atlassian.jira.issue.CustomFieldManager.class);

    /** Declares a text custom field of this id: Jira finds it by id, an issue's value is {@code fields.get(id)}. */
    public void addCustomField(String id) {
        org.mockito.Mockito.when(customFields.getCustomFieldObject(id)).thenReturn(doubles.customField(id));
    }

    private JourneyRig(boolean autoPublish) throws Exception {
        confluence = FakeConfluence.start(SPACE, "SEC");
        String database = "jdbc:hsqldb:mem:rig-" + UUID.randomUUID();
        entityManager = EntityManagerBuilder.url(database).username("sa").password("").none()
                .tableNameConverter(new AtlassianTableNameConverter(AoDatabase.TABLE_PREFIX::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter()).build();
        migrate(entityManager);
        ao = JiraDoubles.activeObjects(entityManager);

        authentication = doubles.authenticationContext();
        IssueManager issueManager = doubles.issueManager();
        UserManager userManager = doubles.userManager();
        PostMortemPermissions permissions = new PostMortemPermissions(doubles.permissionManager(),
                doubles.globalPermissionManager());
        settings = new SalSettingsStore(doubles.pluginSettingsFactory());
        settings.save(confluenceSettings(AppSettings.defaults(), confluence.baseUrl()));
        MirrorFailures mirrorFailures = new MirrorFailures();
        JiraIssuePropertyWriter propertyWriter = new JiraIssuePropertyWriter(doubles.issuePropertyService(),
                authentication);
        // as the app is wired: the document's JQL property and each countermeasure ticket's own property
        store = new AoPostMortemStore(ao, propertyWriter, mirrorFailures, new JiraTicketPropertyWriter(issueManager,
                propertyWriter), new io.postmortems.jira.review.SettingsReviewConfigSource(settings));
        publishRequests = new AoPublishRequests(ao);
        SettingsReview review = new SettingsReview();

        // Countermeasure tickets: Jira's issue service, sub-tasks, links, priorities and date format over JiraState
        TicketDoubles tickets = new TicketDoubles(doubles);
        IssueService issueService = tickets.issueService();
        com.atlassian.jira.util.DateFieldFormat dateFieldFormat = tickets.dateFieldFormat();
        com.atlassian.jira.config.PriorityManager priorityManager = tickets.priorityManager();
        search = doubles.searchServiceFake();
        TicketStatuses ticketStatuses = ticketStatuses(doubles.searchService(search), search::keysQuery);
        CountermeasureStatusReconciler reconciler = new CountermeasureStatusReconciler(ticketStatuses, store,
                new io.postmortems.jira.countermeasures.DeletedTickets(issueManager));
        CountermeasureSync ticketUpdates = new CountermeasureSync(issueService, issueManager, userManager,
                priorityManager, dateFieldFormat, reconciler);
        ReviewPublishGate gate = new ReviewPublishGate(review);
        postMortems = new PostMortemService(issueManager, permissions, store, settings, review, gate,
                publishRequests, ticketUpdates, new io.postmortems.jira.countermeasures.JiraOwners(userManager,
                doubles.permissionManager()), new io.postmortems.jira.service.JiraRelatedIncidents(issueManager,
                permissions, tickets.issueLinkManager(), tickets.issueLinkTypeManager()));
        JiraCountermeasureTargets targets = new JiraCountermeasureTargets(tickets.projectManager(),
                tickets.issueLinkTypeManager());
        CountermeasureService countermeasures = new CountermeasureService(
                new TicketCreator(issueService, userManager, priorityManager, dateFieldFormat, labels,
                        tickets.subTaskManager(), tickets.issueLinkManager()),
                permissions, postMortems, settings, targets, new ClusterLocks(JiraDoubles.clusterLockService()));
        com.atlassian.sal.api.ApplicationProperties jiraProperties =
                mock(com.atlassian.sal.api.ApplicationProperties.class);
        // Jira's canonical base URL is the rig's own address, known once the server has started
        org.mockito.Mockito.when(jiraProperties.getBaseUrl(com.atlassian.sal.api.UrlMode.CANONICAL))
                .thenAnswer(inv -> baseUrl());

        // the reports' index search as the viewer: also recurrence for the panel and the published page
        io.postmortems.jira.reports.IndexedPostMortems indexed = new io.postmortems.jira.reports.IndexedPostMortems(
                doubles.searchService(search), doubles.jsonEntityPropertyManager());
        publishWorker = new PublishWorker(publishRequests, new ClusterLocks(JiraDoubles.clusterLockService()),
                issueManager, userManager, authentication, store, settings, gate,
                new ConfluencePublisherFactory(mock(ApplicationLinkService.class)),
                new RemoteWikiPageLinker(doubles.remoteIssueLinkService()), jiraProperties, reconciler,
                new io.postmortems.jira.publish.CommentAnnouncer(doubles.commentManager(), issueManager, userManager,
                        permissions, settings, new io.postmortems.jira.reminders.AnnouncementMailDelivery(
                                mail.delivery(), doubles.groupManager())), indexed,
                // the page shows in how many post-mortems each idea was raised, counted as the panel counts
                new io.postmortems.jira.countermeasures.IdeaCounts(doubles.searchService(search)));
        doneListener = new PublishOnDoneListener(doubles.eventPublisher(), publishRequests);
        doneListener.onStart();
        // changes on countermeasure tickets flow back into their post-mortems through Jira's issue events
        ticketListener = new CountermeasureTicketListener(doubles.eventPublisher(), issueManager,
                tickets.issueLinkManager(), store, reconciler);
        ticketListener.onStart();

        PostMortemPanelContextProvider panelContext = new PostMortemPanelContextProvider(authentication,
                doubles.timeZoneManager(), postMortems, permissions, ticketStatuses, reconciler, publishRequests,
                settings, clock, new io.postmortems.jira.countermeasures.IdeaCounts(doubles.searchService(search)),
                indexed);
        // Start from the incident: status history, comments, watchers over JiraState; Jira's issue service and links
        io.postmortems.jira.service.IncidentPostMortems incidents = new io.postmortems.jira.service.IncidentPostMortems(
                issueManager, issueService, tickets.issueLinkManager(), tickets.issueLinkTypeManager(), permissions,
                settings, postMortems, new io.postmortems.jira.service.IncidentReader(doubles.changeHistoryManager(),
                doubles.commentManager(), doubles.watcherManager()),
                new ClusterLocks(JiraDoubles.clusterLockService()),
                new io.postmortems.jira.service.IncidentSeverity(customFields));
        // required by severity: a resolved incident gets its post-mortem or a comment asking for one
        requiredListener = new io.postmortems.jira.service.RequiredPostMortemListener(doubles.eventPublisher(),
                settings, incidents, new io.postmortems.jira.service.IncidentSeverity(customFields),
                doubles.commentManager(), permissions, doubles.jsonEntityPropertyManager(), propertyWriter,
                new ClusterLocks(JiraDoubles.clusterLockService()), jiraProperties);
        requiredListener.onStart();
        io.postmortems.jira.panel.IncidentActionCondition incidentAction =
                new io.postmortems.jira.panel.IncidentActionCondition(authentication, incidents);

        io.postmortems.jira.service.FollowThroughService followThrough =
                new io.postmortems.jira.service.FollowThroughService(postMortems, settings,
                        () -> UUID.randomUUID().toString(), clock);
        VelocityEngine velocity = JiraDoubles.velocity();
        JiraDoubles.RequiredPerRequest required = new JiraDoubles.RequiredPerRequest();
        SettingsPageServlet adminPage = new SettingsPageServlet(authentication, permissions,
                doubles.templateRenderer(velocity), doubles.loginUriProvider(CONTEXT_PATH),
                doubles.pageBuilderService(required));

        io.postmortems.jira.reports.ReportsPageServlet reportsPage = new io.postmortems.jira.reports.ReportsPageServlet(
                authentication, doubles.timeZoneManager(), indexed,
                doubles.templateRenderer(velocity), doubles.loginUriProvider(CONTEXT_PATH),
                doubles.pageBuilderService(required), settings, new io.postmortems.jira.reports.RequiredIncidentCoverage(
                        doubles.searchService(search), doubles.jsonEntityPropertyManager(), incidents, store,
                        permissions), clock);

        ResourceConfig rest = new ResourceConfig()
                .registerInstances(new PostMortemResource(authentication, postMortems, countermeasures),
                        new io.postmortems.jira.rest.FollowThroughResource(authentication, followThrough),
                        new SettingsResource(authentication, permissions, settings,
                                new SettingsValidation(mock(ApplicationLinkService.class), targets, userManager,
                                        doubles.groupManager())),
                        // the admin page asks whether mail can go out; the rig's Jira has no SMTP server until a
                        // journey configures one (rig.mail)
                        new io.postmortems.jira.rest.ReminderStatusResource(authentication, permissions,
                                mail.delivery()),
                        new MirrorFailuresResource(authentication, permissions, mirrorFailures, store,
                                issueManager),
                        new io.postmortems.jira.rest.IncidentResource(authentication, incidents),
                        new io.postmortems.jira.rest.DraftTimelineResource(authentication, postMortems),
                        new io.postmortems.jira.rest.TimeBarResource(authentication, postMortems,
                                new io.postmortems.jira.panel.PanelTimeBar(authentication,
                                        doubles.timeZoneManager())))
                .register(new RestSecurity(authentication, permissions));

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH, ServletContextHandler.NO_SESSIONS);
        context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(new RigServlets.LoginFilter(doubles)), "/*",
                EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/postmortems/1.0/*");
        context.addServlet(new ServletHolder(new RigServlets.LoginServlet(jira)), "/login");
        context.addServlet(new ServletHolder(new RigServlets.IssuePageServlet(this, new PostMortemIssueCondition(),
                panelContext, velocity, webResources, java.util.Map.of(
                        io.postmortems.jira.panel.IncidentActionCondition.class.getName(), incidentAction))),
                "/browse/*");
        context.addServlet(new ServletHolder(new RigServlets.TransitionServlet(this)), "/rig/transition");
        context.addServlet(new ServletHolder(new RigServlets.UserPickerServlet(this)), "/rest/api/2/user/picker");
        context.addServlet(new ServletHolder(new RigServlets.IssuePickerServlet(this)), "/rest/api/2/issue/picker");
        context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(
                        new RigServlets.DecoratingFilter(required, webResources)),
                "/plugins/servlet/postmortems/admin", EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(adminPage), "/plugins/servlet/postmortems/admin");
        context.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(
                        new RigServlets.DecoratingFilter(required, webResources)),
                "/plugins/servlet/postmortems/reports", EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(reportsPage), "/plugins/servlet/postmortems/reports");
        context.addServlet(new ServletHolder(new RigServlets.DownloadServlet(webResources)),
                "/download/resources/*");
        context.addServlet(new ServletHolder(new RigServlets.StaticServlet()), "/rig-static/*");
        context.addServlet(new ServletHolder(new RigServlets.IndexServlet(this)), "");
        server.setHandler(context);
        server.start();

        if (autoPublish) {
            publisher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rig-publisher");
                t.setDaemon(true);
                return t;
            });
            publisher.scheduleWithFixedDelay(this::publishDueQuietly, 1, 2, TimeUnit.SECONDS);
        } else {
            publisher = null;
        }
    }

    /** A rig whose publish worker runs only when a test calls {@link #publishDue()}. */
    public static JourneyRig start() throws Exception {
        return new JourneyRig(false);
    }

    /** A rig whose publish worker runs every two seconds, as the scheduler does in Jira (the sandbox). */
    public static JourneyRig startWithPublisher() throws Exception {
        return new JourneyRig(true);
    }

    @SuppressWarnings("unchecked")
    /** Every table the descriptor's {@code <ao>} module declares, as Jira would create them. */
    private static void migrate(EntityManager em) throws Exception {
        em.migrate(AoDatabase.entities().toArray(new Class[0]));
    }

    /**
     * The app's settings with Confluence reached by personal access token at the fake; the fake listens on http on
     * 127.0.0.1, so http is allowed (else the admin page would refuse every save, as it must for a real http URL).
     */
    static AppSettings confluenceSettings(AppSettings d, String confluenceUrl) {
        return d.toBuilder().allowHttp(true).confluenceMode(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN)
                .applicationLinkId(null).confluenceUrl(confluenceUrl).confluenceToken(FakeConfluence.TOKEN)
                .spaceKey(SPACE).rootTitle("Post-mortems").build();
    }

    /**
     * TicketStatuses with the rig's {@code key in (...)} query: its public constructor builds the query with Jira's
     * static JQL builder, which needs a running Jira, so the rig uses the constructor the unit tests use.
     */
    private static TicketStatuses ticketStatuses(SearchService search,
                                                 Function<String[], com.atlassian.query.Query> keys) {
        try {
            var ctor = TicketStatuses.class.getDeclaredConstructor(SearchService.class, Function.class);
            ctor.setAccessible(true);
            return ctor.newInstance(search, keys);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TicketStatuses changed its test constructor: " + e, e);
        }
    }

    // ------------------------------------------------------------------------------------------ addresses

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/jira}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + CONTEXT_PATH;
    }

    public String loginUrl(String userName) {
        return baseUrl() + "/login?user=" + (userName == null ? "" : userName);
    }

    public String issueUrl(String issueKey) {
        return baseUrl() + "/browse/" + issueKey;
    }

    public String restUrl(String path) {
        return baseUrl() + "/rest/postmortems/1.0" + path;
    }

    /** The reports page of every project the signed-in user may browse, or of one project. */
    public String reportsUrl(String projectKey) {
        return baseUrl() + "/plugins/servlet/postmortems/reports" + (projectKey == null ? "" : "?project=" + projectKey);
    }

    public String adminUrl() {
        return baseUrl() + "/plugins/servlet/postmortems/admin";
    }

    // ------------------------------------------------------------------------------------------ Jira's data

    /** The four users of the sandbox and the journeys, in project {@value #PROJECT} (and the ticket projects). */
    public JourneyRig withStandardUsers() {
        for (String p : List.of(PROJECT, "PAY", "BATCH", "OPS")) {
            if (jira.projectByKey(p).isEmpty()) {
                jira.addProject(p, p + " project");
            }
        }
        JiraState.User admin = jira.addUser("admin", "Ada Admin", "UTC");
        admin.administrator = true;
        jira.addUser("editor", "Eddie Editor", "Europe/Berlin");
        jira.addUser("viewer", "Vera Viewer", "America/New_York");
        jira.addUser("outsider", "Otto Outsider", "Asia/Tokyo");
        for (String p : List.of(PROJECT, "PAY", "BATCH", "OPS")) {
            jira.grant(p, "admin", true);
            jira.grant(p, "editor", true);
            jira.grant(p, "viewer", false);
        }
        return this;
    }

    /**
     * Loads a bundled example as the post-mortem of a new issue with the example's key (or the next key of
     * {@value #PROJECT}); its countermeasure tickets become sub-tasks in their projects.
     */
    public JiraState.Issue loadExample(Path file) throws Exception {
        String text = Files.readString(file);
        PostMortemCodec codec = new PostMortemCodec();
        ReadResult read = file.toString().endsWith(".json") ? codec.readJson(text) : codec.readYaml(text);
        if (!read.isOk()) {
            throw new IllegalArgumentException(file + ": " + read.problems());
        }
        PostMortem doc = read.get();
        String title = doc.getTitle() == null ? file.getFileName().toString() : doc.getTitle();
        JiraState.Issue issue = doc.getIssueKey() != null && jira.issue(doc.getIssueKey()).isEmpty()
                && doc.getIssueKey().startsWith(PROJECT + "-")
                ? jira.addIssueWithKey(doc.getIssueKey(), "Post-mortem", title)
                : jira.addIssue(PROJECT, "Post-mortem", title);
        doc.setIssueKey(issue.key);
        for (var cm : doc.getCountermeasures()) {
            String key = cm.getIssueKey();
            if (key != null && key.contains("-") && jira.issue(key).isEmpty()) {
                String project = key.substring(0, key.indexOf('-'));
                if (jira.projectByKey(project).isEmpty()) {
                    jira.addProject(project, project + " project");
                }
                JiraState.Issue ticket = jira.addIssueWithKey(key, "Task",
                        cm.getSummary() == null ? key : cm.getSummary());
                // the ticket's workflow status as the example's countermeasure status says
                String status = cm.getStatus() == null ? "" : cm.getStatus().name();
                ticket.status = status.equals("DONE") ? JiraState.DONE
                        : status.equals("IN_PROGRESS") ? JiraState.IN_PROGRESS : JiraState.TO_DO;
                ticket.resolvedAt = status.equals("DONE") ? java.time.Instant.now() : null;
            }
        }
        doubles.login(null);
        store.save(issue.id, doc, 0);
        return issue;
    }

    /** Every file of {@code examples/}, one post-mortem each, in name order. */
    public List<JiraState.Issue> loadExamples(Path dir) throws Exception {
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        List<JiraState.Issue> issues = new java.util.ArrayList<>();
        for (Path f : files) {
            issues.add(loadExample(f));
        }
        return issues;
    }

    /** A workflow transition by a user: status first, then the issue event Jira fires for it. */
    public void transition(String issueKey, JiraState.Status to, String userName) {
        doubles.transition(issueKey, to, userName);
    }

    /**
     * A user editing a ticket in Jira (not through the app): {@code edit} changes the issue, then Jira's "Issue
     * Updated" event fires, as Jira's edit screen does.
     */
    public void editTicket(String issueKey, String userName, java.util.function.Consumer<JiraState.Issue> edit) {
        JiraState.Issue issue = jira.issue(issueKey).orElseThrow(() -> new IllegalArgumentException(issueKey));
        edit.accept(issue);
        doubles.fireIssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_UPDATED_ID, userName);
    }

    /** A user deleting a ticket in Jira: the issue and its links are gone, then Jira's "Issue Deleted" event fires. */
    public void deleteTicket(String issueKey, String userName) {
        JiraState.Issue issue = jira.issue(issueKey).orElseThrow(() -> new IllegalArgumentException(issueKey));
        jira.deleteIssue(issueKey);
        doubles.fireIssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_DELETED_ID, userName);
    }

    /**
     * One node's reminder job, as Jira would start it on that node: the real job, finder and Active Objects ledger
     * over the rig's one database, Jira's search, users, comments and mail. Call it again to model a restarted node
     * (nothing is kept in memory between runs); two calls are two nodes of one cluster. "Now" is {@link #clock} in
     * {@link #JIRA_ZONE}.
     */
    public io.postmortems.jira.reminders.ReminderJob reminderNode() {
        java.time.Clock zoned = clock.withZone(JIRA_ZONE);
        return new io.postmortems.jira.reminders.ReminderJob(settings,
                new io.postmortems.jira.reminders.DueCountermeasureFinder(doubles.searchService(search), store,
                        doubles.userManager()),
                new io.postmortems.jira.reminders.AoReminderLedger(ao, zoned), mail.delivery(),
                doubles.userManager(), doubles.issueManager(), doubles.commentManager(), doubles.i18nFactory(),
                zoned);
    }

    /** Runs the publish worker once over every due request, as the scheduler's pass does; returns how many. */
    public int publishDue() {
        try {
            return publishWorker.runDue();
        } finally {
            doubles.login(null);
        }
    }

    private void publishDueQuietly() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            System.err.println("rig: publish pass failed: " + e);
        }
    }

    @Override
    public void close() {
        if (publisher != null) {
            publisher.shutdownNow();
        }
        doneListener.onStop();
        ticketListener.onStop();
        requiredListener.onStop();
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("rig: jetty did not stop cleanly: " + e);
        }
        confluence.close();
        try {
            entityManager.getProvider().dispose();
        } catch (RuntimeException e) {
            // in-memory database: nothing to keep
        }
    }
}
