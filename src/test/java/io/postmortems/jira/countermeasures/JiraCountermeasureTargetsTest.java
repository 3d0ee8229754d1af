package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraCountermeasureTargetsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    ProjectManager projects;
    @Mock
    IssueLinkTypeManager linkTypes;
    @Mock
    Project project;

    private static IssueType type(String id, String name, boolean subTask) {
        IssueType t = mock(IssueType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        when(t.isSubTask()).thenReturn(subTask);
        return t;
    }

    private JiraCountermeasureTargets targets() {
        return new JiraCountermeasureTargets(projects, linkTypes);
    }

    @Test
    public void subTaskIssueTypeId_shouldPreferTheProvisionedCountermeasureType() {
        List<IssueType> types1 = List.of(type("1", "Bug", false), type("5", "Sub-task", true),
                type("7", "Countermeasure", true));
        when(project.getIssueTypes()).thenReturn(types1);
        assertEquals(Optional.of("7"), targets().subTaskIssueTypeId(project));
    }

    @Test
    public void subTaskIssueTypeId_shouldFallBackToAnySubTaskTypeOfTheProjectOrNone() {
        List<IssueType> types2 = List.of(type("1", "Bug", false), type("5", "Sub-task", true));
        when(project.getIssueTypes()).thenReturn(types2);
        assertEquals(Optional.of("5"), targets().subTaskIssueTypeId(project));
        List<IssueType> types3 = List.of(type("1", "Bug", false));
        when(project.getIssueTypes()).thenReturn(types3);
        assertEquals(Optional.empty(), targets().subTaskIssueTypeId(project));
    }

    @Test
    public void issueTypeId_shouldPreferTaskAndNeverUsePostMortemOrSubTasks() {
        List<IssueType> types4 = List.of(type("9", "Post-mortem", false), type("7", "Countermeasure", true),
                type("1", "Bug", false), type("3", "Task", false));
        when(project.getIssueTypes()).thenReturn(types4);
        assertEquals(Optional.of("3"), targets().issueTypeId(project));
        List<IssueType> types5 = List.of(type("9", "Post-mortem", false), type("1", "Bug", false));
        when(project.getIssueTypes()).thenReturn(types5);
        assertEquals(Optional.of("1"), targets().issueTypeId(project));
    }

    @Test
    public void linkTypeId_shouldLookUpTheProvisionedLinkTypeByName() {
        IssueLinkType link = mock(IssueLinkType.class);
        when(link.getId()).thenReturn(10400L);
        when(linkTypes.getIssueLinkTypesByName("Countermeasure")).thenReturn(List.of(link));
        assertEquals(Optional.of(10400L), targets().linkTypeId());
    }

    @Test
    public void linkTypeId_shouldBeEmptyBeforeProvisioning() {
        when(linkTypes.getIssueLinkTypesByName("Countermeasure")).thenReturn(List.of());
        assertEquals(Optional.empty(), targets().linkTypeId());
    }

    @Test
    public void project_shouldFindByTrimmedKeyAndIgnoreBlankKeys() {
        when(projects.getProjectObjByKey("OPS")).thenReturn(project);
        assertEquals(Optional.of(project), targets().project(" OPS "));
        assertEquals(Optional.empty(), targets().project("NOPE"));
        assertEquals(Optional.empty(), targets().project(" "));
    }
}
