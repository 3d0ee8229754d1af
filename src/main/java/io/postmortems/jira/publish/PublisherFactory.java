package io.postmortems.jira.publish;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.publisher.ExternalSummaryPublisher;

/**
 * Builds the publisher for one run: over the application link acting as {@code user}, or over HTTP with the
 * configured personal access token, as the settings say.
 */
public interface PublisherFactory {
    Publisher create(AppSettings settings, ApplicationUser user) throws PublishSetupException;

    /**
     * The publisher of external summary pages over the same connection ({@code ExternalSummaryPublisher}). A
     * factory that cannot build one says so: it never falls back to the post-mortem's own publisher, whose pages
     * hold internal fields.
     */
    default ExternalSummaryPublisher createExternal(AppSettings settings, ApplicationUser user)
            throws PublishSetupException {
        throw new PublishSetupException(PublishMessage.of("postmortems.publish.error.external.setup"), false);
    }
}
