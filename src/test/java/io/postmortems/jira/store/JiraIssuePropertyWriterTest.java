package io.postmortems.jira.store;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraIssuePropertyWriterTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    IssuePropertyService service;
    @Mock
    JiraAuthenticationContext authentication;
    @Mock
    ApplicationUser bob;
    @Mock
    SetPropertyValidationResult validation;
    @Mock
    PropertyResult stored;

    @Test
    public void write_shouldValidateWithoutPermissionChecksAndStoreAsTheCurrentUser() {
        when(authentication.getLoggedInUser()).thenReturn(bob);
        when(service.validateSetProperty(eq(bob), eq(42L), any(), any())).thenReturn(validation);
        when(validation.isValid()).thenReturn(true);
        when(service.setProperty(bob, validation)).thenReturn(stored);
        when(stored.isValid()).thenReturn(true);

        new JiraIssuePropertyWriter(service, authentication).write(42L, "postmortem", "{\"severity\":\"SEV1\"}");

        ArgumentCaptor<PropertyInput> input = ArgumentCaptor.forClass(PropertyInput.class);
        ArgumentCaptor<EntityPropertyOptions> options = ArgumentCaptor.forClass(EntityPropertyOptions.class);
        verify(service).validateSetProperty(eq(bob), eq(42L), input.capture(), options.capture());
        assertEquals("postmortem", input.getValue().getPropertyKey());
        assertEquals("{\"severity\":\"SEV1\"}", input.getValue().getPropertyValue());
        assertTrue(options.getValue().skipPermissionChecks());
        verify(service).setProperty(bob, validation);
    }

    @Test
    public void write_shouldNameJirasReasonsWhenValidationFailsAndNotStore() {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("The property value is too long"));
        when(errors.getErrors()).thenReturn(Map.of("value", "max 32768"));
        when(service.validateSetProperty(any(), eq(42L), any(), any())).thenReturn(validation);
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JiraIssuePropertyWriter(service, authentication).write(42L, "postmortem", "{}"));
        assertTrue(e.getMessage(), e.getMessage().contains("too long") && e.getMessage().contains("max 32768"));
        verify(service, never()).setProperty(any(), any());
    }
}
