package io.postmortems.jira.confluence;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import io.postmortems.publishing.confluence.ConfluenceRequest;
import io.postmortems.publishing.confluence.ConfluenceResponse;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ApplicationLinkTransportTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    ApplicationLinkRequestFactory factory;
    @Mock
    ApplicationLinkRequest request;
    @Mock
    Response response;

    private ApplicationLinkTransport transport() {
        return new ApplicationLinkTransport(factory, URI.create("https://wiki.example.com/confluence/"));
    }

    @SuppressWarnings("unchecked")
    private void answer(int status, String body, boolean credentialsRequired) throws Exception {
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(response.getHeaders()).thenReturn(Map.of("Retry-After", "7"));
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(inv -> {
            ApplicationLinkResponseHandler<ConfluenceResponse> handler = inv.getArgument(0);
            return credentialsRequired ? handler.credentialsRequired(response) : handler.handle(response);
        });
    }

    @Test
    public void execute_shouldSendARelativeUrlWithEncodedQueryAndJsonBody() throws Exception {
        when(factory.createRequest(any(), anyString())).thenReturn(request);
        answer(200, "{\"id\":\"1\"}", false);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("title", "Checkout down & out");
        query.put("spaceKey", "OPS");
        ConfluenceResponse answer = transport().execute(
                new ConfluenceRequest("PUT", "/rest/api/content/1", query, "{\"a\":1}"));
        verify(factory).createRequest(Request.MethodType.PUT,
                "/rest/api/content/1?title=Checkout%20down%20%26%20out&spaceKey=OPS");
        verify(request).setRequestBody("{\"a\":1}", "application/json");
        verify(request).setHeader("Accept", "application/json");
        assertEquals(200, answer.status());
        assertEquals("{\"id\":\"1\"}", answer.body());
        assertEquals("7", answer.header("Retry-After").orElseThrow());
    }

    @Test
    public void execute_shouldNotSetABodyOnAGet() throws Exception {
        when(factory.createRequest(any(), anyString())).thenReturn(request);
        answer(404, "", false);
        assertEquals(404, transport().execute(ConfluenceRequest.get("/rest/api/content", Map.of())).status());
        verify(factory).createRequest(Request.MethodType.GET, "/rest/api/content");
        verify(request, never()).setRequestBody(anyString(), anyString());
    }

    @Test
    public void execute_shouldTurnMissingCredentialsIntoAnAuthorisationFailureWithItsUri() throws Exception {
        URI authorise = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize");
        when(factory.getAuthorisationURI()).thenReturn(authorise);
        when(factory.createRequest(any(), anyString()))
                .thenThrow(new CredentialsRequiredException(factory, "no token"));
        ApplicationLinkTransport.AuthorisationRequiredException e = assertThrows(
                ApplicationLinkTransport.AuthorisationRequiredException.class,
                () -> transport().execute(ConfluenceRequest.get("/rest/api/space", Map.of())));
        assertEquals(authorise, e.authorisationUri());
        assertTrue(e.getMessage(), e.getMessage().contains("not authorised"));
    }

    @Test
    public void execute_shouldReportARejectedTokenAs401() throws Exception {
        when(factory.createRequest(any(), anyString())).thenReturn(request);
        answer(200, "", true);
        assertEquals(401, transport().execute(ConfluenceRequest.get("/rest/api/space", Map.of())).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void execute_shouldTurnAFailedExchangeIntoIOException() throws Exception {
        when(factory.createRequest(any(), anyString())).thenReturn(request);
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenThrow(new ResponseException("connection reset"));
        assertThrows(IOException.class, () -> transport().execute(ConfluenceRequest.get("/x", Map.of())));
    }

    @Test
    public void baseUrl_shouldBeTheDisplayUrlWithoutTrailingSlash() {
        assertEquals("https://wiki.example.com/confluence", transport().baseUrl());
        verify(factory, never()).getAuthorisationURI(eq(null));
    }
}
