package io.postmortems.jira.publish;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.publishing.Publisher;

/**
 * Builds the publisher for one run: over the application link acting as {@code user}, or over HTTP with the
 * configured personal access token, as the settings say.
 */
public interface PublisherFactory {
    Publisher create(AppSettings settings, ApplicationUser user) throws PublishSetupException;
}
