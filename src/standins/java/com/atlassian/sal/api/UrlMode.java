// Stand-in. Source: sal-api com.atlassian.sal.api.UrlMode (enum; CANONICAL is the configured base URL, used as getBaseUrl(UrlMode.CANONICAL) in Atlassian plugins, code corpus: oauth2-provider, personal access tokens, UPM tests); only the constant the app uses is declared.
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL
}
