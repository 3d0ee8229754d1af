package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.store.PostMortemMirror;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In which post-mortems each idea of a document was raised: for every distinct idea fingerprint
 * ({@link Ideas#fingerprint}) one search {@code issue.property[postmortem].ideas = "<fingerprint>"} over the indexed
 * mirror ({@link PostMortemMirror#IDEAS}), run as the viewer, so post-mortems the viewer may not browse are neither
 * named nor counted. At most {@value #MAX_COUNTED} ideas of a document are counted (the first ones); the mirror itself
 * holds {@value PostMortemMirror#MAX_IDEAS}.
 */
@Named
public class IdeaCounts implements io.postmortems.jira.publish.PublishedIdeaCounts {
    /** Ideas of one document that are looked up (one search each). */
    public static final int MAX_COUNTED = 20;

    private final SearchService searchService;

    @Inject
    public IdeaCounts(@ComponentImport SearchService searchService) {
        this.searchService = searchService;
    }

    /** The number of post-mortems each idea was raised in (this one included), for the published page. */
    @Override
    public Map<String, Integer> counts(ApplicationUser publisher, PostMortem document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        raisedIn(publisher, document).forEach((fingerprint, keys) -> counts.put(fingerprint, keys.size()));
        return counts;
    }

    /**
     * Issue keys of the post-mortems (this one included, as far as its mirror is indexed) holding each idea, by
     * fingerprint. An idea whose search fails or cannot be parsed is left out: the panel then shows no count for it
     * rather than a wrong one.
     */
    public Map<String, List<String>> raisedIn(ApplicationUser viewer, PostMortem document) {
        Map<String, List<String>> byFingerprint = new LinkedHashMap<>();
        for (String fingerprint : Ideas.fingerprints(document.getIdeas(), MAX_COUNTED)) {
            String jql = "issue.property[" + PostMortemMirror.PROPERTY_KEY + "]." + PostMortemMirror.IDEAS
                    + " = \"" + fingerprint + "\" ORDER BY key ASC";
            SearchService.ParseResult parsed = searchService.parseQuery(viewer, jql);
            if (parsed == null || !parsed.isValid()) {
                continue;
            }
            try {
                List<Issue> hits = searchService.search(viewer, parsed.getQuery(), PagerFilter.getUnlimitedFilter())
                        .getResults();
                List<String> keys = new ArrayList<>();
                for (Issue hit : hits == null ? List.<Issue>of() : hits) {
                    keys.add(hit.getKey());
                }
                byFingerprint.put(fingerprint, keys);
            } catch (SearchException e) {
                // no count for this idea: a missing count is honest, a wrong one is not
            }
        }
        return byFingerprint;
    }
}
