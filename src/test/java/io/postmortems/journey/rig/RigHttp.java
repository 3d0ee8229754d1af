package io.postmortems.journey.rig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to the rig as a signed-in user (the rig's login cookie) or anonymously, for REST checks in journeys. */
public final class RigHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String cookie;

    private RigHttp(String userName) {
        this.cookie = userName == null ? null : "rig.user=" + userName;
    }

    public static RigHttp as(String userName) {
        return new RigHttp(userName);
    }

    public static RigHttp anonymous() {
        return new RigHttp(null);
    }

    public HttpResponse<String> get(String url) throws Exception {
        return send(request(url).GET());
    }

    public HttpResponse<String> put(String url, String json) throws Exception {
        return send(request(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String url, String json) throws Exception {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        return cookie == null ? b : b.header("Cookie", cookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
