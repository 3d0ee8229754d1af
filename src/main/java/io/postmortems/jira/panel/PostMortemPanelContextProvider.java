package io.postmortems.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.countermeasures.IdeaCounts;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.reports.IndexedPostMortems;
import io.postmortems.jira.publish.PublishMessages;
import io.postmortems.jira.publish.PublishStatus;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.panel.PanelInput;
import io.postmortems.panel.PanelSettings;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.PanelViews;
import io.postmortems.panel.PublishingView;
import io.postmortems.panel.ReviewState;
import io.postmortems.panel.TicketState;
import io.postmortems.panel.TicketStates;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Gathers what the panel shows (document and review, the viewer's permission, zone and language, ticket statuses,
 * publishing state, and for editors the configured severity scheme and due periods) and puts ONE immutable view into
 * the context as {@code view} (review and approval included), plus the viewer's {@code i18n}.
 * All presentation logic lives in the host-free {@link PanelViews}.
 */
public class PostMortemPanelContextProvider implements ContextProvider {
    private final JiraAuthenticationContext authenticationContext;
    private final TimeZoneManager timeZoneManager;
    private final PostMortemService postMortems;
    private final PostMortemPermissions permissions;
    private final TicketStatuses ticketStatuses;
    private final CountermeasureStatusReconciler reconciler;
    private final PublishRequests publishRequests;
    private final SettingsStore settings;
    private final Clock clock;
    private final IdeaCounts ideaCounts;
    private final IndexedPostMortems indexed;

    @Inject
    public PostMortemPanelContextProvider(@ComponentImport JiraAuthenticationContext authenticationContext,
                                          @ComponentImport TimeZoneManager timeZoneManager,
                                          PostMortemService postMortems, PostMortemPermissions permissions,
                                          TicketStatuses ticketStatuses, CountermeasureStatusReconciler reconciler,
                                          PublishRequests publishRequests, SettingsStore settings,
                                          IdeaCounts ideaCounts, IndexedPostMortems indexed) {
        this(authenticationContext, timeZoneManager, postMortems, permissions, ticketStatuses, reconciler,
                publishRequests, settings, Clock.systemUTC(), ideaCounts, indexed);
    }

    /** Without recurrence (no index search for similar earlier incidents). */
    public PostMortemPanelContextProvider(JiraAuthenticationContext authenticationContext, TimeZoneManager timeZoneManager,
                                   PostMortemService postMortems, PostMortemPermissions permissions,
                                   TicketStatuses ticketStatuses, CountermeasureStatusReconciler reconciler,
                                   PublishRequests publishRequests, SettingsStore settings, Clock clock,
                                   IdeaCounts ideaCounts) {
        this(authenticationContext, timeZoneManager, postMortems, permissions, ticketStatuses, reconciler,
                publishRequests, settings, clock, ideaCounts, null);
    }

