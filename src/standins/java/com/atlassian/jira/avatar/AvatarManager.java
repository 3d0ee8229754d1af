// Stand-in. Source: jira-api, com/atlassian/jira/avatar/AvatarManager.java (only the member the app calls: Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image, Selection selection) throws DataAccessException, IOException; javadoc: "the data of the original avatar image (it will be automatically closed)", "selection ... or null to take whole image"). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/avatar/AvatarManager.html (not reachable here) | Audit (docs corpus): only DAC javadoc https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarManager.html (6.x era, @PublicApi interface) found, showing create(String, String, Project, InputStream, Selection); the IconType/IconOwningObjectId overload used here (7.1+) UNCONFIRMED.
package com.atlassian.jira.avatar;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

public interface AvatarManager {
    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
                  Selection selection) throws DataAccessException, IOException;
}
