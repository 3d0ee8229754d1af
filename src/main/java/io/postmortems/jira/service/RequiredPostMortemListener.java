package io.postmortems.jira.service;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.incident.RequiredPostMortems;
import io.postmortems.core.text.BundleText;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.IssuePropertyWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Post-mortems required by severity (issue #13 item 2): when an incident (a project and issue type the administrator
 * chose) is resolved and its mapped severity requires a post-mortem, the post-mortem is created through the incident
 * action's own path ({@link IncidentPostMortems#start}, as the incident's assignee, else its reporter; the review date
 * is set there) or the assignee is asked in a comment linking to the incident's "Create post-mortem" action.
 *
 * <p>Once per incident: the outcome is recorded in the incident's {@value #PROPERTY_KEY} issue property, read and
 * written under a cluster lock, so a second resolve event (a reopen and resolve, another node) creates nothing and
 * comments nothing again. An incident that already has a post-mortem is only recorded. A failure is logged and never
 * reaches Jira's event dispatch; a failed creation is not recorded, so the next resolve event tries again.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RequiredPostMortemListener implements LifecycleAware {
    /** The incident's record of what was done; also what the coverage report searches. */
    public static final String PROPERTY_KEY = "postmortemRequired";
    static final long LOCK_WAIT_SECONDS = 30;
    private static final Set<Long> RESOLVING_EVENTS = Set.of(EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_GENERICEVENT_ID);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");
    private static final Logger LOG = LoggerFactory.getLogger(RequiredPostMortemListener.class);

    /** What one event led to; for the log and the tests. */
    public enum Outcome {
        NOT_AN_INCIDENT, NOT_REQUIRED, ALREADY_HANDLED, HAD_ONE, CREATED, ASKED, NOBODY, FAILED
    }

    private final EventPublisher events;
    private final SettingsStore settings;
    private final IncidentPostMortems incidents;
    private final IncidentSeverity severity;
    private final CommentManager comments;
    private final PostMortemPermissions permissions;
    private final JsonEntityPropertyManager properties;
    private final IssuePropertyWriter propertyWriter;
    private final ClusterLocks locks;
    private final ApplicationProperties application;

    @Inject
    public RequiredPostMortemListener(@ComponentImport EventPublisher events, SettingsStore settings,
                                      IncidentPostMortems incidents, IncidentSeverity severity,
                                      @ComponentImport CommentManager comments, PostMortemPermissions permissions,
                                      @ComponentImport JsonEntityPropertyManager properties,
                                      IssuePropertyWriter propertyWriter, ClusterLocks locks,
                                      @ComponentImport ApplicationProperties application) {
        this.events = events;
        this.settings = settings;
        this.incidents = incidents;
        this.severity = severity;
        this.comments = comments;
        this.permissions = permissions;
        this.properties = properties;
        this.propertyWriter = propertyWriter;
        this.locks = locks;
        this.application = application;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue incident = event == null ? null : event.getIssue();
        if (incident == null || incident.getId() == null || incident.getResolutionDate() == null
                || !RESOLVING_EVENTS.contains(event.getEventTypeId())) {
            return;
        }
        try {
            Outcome outcome = handle(incident, event.getUser());
            LOG.debug("Resolved incident {}: {}", incident.getKey(), outcome);
        } catch (RuntimeException e) {
            LOG.warn("Incident {} was resolved, but its required post-mortem could not be handled: {}",
                    incident.getKey(), e.toString());
        }
    }

    /** Decides for one resolved incident and acts once; {@code actor} is who resolved it (may be null). */
    public Outcome handle(Issue incident, ApplicationUser actor) {
        AppSettings s = settings.load();
        if (!IncidentPostMortems.isIncident(incident, s)) {
            return Outcome.NOT_AN_INCIDENT;
        }
        RequiredPostMortems.Decision decision = severity.decide(incident, s);
        if (!decision.required()) {
            return Outcome.NOT_REQUIRED;
        }
        try {
            return locks.withLock("postmortems.required." + incident.getId(), LOCK_WAIT_SECONDS,
                    () -> handleUnderLock(incident, actor, decision, s)).orElse(Outcome.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    private Outcome handleUnderLock(Issue incident, ApplicationUser actor, RequiredPostMortems.Decision decision,
                                    AppSettings s) {
        if (recorded(incident)) {
            return Outcome.ALREADY_HANDLED;
        }
        Optional<Issue> existing;
        try {
            existing = incidents.postMortemOf(incident);
        } catch (ServiceException e) {
            LOG.warn("Incident {} requires a post-mortem, but none can be linked: {}", incident.getKey(),
                    e.getMessage());
            return Outcome.FAILED;
        }
        if (existing.isPresent()) {
            record(incident, decision, "LINKED", existing.get().getKey());
            return Outcome.HAD_ONE;
        }
        ApplicationUser owner = incident.getAssignee() != null ? incident.getAssignee() : incident.getReporter();
        if (owner == null) {
            LOG.info("Incident {} requires a post-mortem, but has neither assignee nor reporter to create or ask",
                    incident.getKey());
            record(incident, decision, "NOBODY", null);
            return Outcome.NOBODY;
        }
        if (decision.action() == RequiredPostMortems.OnResolve.CREATE) {
            try {
                IncidentPostMortems.Started started = incidents.start(owner, incident.getKey());
                record(incident, decision, "CREATED", started.issueKey());
                return Outcome.CREATED;
            } catch (ServiceException e) {
                LOG.warn("Incident {} requires a post-mortem, but {} could not create it: {}", incident.getKey(),
                        owner.getUsername(), e.getMessage());
                return Outcome.FAILED;
            }
        }
        ApplicationUser author = actor != null && permissions.canComment(incident, actor) ? actor : owner;
        comments.create(incident, author, askText(incident, owner, decision, s), true);
        record(incident, decision, "ASKED", null);
        return Outcome.ASKED;
    }

    /** The comment asking the owner, in the page language (as the announcement comments are). */
    String askText(Issue incident, ApplicationUser owner, RequiredPostMortems.Decision decision, AppSettings s) {
        BundleText text = BundleText.of(java.util.Locale.forLanguageTag(s.pageLanguage()));
        String link = application.getBaseUrl(UrlMode.CANONICAL) + "/browse/" + incident.getKey();
        String body = text.text("postmortems.required.ask.comment", List.of("[~" + owner.getUsername() + "]",
                decision.severity(), link.replaceAll("[\\s\\[\\]{}|]", "")));
        return decision.reviewDue().map(day -> body + " " + text.text("postmortems.required.ask.due",
                List.of(day.toString()))).orElse(body);
    }

    private boolean recorded(Issue incident) {
        EntityProperty property = properties.get("IssueProperty", incident.getId(), PROPERTY_KEY);
        return property != null && property.getValue() != null && !property.getValue().isBlank();
    }

    /** The incident's record: required, severity, resolution time (UTC), what was done, the post-mortem's key. */
    private void record(Issue incident, RequiredPostMortems.Decision decision, String action, String postMortemKey) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("required", "true");
        node.put("severity", decision.severity());
        node.put("resolved", DATE_TIME.format(incident.getResolutionDate().toInstant().atOffset(ZoneOffset.UTC)));
        node.put("action", action);
        decision.reviewDue().ifPresent(day -> node.put("reviewDue", day.toString()));
        if (postMortemKey != null) {
            node.put("postMortem", postMortemKey);
        }
        propertyWriter.write(incident.getId(), PROPERTY_KEY, node.toString());
    }
}