    /** With the clock "today" is read from (tests, the journey rig). */
    public PostMortemPanelContextProvider(JiraAuthenticationContext authenticationContext, TimeZoneManager timeZoneManager,
                                   PostMortemService postMortems, PostMortemPermissions permissions,
                                   TicketStatuses ticketStatuses, CountermeasureStatusReconciler reconciler,
                                   PublishRequests publishRequests, SettingsStore settings, Clock clock,
                                   IdeaCounts ideaCounts, IndexedPostMortems indexed) {
        this.indexed = indexed;
        this.authenticationContext = authenticationContext;
        this.timeZoneManager = timeZoneManager;
        this.postMortems = postMortems;
        this.permissions = permissions;
        this.ticketStatuses = ticketStatuses;
        this.reconciler = reconciler;
        this.publishRequests = publishRequests;
        this.settings = settings;
        this.clock = clock;
        this.ideaCounts = ideaCounts;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        I18nHelper i18n = authenticationContext.getI18nHelper();
        result.put("i18n", i18n);
        if (!(context.get("issue") instanceof Issue issue)) {
            return result;
        }
        ApplicationUser viewer = authenticationContext.getLoggedInUser();
        Issue visible;
        try {
            visible = postMortems.visibleIssue(viewer, issue.getKey());
        } catch (ServiceException e) {
            return result; // not visible or not a post-mortem: the template renders nothing
        }
        StoredPostMortem stored = postMortems.current(visible);
        List<String> keys = stored.document().getCountermeasures().stream().map(Countermeasure::getIssueKey).toList();
        // the one search for live ticket statuses also brings the document's countermeasure statuses in step
        Optional<Map<String, TicketStatus>> statuses = ticketStatuses.load(viewer, keys);
        PostMortemService.Loaded loaded = postMortems.loaded(visible, reconciler.reconcileAndStore(stored, statuses));
        ZoneId zone = zone(timeZoneManager.getLoggedInUserTimeZone());
        PanelText text = (key, args) -> args.isEmpty() ? i18n.getText(key) : i18n.getText(key, args.toArray());
        boolean canEdit = permissions.canEdit(issue, viewer);
        PostMortemService.LifecycleState lifecycle = postMortems.lifecycle(viewer, visible, loaded.document());
        Map<String, List<String>> ideasRaisedIn = ideaCounts.raisedIn(viewer, loaded.document());
        AppSettings appSettings = settings.load();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // similar earlier incidents: one index search as the viewer, so nothing they may not browse is named
        List<Recurrence.Match> earlier = indexed == null ? List.of()
                : indexed.earlier(viewer, issue.getKey(), loaded.document(), appSettings.recurrenceDays(), today);
        result.put("view", PanelViews.build(new PanelInput(issue.getKey(), loaded.document(), loaded.revision(),
                loaded.review(), canEdit, tickets(statuses),
                publishRequests.statusOf(issue.getId()).map(status -> publishState(status, text)), zone,
                today, text, panelSettings(appSettings, canEdit),
                new ReviewState(lifecycle.status(), lifecycle.nextSteps(), lifecycle.approval(),
                        lifecycle.canPublish()), postMortems::ownerName), ideasRaisedIn, earlier));
        return result;
    }

    /** The severity scheme and due periods the editor offers, from what the administrator set. */
    static PanelSettings panelSettings(AppSettings appSettings) {
        return new PanelSettings(appSettings.severityLevels(), appSettings.defaultDueWeeks(),
                appSettings.causeCategories(),
                appSettings.followThrough().policy());
    }

    /**
     * For editors everything the editor offers; for readers only when follow-through falls due (they see what is due,
     * not the editor's choices).
     */
    static PanelSettings panelSettings(AppSettings appSettings, boolean canEdit) {
        return canEdit ? panelSettings(appSettings) : new PanelSettings(PanelSettings.defaults().severityLevels(),
                PanelSettings.defaults().dueWeeks(), PanelSettings.defaults().causeCategories(),
                appSettings.followThrough().policy());
    }

    static ZoneId zone(TimeZone tz) {
        return tz == null ? ZoneId.of("UTC") : tz.toZoneId();
    }

    static TicketStates tickets(Optional<Map<String, TicketStatus>> statuses) {
        if (statuses.isEmpty()) {
            return TicketStates.unavailable();
        }
        Map<String, TicketState> byKey = new HashMap<>();
        statuses.get().forEach((key, s) -> byKey.put(key, new TicketState(s.issueKey(),
                s.statusName() == null ? "" : s.statusName(), s.done())));
        return TicketStates.lookedUp(byKey);
    }

    /** The publishing state for the panel, its last message in the viewer's language. */
    static PublishingView publishState(PublishStatus status, PanelText text) {
        String error = status.lastMessage() == null ? status.lastError()
                : PublishMessages.render(status.lastMessage(), text);
        return new PublishingView(PublishingView.State.valueOf(status.state().name()), status.pageUrl(),
                status.pageVersion(), error);
    }
}
