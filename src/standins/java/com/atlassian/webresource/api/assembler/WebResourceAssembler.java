// Stand-in. Source: atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/WebResourceAssembler.java (only the member the app calls)
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
