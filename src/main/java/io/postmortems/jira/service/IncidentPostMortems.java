package io.postmortems.jira.service;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.incident.IncidentPrefill;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.text.BundleText;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.platform.ClusterLocks;
import io.postmortems.jira.provisioning.Provisioning;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ConcurrentEditException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static io.postmortems.jira.service.ServiceException.Kind.CONFLICT;
import static io.postmortems.jira.service.ServiceException.Kind.FORBIDDEN;
import static io.postmortems.jira.service.ServiceException.Kind.INVALID;
import static io.postmortems.jira.service.ServiceException.Kind.NOT_FOUND;

/**
 * "Create post-mortem" on an incident: where the action is offered, and what it does. It opens the post-mortem already
 * linked to the incident ("is post-mortem of"), or creates a Post-mortem issue in the incident's project, links it,
 * and stores a document pre-filled from the incident ({@link IncidentPrefill}) with a draft timeline the author
 * accepts or drops entry by entry. One start per incident at a time across the cluster, so two clicks never create
 * two post-mortems.
 */
@Named
public class IncidentPostMortems {
    static final long LOCK_WAIT_SECONDS = 30;

    private final IssueManager issueManager;
    private final IssueService issueService;
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final PostMortemPermissions permissions;
    private final SettingsStore settings;
    private final PostMortemService postMortems;
    private final IncidentReader reader;
    private final ClusterLocks locks;
    private final IncidentSeverity severity;

    /** Without severities: a post-mortem started here gets no review date from the required-by-severity rule. */
    public IncidentPostMortems(IssueManager issueManager, IssueService issueService, IssueLinkManager links,
                               IssueLinkTypeManager linkTypes, PostMortemPermissions permissions,
                               SettingsStore settings, PostMortemService postMortems, IncidentReader reader,
                               ClusterLocks locks) {
        this(issueManager, issueService, links, linkTypes, permissions, settings, postMortems, reader, locks, null);
    }

    @Inject
    public IncidentPostMortems(@ComponentImport IssueManager issueManager, @ComponentImport IssueService issueService,
                               @ComponentImport IssueLinkManager links, @ComponentImport IssueLinkTypeManager linkTypes,
                               PostMortemPermissions permissions, SettingsStore settings,
                               PostMortemService postMortems, IncidentReader reader, ClusterLocks locks,
                               IncidentSeverity severity) {
        this.severity = severity;
        this.issueManager = issueManager;
        this.issueService = issueService;
        this.links = links;
        this.linkTypes = linkTypes;
        this.permissions = permissions;
        this.settings = settings;
        this.postMortems = postMortems;
        this.reader = reader;
        this.locks = locks;
    }

    /** The post-mortem of an incident, and whether this request created it. */
    public record Started(String issueKey, boolean created) {
    }

    /**
     * Whether the action is offered on {@code issue} to {@code user}: the issue is in a project and of a type the
     * administrator chose (no types chosen: any but the app's own), and the user may edit it and create issues in
     * its project. The web-item's condition and {@link #start} ask the same.
     */
    public boolean offeredOn(Issue issue, ApplicationUser user) {
        if (issue == null || user == null || issue.getProjectObject() == null) {
            return false;
        }
        return isIncident(issue, settings.load()) && permissions.canEdit(issue, user)
                && permissions.canCreateIn(issue.getProjectObject(), user);
    }

    /**
     * Whether {@code issue} is an incident under the settings: in a chosen project and of a chosen type (no types
     * chosen: any but the app's own). Asks nothing of any user.
     */
    public static boolean isIncident(Issue issue, AppSettings s) {
        if (issue == null || issue.getProjectObject() == null) {
            return false;
        }
        String project = issue.getProjectObject().getKey();
        if (project == null || s.incidentProjects().stream().noneMatch(project::equalsIgnoreCase)) {
            return false;
        }
        IssueType type = issue.getIssueType();
        String typeName = type == null || type.getName() == null ? "" : type.getName();
        return s.incidentIssueTypes().isEmpty()
                ? !Provisioning.isPostMortemType(type) && !Provisioning.COUNTERMEASURE_TYPE.equalsIgnoreCase(typeName)
                : s.incidentIssueTypes().stream().anyMatch(t -> t.strip().equalsIgnoreCase(typeName));
    }

    /** The incident's post-mortem ("has post-mortem"), if one is linked and still is one. */
    public Optional<Issue> postMortemOf(Issue incident) throws ServiceException {
        return existing(incident, linkType());
    }

