// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationId.java (public class, constructor ApplicationId(String) requiring a UUID string, String get())
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
