// Stand-in. Source: jira-api DAC javadoc https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/DateFieldFormatImpl.html (6.x-era reference: DateFieldFormatImpl implements DateFieldFormat, String formatDatePicker(Date date) confirmed); no 7.x+ page found; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/DateFieldFormat.html not reachable
package com.atlassian.jira.util;

import java.util.Date;

public interface DateFieldFormat {
    String formatDatePicker(Date date);
}
