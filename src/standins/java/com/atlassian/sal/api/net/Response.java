// Stand-in. Source: sal-api, com/atlassian/sal/api/net/Response.java (getHeaders returns Map<String, String>); only members called here
package com.atlassian.sal.api.net;

import java.util.Map;

public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    Map<String, String> getHeaders();
}
