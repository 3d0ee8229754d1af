// Stand-in. Source: sal-api, com/atlassian/sal/api/auth/LoginUriProvider.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.auth)
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
