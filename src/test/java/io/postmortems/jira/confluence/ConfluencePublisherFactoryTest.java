package io.postmortems.jira.confluence;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.net.Response;
import io.postmortems.jira.publish.PublishMessages;
import io.postmortems.jira.publish.PublishSetupException;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ConfluencePublisherFactoryTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    ApplicationLinkService links;
    @Mock
    ApplicationLink link;
    @Mock
    ApplicationLinkRequestFactory requests;
    @Mock
    ApplicationLinkRequest request;
    @Mock
    Response response;

    private final Publisher publisher = mock(Publisher.class);
    private final List<ConfluenceTransport> built = new ArrayList<>();
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private ConfluencePublisherFactory factory;
    private FakeTokenTransport tokenTransport;

    @Before
    public void setUp() {
        tokenTransport = new FakeTokenTransport();
        factory = new ConfluencePublisherFactory(links, (url, token) -> {
            if (!url.startsWith("https://")) {
                throw new IllegalArgumentException("the Confluence URL must start with https://");
            }
            tokenTransport.url = url;
            return tokenTransport;
        }, transport -> {
            built.add(transport);
            return publisher;
        });
        when(link.createAuthenticatedRequestFactory()).thenReturn(requests);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://wiki.example.com"));
    }

    private static AppSettings settings(AppSettings.ConfluenceMode mode, String linkId, String url, String token) {
        return AppSettings.builder().confluenceMode(mode).applicationLinkId(linkId).confluenceUrl(url)
                .confluenceToken(token).spaceKey("OPS").build();
    }

    private static AppSettings viaLink() {
        return settings(AppSettings.ConfluenceMode.APPLICATION_LINK, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private void linkAnswers(int status, String body) throws Exception {
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(link);
        when(requests.createRequest(any(), anyString())).thenReturn(request);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(inv ->
                ((ApplicationLinkResponseHandler<ConfluenceResponse>) inv.getArgument(0)).handle(response));
    }

    private static String english(PublishSetupException e) {
        return PublishMessages.format(e.message(), Locale.ROOT);
    }

    @Test
    public void create_shouldBuildThePublisherOverThePrimaryLinkAfterACheck() throws Exception {
        linkAnswers(200, "{\"type\":\"known\",\"username\":\"alice\"}");
        assertSame(publisher, factory.create(viaLink(), alice));
        assertEquals(1, built.size());
        assertTrue(built.get(0) instanceof ApplicationLinkTransport);
        assertEquals("https://wiki.example.com", built.get(0).baseUrl());
    }

    @Test
    public void create_shouldNameTheAuthorisationUriWhenTheLinkHasNoCredentials() throws Exception {
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(link);
        URI authorise = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?x=1");
        when(requests.getAuthorisationURI()).thenReturn(authorise);
        when(requests.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(requests, "x"));
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(viaLink(), alice));
        assertFalse(e.retryable());
        assertEquals("postmortems.publish.setup.authorise", e.message().key());
        assertTrue(english(e), english(e).contains("authorise the application link")
                && english(e).contains(authorise.toString()));
        assertTrue(built.isEmpty());
    }

    @Test
    public void create_shouldTreatAnAnonymousAnswerAsNotAuthorised() throws Exception {
        linkAnswers(200, "{\"type\": \"anonymous\"}");
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(viaLink(), alice));
        assertEquals("postmortems.publish.setup.authorise-no-uri", e.message().key());
    }

    @Test
    public void create_shouldReportAMissingLink() {
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(viaLink(), alice));
        assertEquals("postmortems.publish.setup.applink-missing", e.message().key());
        assertFalse(e.retryable());
    }

    @Test
    public void create_shouldUseTheConfiguredLinkAndReportAnUnknownOne() throws Exception {
        String id = "6a0f3a3e-1c3b-4a53-9a51-5d5b2d1b8f00";
        AppSettings chosen = settings(AppSettings.ConfluenceMode.APPLICATION_LINK, id, null, null);
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(chosen, alice));
        assertEquals("postmortems.publish.setup.applink-unknown", e.message().key());
        assertEquals(List.of(id), e.message().args());

        AppSettings garbage = settings(AppSettings.ConfluenceMode.APPLICATION_LINK, "not-a-uuid", null, null);
        assertEquals("postmortems.publish.setup.applink-unknown", assertThrows(PublishSetupException.class,
                () -> factory.create(garbage, alice)).message().key());

        linkAnswers(200, "{}");
        when(links.getApplicationLink(new ApplicationId(id))).thenReturn(link);
        assertSame(publisher, factory.create(chosen, alice));
    }

    @Test
    public void create_shouldRetryLaterWhenConfluenceIsDownDuringTheCheck() throws Exception {
        linkAnswers(503, "busy");
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(viaLink(), alice));
        assertTrue(e.retryable());
        assertEquals(List.of("503"), e.message().args());
    }

    @Test
    public void create_shouldBuildATokenTransportFromTheSettings() throws Exception {
        AppSettings token = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null,
                "https://wiki.example.com", "secret");
        tokenTransport.status = 200;
        assertSame(publisher, factory.create(token, alice));
        assertSame(tokenTransport, built.get(0));
        assertEquals(ConfluencePublisherFactory.CHECK_PATH, tokenTransport.paths.get(0));
    }

    @Test
    public void create_shouldReportARefusedOrMissingOrInvalidToken() {
        AppSettings token = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null,
                "https://wiki.example.com", "secret");
        tokenTransport.status = 401;
        PublishSetupException refused = assertThrows(PublishSetupException.class, () -> factory.create(token, alice));
        assertEquals("postmortems.publish.setup.token-refused", refused.message().key());
        assertFalse(refused.retryable());

        AppSettings missing = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null, "https://x", " ");
        assertEquals("postmortems.publish.setup.token-missing", assertThrows(PublishSetupException.class,
                () -> factory.create(missing, alice)).message().key());

        AppSettings invalid = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null, "ftp://x", "t");
        PublishSetupException bad = assertThrows(PublishSetupException.class, () -> factory.create(invalid, alice));
        assertTrue(english(bad), english(bad).contains("must start with https://"));
        assertTrue(built.isEmpty());
    }

    @Test
    public void create_shouldRetryWhenConfluenceCannotBeReached() {
        AppSettings token = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null,
                "https://wiki.example.com", "secret");
        tokenTransport.failure = new IOException("Connection refused");
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> factory.create(token, alice));
        assertTrue(e.retryable());
        assertTrue(english(e), english(e).contains("Connection refused"));
    }

    /** A token transport that records paths and answers a fixed status. */
    static final class FakeTokenTransport implements ConfluenceTransport {
        String url;
        int status = 200;
        IOException failure;
        final List<String> paths = new ArrayList<>();

        @Override
        public ConfluenceResponse execute(ConfluenceRequest request) throws IOException {
            paths.add(request.path());
            if (failure != null) {
                throw failure;
            }
            return new ConfluenceResponse(status, Map.of(), "{}");
        }

        @Override
        public String baseUrl() {
            return url;
        }
    }

    @Test
    public void publisher_shouldBeTheRealConfluencePublisherAndTokenSettingsTheRealTransport() throws Exception {
        assertTrue(ConfluencePublisherFactory.publisher(new FakeTokenTransport())
                instanceof io.postmortems.publishing.publisher.ConfluencePublisher);
        ConfluencePublisherFactory wired = new ConfluencePublisherFactory(links);
        AppSettings plainHttp = settings(AppSettings.ConfluenceMode.PERSONAL_ACCESS_TOKEN, null,
                "https://wiki.invalid", "to ken");
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> wired.create(plainHttp, alice));
        assertEquals("the real transport refuses a token with a space before any request",
                "postmortems.publish.setup.token-invalid", e.message().key());
    }
}