    /** Opens the incident's post-mortem, creating and pre-filling it first when it has none. */
    public Started start(ApplicationUser user, String incidentKey) throws ServiceException {
        Issue incident = incidentKey == null ? null : issueManager.getIssueObject(incidentKey);
        if (incident == null || !permissions.canBrowse(incident, user)) {
            throw ServiceException.of(NOT_FOUND, "issueKey", "postmortems.error.issue.notFound", incidentKey);
        }
        if (!offeredOn(incident, user)) {
            throw ServiceException.of(FORBIDDEN, "issueKey", "postmortems.error.incident.notOffered",
                    incident.getKey());
        }
        ServiceException[] failure = {null};
        Optional<Started> done;
        try {
            done = locks.withLock("incident." + incident.getId(), LOCK_WAIT_SECONDS, () -> {
                try {
                    return startUnderLock(user, incident);
                } catch (ServiceException e) {
                    failure[0] = e;
                    return null;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.of(CONFLICT, "", "postmortems.error.incident.busy");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return done.orElseThrow(() -> ServiceException.of(CONFLICT, "", "postmortems.error.incident.busy"));
    }

    private Started startUnderLock(ApplicationUser user, Issue incident) throws ServiceException {
        IssueLinkType linkType = linkType();
        Optional<Issue> existing = existing(incident, linkType);
        if (existing.isPresent()) {
            return new Started(existing.get().getKey(), false);
        }
        Issue postMortem = create(user, incident);
        try {
            links.createIssueLink(postMortem.getId(), incident.getId(), linkType.getId(), null, user);
        } catch (CreateException e) {
            throw ServiceException.of(INVALID, "", "postmortems.error.incident.notLinked", postMortem.getKey(),
                    incident.getKey());
        }
        PostMortem doc = new IncidentPrefill(BundleText.of(Locale.forLanguageTag(settings.load().pageLanguage())),
                () -> UUID.randomUUID().toString()).prefill(reader.read(incident));
        doc.setIssueKey(postMortem.getKey());
        bySeverity(incident, doc);
        try {
            postMortems.saveChecked(postMortem, doc, 0);
        } catch (ConcurrentEditException e) {
            // someone saved the brand-new post-mortem already: theirs stands, the pre-fill is not forced over it
        }
        return new Started(postMortem.getKey(), true);
    }

    /**
     * The incident's mapped severity, and when that severity requires a post-mortem the review meeting's due day
     * (issue #13 item 2).
     */
    private void bySeverity(Issue incident, PostMortem doc) {
        if (severity == null) {
            return;
        }
        io.postmortems.core.incident.RequiredPostMortems.Decision decision = severity.decide(incident, settings.load());
        if (decision.severity() != null && (doc.getSeverity() == null || doc.getSeverity().isBlank())) {
            doc.setSeverity(decision.severity());
        }
        if (decision.required()) {
            decision.reviewDue().ifPresent(day -> doc.getMeeting().setReviewDate(day));
        }
    }

    /** The post-mortem linked to the incident ("has post-mortem"), if it still exists as one. */
    private Optional<Issue> existing(Issue incident, IssueLinkType linkType) {
        List<IssueLink> inward = links.getInwardLinks(incident.getId());
        return (inward == null ? List.<IssueLink>of() : inward).stream()
                .filter(l -> l != null && l.getIssueLinkType() != null
                        && linkType.getId().equals(l.getIssueLinkType().getId()))
                .map(IssueLink::getSourceObject)
                .filter(i -> i != null && PostMortemIssues.isPostMortem(i)).findFirst();
    }

    private IssueLinkType linkType() throws ServiceException {
        Collection<IssueLinkType> found = linkTypes.getIssueLinkTypesByName(Provisioning.INCIDENT_LINK_TYPE);
        return (found == null ? List.<IssueLinkType>of() : found).stream().filter(t -> t != null && t.getId() != null)
                .findFirst().orElseThrow(() -> ServiceException.of(INVALID, "", "postmortems.error.incident.noLinkType",
                        Provisioning.INCIDENT_LINK_TYPE));
    }

    private Issue create(ApplicationUser user, Issue incident) throws ServiceException {
        String typeId = incident.getProjectObject().getIssueTypes() == null ? null
                : incident.getProjectObject().getIssueTypes().stream().filter(Provisioning::isPostMortemType)
                .map(IssueType::getId).findFirst().orElse(null);
        if (typeId == null) {
            throw ServiceException.of(INVALID, "", "postmortems.error.incident.noType",
                    incident.getProjectObject().getKey());
        }
        IssueInputParameters params = issueService.newIssueInputParameters();
        params.setProjectId(incident.getProjectObject().getId());
        params.setIssueTypeId(typeId);
        params.setSummary(incident.getSummary());
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, params);
        if (!validation.isValid()) {
            throw new ServiceException(INVALID, jiraErrors(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid() || result.getIssue() == null) {
            List<FieldError> errors = jiraErrors(result.getErrorCollection());
            throw errors.isEmpty() ? ServiceException.of(INVALID, "", "postmortems.error.incident.notCreated")
                    : new ServiceException(INVALID, errors);
        }
        return result.getIssue();
    }

    /** Jira's own words for why it refused, each as a message of its own. */
    private static List<FieldError> jiraErrors(ErrorCollection collection) {
        List<FieldError> errors = new ArrayList<>();
        if (collection != null && collection.getErrors() != null) {
            collection.getErrors().forEach((field, message) -> errors.add(FieldError.text(field, message)));
        }
        if (collection != null && collection.getErrorMessages() != null) {
            collection.getErrorMessages().forEach(message -> errors.add(FieldError.text("", message)));
        }
        return errors;
    }
}
