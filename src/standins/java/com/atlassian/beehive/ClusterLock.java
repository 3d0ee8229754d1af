// Stand-in. Source: beehive-api javadoc, https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html (we call only java.util.concurrent.locks.Lock methods)
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
