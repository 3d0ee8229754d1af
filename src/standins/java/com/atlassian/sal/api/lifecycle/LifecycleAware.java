// Stand-in. Source: sal-api, com/atlassian/sal/api/lifecycle/LifecycleAware.java (https://docs.atlassian.com/sal-api/ , onStop since SAL 3.0)
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
