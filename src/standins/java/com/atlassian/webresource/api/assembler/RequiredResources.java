// Stand-in. Source: atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/RequiredResources.java (only the members the app calls)
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
