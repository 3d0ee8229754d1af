// Stand-in. Source: atlassian-event javadoc, https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html (register/unregister inherited from EventListenerRegistrar there; declared here)
package com.atlassian.event.api;

public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
