// Stand-in. Source: sal-api, com/atlassian/sal/api/net/Request.java (sal-api 2.x source; setRequestBody(String, String contentType) as implemented by current applinks request adaptors); only members called here
package com.atlassian.sal.api.net;

public interface Request<T extends Request<?, ?>, RESP extends Response> {
    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS
    }

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody, String contentType);

    T setHeader(String headerName, String headerValue);
}
