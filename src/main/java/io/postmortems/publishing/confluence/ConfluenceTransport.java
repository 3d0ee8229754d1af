package io.postmortems.publishing.confluence;

import java.io.IOException;

/**
 * How requests reach Confluence. Standalone: java.net.http with a personal access token. Inside Jira: the
 * application link, acting as the user. Either way the publishing logic above it is the same.
 */
public interface ConfluenceTransport {
    /**
     * Sends one request and returns Confluence's answer, whatever its status.
     *
     * @throws IOException when no answer came (connection refused, timeout, broken connection)
     */
    ConfluenceResponse execute(ConfluenceRequest request) throws IOException;

    /** The base URL pages are shown under, used to build links such as {@code <base>/pages/viewpage.action?pageId=1}. */
    String baseUrl();
}
