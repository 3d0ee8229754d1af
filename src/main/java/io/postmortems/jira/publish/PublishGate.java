package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.jira.settings.AppSettings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a post-mortem may be published now. The one gate for both ways to publish: "publish now" asks it
 * before queueing (and answers with the findings as field errors), the worker asks it again before publishing (and
 * records {@link #blockingReason}). Production binds {@code io.postmortems.jira.review.ReviewPublishGate}.
 */
public interface PublishGate {
    /** Fields the recorded message names before it says "…". */
    int NAMED_FIELDS = 3;

    /** The findings that keep the document from being published under these settings; empty when it may go. */
    List<Finding> blockingFindings(PostMortem document, AppSettings settings);

    /**
     * Why publishing is blocked, as an i18n message for users; empty when it may go ahead. It counts the blocking
     * findings and names the fields of the first {@value #NAMED_FIELDS}.
     */
    default Optional<PublishMessage> blockingReason(PostMortem document, AppSettings settings) {
        List<Finding> blocking = blockingFindings(document, settings);
        if (blocking.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new LinkedHashSet<>();
        for (Finding error : blocking) {
            fields.add(error.path() == null || error.path().isBlank() ? error.code() : error.path());
        }
        List<String> named = fields.stream().limit(NAMED_FIELDS).toList();
        String list = String.join(", ", named) + (fields.size() > named.size() ? ", \u2026" : "");
        return Optional.of(PublishMessage.of("postmortems.publish.gate.findings", blocking.size(), list));
    }
}
