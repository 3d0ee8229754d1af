// Stand-in. Platform 8 use: new ApplicationId(String) in deftdevs/bootstrapi@4c9d627 (jira 11.3.10) commons/.../service/DefaultApplicationLinksServiceImpl.java:95, get() in commons/.../model/util/ApplicationLinkModelUtil.java:37. Earlier source: Source: applinks-api, com/atlassian/applinks/api/ApplicationId.java (public class, constructor ApplicationId(String) requiring a UUID string, String get())
package com.atlassian.applinks.api;

import java.util.UUID;

public class ApplicationId {
    private final String id;

    public ApplicationId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        UUID.fromString(id);
        this.id = id;
    }

    public String get() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationId other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
