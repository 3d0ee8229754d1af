// Stand-in. Source: atlassian-spring-scanner-annotation, com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.java (https://bitbucket.org/atlassian/atlassian-spring-scanner); properties() not used, left out
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
