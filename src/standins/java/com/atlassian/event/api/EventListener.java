// Stand-in. Source: atlassian-event javadoc, https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventListener.html
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
