// Stand-in. Source: atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/PageBuilderService.java
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
