// Stand-in. Source: beehive-api javadoc, https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLockService.html
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
