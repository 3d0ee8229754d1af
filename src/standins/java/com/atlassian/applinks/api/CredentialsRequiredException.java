// Stand-in. Source: applinks-api, com/atlassian/applinks/api/CredentialsRequiredException.java (checked, extends Exception implements AuthorisationURIGenerator; constructor (AuthorisationURIGenerator, String message))
package com.atlassian.applinks.api;

import java.net.URI;

public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;
    private final transient AuthorisationURIGenerator authorisationURIGenerator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.authorisationURIGenerator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return authorisationURIGenerator.getAuthorisationURI(callback);
    }

    @Override
    public URI getAuthorisationURI() {
        return authorisationURIGenerator.getAuthorisationURI();
    }
}
