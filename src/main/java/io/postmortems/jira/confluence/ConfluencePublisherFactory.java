package io.postmortems.jira.confluence;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.publish.PublishMessage;
import io.postmortems.jira.publish.PublishSetupException;
import io.postmortems.jira.publish.PublisherFactory;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.publisher.ExternalSummaryPublisher;
import io.postmortems.publishing.render.StorageFormatRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the publisher of one run. The transport is the application link (acting as the user the worker made
 * current) or HTTP with the configured personal access token, as {@link AppSettings#confluenceMode()} says. Before
 * anything is published one cheap authenticated request ({@value #CHECK_PATH}) is made, so a missing link, an
 * unauthorised link or a refused token is reported as a clear setup failure instead of a half-done publish.
 */
@Named
public class ConfluencePublisherFactory implements PublisherFactory {
    static final String CHECK_PATH = "/rest/api/user/current";

    private final ApplicationLinkService links;
    private final BiFunction<String, String, ConfluenceTransport> tokenTransports;
    private final Function<ConfluenceTransport, Publisher> publishers;

    @Inject
    public ConfluencePublisherFactory(@ComponentImport ApplicationLinkService links) {
        this(links, HttpClientTransport::new, ConfluencePublisherFactory::publisher);
    }

    /** The real publisher: living page over the transport, storage-format rendering. */
    static Publisher publisher(ConfluenceTransport transport) {
        return new ConfluencePublisher(transport, new StorageFormatRenderer());
    }

    /**
     * @param links           Jira's application links
     * @param tokenTransports builds the HTTP transport from Confluence's URL and a token; throws
     *                        IllegalArgumentException naming what is wrong with them
     * @param publishers      builds the publisher over a transport
     */
    public ConfluencePublisherFactory(ApplicationLinkService links,
                                      BiFunction<String, String, ConfluenceTransport> tokenTransports,
                                      Function<ConfluenceTransport, Publisher> publishers) {
        this.links = links;
        this.tokenTransports = tokenTransports;
        this.publishers = publishers;
    }

    @Override
    public Publisher create(AppSettings settings, ApplicationUser user) throws PublishSetupException {
        ConfluenceTransport transport = settings.confluenceMode() == AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN
                ? tokenTransport(settings) : linkTransport(settings);
        check(transport);
        return publishers.apply(transport);
    }

    /** External summary pages over the same kind of connection; its check was made by {@link #create}. */
    @Override
    public ExternalSummaryPublisher createExternal(AppSettings settings, ApplicationUser user)
            throws PublishSetupException {
        ConfluenceTransport transport = settings.confluenceMode() == AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN
                ? tokenTransport(settings) : linkTransport(settings);
        return ExternalSummaryPublisher.over(transport);
    }

    private ConfluenceTransport tokenTransport(AppSettings settings) throws PublishSetupException {
        if (blank(settings.confluenceUrl()) || blank(settings.confluenceToken())) {
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.token-missing"), false);
        }
        try {
            return tokenTransports.apply(settings.confluenceUrl(), settings.confluenceToken());
        } catch (IllegalArgumentException e) {
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.token-invalid",
                    e.getMessage()), false);
        }
    }

    private ApplicationLinkTransport linkTransport(AppSettings settings) throws PublishSetupException {
        ApplicationLink link;
        if (blank(settings.applicationLinkId())) {
            link = links.getPrimaryApplicationLink(ConfluenceApplicationType.class);
            if (link == null) {
                throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.applink-missing"),
                        false);
            }
        } else {
            try {
                link = links.getApplicationLink(new ApplicationId(settings.applicationLinkId().strip()));
            } catch (TypeNotInstalledException | IllegalArgumentException e) {
                link = null;
            }
            if (link == null) {
                throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.applink-unknown",
                        settings.applicationLinkId()), false);
            }
        }
        return new ApplicationLinkTransport(link.createAuthenticatedRequestFactory(), link.getDisplayUrl());
    }

    /** One authenticated GET; problems with credentials become setup failures naming the fix. */
    private static void check(ConfluenceTransport transport) throws PublishSetupException {
        boolean viaLink = transport instanceof ApplicationLinkTransport;
        ConfluenceResponse answer;
        try {
            answer = transport.execute(ConfluenceRequest.get(CHECK_PATH, Map.of()));
        } catch (ApplicationLinkTransport.AuthorisationRequiredException e) {
            throw notAuthorised(e.authorisationUri());
        } catch (IOException e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.unreachable", cause), true);
        }
        int status = answer.status();
        if (status == 401 || (viaLink && answer.isSuccess() && isAnonymous(answer.body()))) {
            if (viaLink) {
                throw notAuthorised(((ApplicationLinkTransport) transport).authorisationUri());
            }
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.token-refused", status),
                    false);
        }
        if (status == 403) {
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.forbidden"), false);
        }
        if (!answer.isSuccess()) {
            throw new PublishSetupException(PublishMessage.of("postmortems.publish.setup.unexpected-status",
                    status), true);
        }
    }

    private static PublishSetupException notAuthorised(URI authorisationUri) {
        return new PublishSetupException(authorisationUri == null
                ? PublishMessage.of("postmortems.publish.setup.authorise-no-uri")
                : PublishMessage.of("postmortems.publish.setup.authorise", authorisationUri.toString()), false);
    }

    /** Confluence answers the current-user resource for anonymous callers too, with type "anonymous". */
    static boolean isAnonymous(String body) {
        return body != null && body.replace(" ", "").contains("\"type\":\"anonymous\"");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
