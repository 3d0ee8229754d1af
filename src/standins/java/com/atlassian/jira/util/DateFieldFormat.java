// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/DateFieldFormat.html
package com.atlassian.jira.util;

import java.util.Date;

public interface DateFieldFormat {
    String formatDatePicker(Date date);
}
