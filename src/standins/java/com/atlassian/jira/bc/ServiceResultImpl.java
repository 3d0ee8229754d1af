// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/ServiceResultImpl.html
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {
    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stand-in");
    }
}
