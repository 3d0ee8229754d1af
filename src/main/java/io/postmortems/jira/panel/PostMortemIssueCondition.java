package io.postmortems.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortems.jira.service.PostMortemIssues;

import java.util.Map;

/** Shows the panel only on issues of the Post-mortem type. */
public class PostMortemIssueCondition implements Condition {
    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Object issue = context.get("issue");
        return issue instanceof Issue i && PostMortemIssues.isPostMortem(i);
    }
}
