package io.postmortems.jira.reports;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.metrics.PostMortemCoverage;
import io.postmortems.core.model.Approval;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.service.IncidentPostMortems;
import io.postmortems.jira.service.RequiredPostMortemListener;
import io.postmortems.jira.service.ServiceException;
import io.postmortems.jira.store.PostMortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coverage of the post-mortems required by severity, for Jira administrators (issue #13 item 2): ONE search as
 * the viewer for the incidents whose {@value RequiredPostMortemListener#PROPERTY_KEY} property says they required one
 * (Jira applies browse permission and issue security), then per incident its resolution time from that property, its
 * linked post-mortem and that post-mortem's approval time. Incidents resolved before the rule was switched on carry
 * no such property and are not counted.
 */
@Named
public class RequiredIncidentCoverage {
    static final String JQL = "issue.property[" + RequiredPostMortemListener.PROPERTY_KEY + "].required = \"true\"";
    private static final Logger LOG = LoggerFactory.getLogger(RequiredIncidentCoverage.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SearchService search;
    private final JsonEntityPropertyManager properties;
    private final IncidentPostMortems incidents;
    private final PostMortemStore store;
    private final PostMortemPermissions permissions;

    @Inject
    public RequiredIncidentCoverage(@ComponentImport SearchService search,
                                    @ComponentImport JsonEntityPropertyManager properties,
                                    IncidentPostMortems incidents, PostMortemStore store,
                                    PostMortemPermissions permissions) {
        this.search = search;
        this.properties = properties;
        this.incidents = incidents;
        this.store = store;
        this.permissions = permissions;
    }

    /**
     * The coverage the viewer sees, of one project or all; empty when the viewer is not a Jira administrator.
     *
     * @throws IndexedPostMortems.SearchFailed when Jira cannot parse or run the search
     */
    public Optional<PostMortemCoverage> find(ApplicationUser viewer, String projectKey, ZoneId zone)
            throws IndexedPostMortems.SearchFailed {
        if (!permissions.isAdministrator(viewer)) {
            return Optional.empty();
        }
        // one project's coverage is searched for in the index, as the reports' own search does (a key checked by
        // IndexedPostMortems.isProjectKey before it reaches this page), not filtered out of all of them here
        SearchService.ParseResult parsed = search.parseQuery(viewer, projectKey == null ? JQL
                : "project = " + IndexedPostMortems.jqlString(projectKey) + " AND " + JQL);
        if (parsed == null || !parsed.isValid()) {
            throw new IndexedPostMortems.SearchFailed("postmortems.reports.error.search", null);
        }
        List<Issue> hits;
        try {
            hits = search.search(viewer, parsed.getQuery(), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw new IndexedPostMortems.SearchFailed("postmortems.reports.error.search", e);
        }
        List<PostMortemCoverage.Incident> found = new ArrayList<>();
        for (Issue incident : hits == null ? List.<Issue>of() : hits) {
            resolved(incident).ifPresent(at -> found.add(coverageOf(incident, at)));
        }
        return Optional.of(PostMortemCoverage.of(found, zone));
    }

    private PostMortemCoverage.Incident coverageOf(Issue incident, Instant resolved) {
        Optional<Issue> postMortem;
        try {
            postMortem = incidents.postMortemOf(incident);
        } catch (ServiceException e) {
            postMortem = Optional.empty(); // no link type: no incident has a post-mortem
        }
        Instant approved = postMortem.flatMap(pm -> store.load(pm.getId()))
                .map(s -> s.document().getApproval()).map(Approval::getApprovedAt).map(OffsetDateTime::toInstant)
                .orElse(null);
        return new PostMortemCoverage.Incident(incident.getKey(), resolved, postMortem.isPresent(), approved);
    }

    /** The resolution time the listener recorded; empty (and logged) when the property cannot be read. */
    private Optional<Instant> resolved(Issue incident) {
        EntityProperty property = properties.get(IndexedPostMortems.ISSUE_PROPERTY, incident.getId(),
                RequiredPostMortemListener.PROPERTY_KEY);
        try {
            JsonNode node = property == null || property.getValue() == null ? null
                    : MAPPER.readTree(property.getValue());
            String text = node == null ? null : node.path("resolved").asText(null);
            return text == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (IOException | DateTimeParseException e) {
            LOG.debug("Required-incident record of {} unreadable: {}", incident.getKey(), e.toString());
            return Optional.empty();
        }
    }
}
