// Stand-in. Source: applinks-api, com/atlassian/applinks/api/AuthorisationURIGenerator.java (both methods may return null when the provider needs no user authorisation)
package com.atlassian.applinks.api;

import java.net.URI;

public interface AuthorisationURIGenerator {
    URI getAuthorisationURI(URI callback);

    URI getAuthorisationURI();
}
