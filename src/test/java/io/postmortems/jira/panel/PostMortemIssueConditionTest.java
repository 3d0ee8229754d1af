package io.postmortems.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.postmortems.jira.JiraFixture;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class PostMortemIssueConditionTest {
    private final PostMortemIssueCondition condition = new PostMortemIssueCondition();

    @Test
    public void shouldDisplay_shouldBeTrueOnPostMortemIssuesOnly() {
        condition.init(Map.of());
        Issue postMortem = JiraFixture.postMortemIssue(1, "PM-1", JiraFixture.project(1, "PM"));
        assertTrue(condition.shouldDisplay(Map.of("issue", postMortem)));
        Issue bug = mock(Issue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Bug");
        when(bug.getIssueType()).thenReturn(type);
        assertFalse(condition.shouldDisplay(Map.of("issue", bug)));
    }

    @Test
    public void shouldDisplay_shouldBeFalseWithoutAnIssueOrWithSomethingElse() {
        Map<String, Object> none = new HashMap<>();
        assertFalse(condition.shouldDisplay(none));
        none.put("issue", null);
        assertFalse(condition.shouldDisplay(none));
        assertFalse(condition.shouldDisplay(Map.of("issue", "PM-1")));
        Issue untyped = mock(Issue.class);
        assertFalse(condition.shouldDisplay(Map.of("issue", untyped)));
    }
}
