// Stand-in. Platform 8 use: getType() called in deftdevs/bootstrapi@4c9d627 (Jira 11.3.10) commons/.../service/DefaultApplicationLinksServiceImpl.java:319, caught at :105. Earlier source: Source: applinks-api, com/atlassian/applinks/api/TypeNotInstalledException.java (checked, extends Exception; constructor (String type, String name, URI rpcUrl) in current versions)
package com.atlassian.applinks.api;

import java.net.URI;

public class TypeNotInstalledException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String type;

    public TypeNotInstalledException(String type, String name, URI rpcUrl) {
        this.type = type;
    }

    public String getType() {
        return type;
    }
}
