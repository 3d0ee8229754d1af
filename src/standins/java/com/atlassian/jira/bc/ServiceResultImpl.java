// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html (latest Server javadoc, (c) 2002-2017): "@PublicApi public class ServiceResultImpl implements ServiceResult, Serializable", public constructors (ErrorCollection) and (ErrorCollection, WarningCollection) only, no no-arg constructor; isValid() and getErrorCollection() confirmed there; the WarningCollection constructor and getWarningCollection() are not reproduced (no WarningCollection stand-in); earlier: 11.0 javadoc URL https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/ServiceResultImpl.html (not reachable)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(ErrorCollection errorCollection) {
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stand-in");
    }
}
