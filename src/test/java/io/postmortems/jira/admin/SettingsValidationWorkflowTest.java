package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.WorkflowSettings;
import org.junit.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/** The review, approval and announcement settings (the {@code workflow} object). */
public class SettingsValidationWorkflowTest {
    private final SettingsValidation validation = new SettingsValidation(mock(ApplicationLinkService.class),
            mock(CountermeasureTargets.class));

    private List<FieldError> errors(Consumer<ObjectNode> workflow) {
        AppSettings settings = SettingsValidationTest.change(SettingsValidationTest.valid(),
                s -> workflow.accept(s.putObject("workflow")));
        return validation.validate(settings);
    }

    private String only(Consumer<ObjectNode> workflow) {
        List<FieldError> errors = errors(workflow);
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0).field() + ": " + errors.get(0).render(BundleI18nHelper.create());
    }

    @Test
    public void validate_shouldAcceptARoleAGroupAndOneAddress() {
        assertEquals(List.of(), errors(w -> w.put("approverRole", "Post-mortem reviewers")
                .put("approverGroup", "sre-leads").put("announcementEmail", "incidents@example.com")
                .put("forbidSelfApproval", false).put("announceMajorUpdates", true)));
    }

    @Test
    public void validate_shouldNameTheAddressThatIsNotOneEmailAddress() {
        assertEquals("workflow.announcementEmail: a@example.com, b@example.com is not one e-mail address: use a"
                        + " form such as sre-leads@example.com.",
                only(w -> w.put("announcementEmail", "a@example.com, b@example.com")));
        assertEquals(1, errors(w -> w.put("announcementEmail", "no-at-sign")).size());
    }

    @Test
    public void validate_shouldRefuseOverlongRoleAndGroupNames() {
        assertEquals("workflow.approverGroup: A project role or group name has at most 255 characters (this one has"
                + " 256).", only(w -> w.put("approverGroup", "g".repeat(256))));
        assertEquals(1, errors(w -> w.put("approverRole", "r".repeat(256))).size());
    }

    @Test
    public void settings_shouldReadMissingWorkflowAsDefaultsAndBlankNamesAsNone() {
        AppSettings old = SettingsValidationTest.change(SettingsValidationTest.valid(), s -> s.remove("workflow"));
        assertEquals(WorkflowSettings.defaults(), old.workflow());
        assertTrue(old.workflow().forbidSelfApproval());
        assertTrue(old.workflow().editReturnsToReview());
        AppSettings blank = SettingsValidationTest.change(SettingsValidationTest.valid(),
                s -> s.putObject("workflow").put("approverRole", "  ").put("approverGroup", ""));
        assertNull(blank.workflow().approverRole());
        assertFalse(blank.workflow().approversConfigured());
    }

    @Test
    public void validate_shouldNameAnAnnouncementGroupJiraDoesNotHave() {
        com.atlassian.jira.security.groups.GroupManager groups =
                mock(com.atlassian.jira.security.groups.GroupManager.class);
        org.mockito.Mockito.when(groups.groupExists("sre-leads")).thenReturn(true);
        SettingsValidation withGroups = new SettingsValidation(mock(ApplicationLinkService.class),
                mock(CountermeasureTargets.class), null, groups);
        AppSettings known = SettingsValidationTest.change(SettingsValidationTest.valid(),
                s -> s.putObject("workflow").put("announcementGroup", " sre-leads "));
        assertEquals(List.of(), withGroups.validate(known));
        assertEquals("sre-leads", known.workflow().announcementGroup());
        AppSettings unknown = SettingsValidationTest.change(SettingsValidationTest.valid(),
                s -> s.putObject("workflow").put("announcementGroup", "sre-lead"));
        List<FieldError> errors = withGroups.validate(unknown);
        assertEquals(1, errors.size());
        assertEquals("workflow.announcementGroup: There is no Jira group named sre-lead.",
                errors.get(0).field() + ": " + errors.get(0).render(BundleI18nHelper.create()));
    }
}
