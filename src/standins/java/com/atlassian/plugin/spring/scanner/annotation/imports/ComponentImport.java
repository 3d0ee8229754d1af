// Stand-in. Source: atlassian-spring-scanner-annotation 5.x, com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.java (https://bitbucket.org/atlassian/atlassian-spring-scanner)
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
