package io.postmortems.jira.admin;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.settings.AppSettings;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class SettingsValidationTest {
    static final String LINK_ID = "0a1b2c3d-0000-4000-8000-0123456789ab";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    ApplicationLinkService links;
    @Mock
    CountermeasureTargets targets;

    private SettingsValidation validation;

    @Before
    public void setUp() throws Exception {
        when(links.getApplicationLink(any())).thenReturn(null);
        when(links.getApplicationLink(new ApplicationId(LINK_ID))).thenReturn(mock(ApplicationLink.class));
        when(targets.project(any())).thenReturn(Optional.empty());
        when(targets.project("OPS")).thenReturn(Optional.of(mock(Project.class)));
        validation = new SettingsValidation(links, targets);
    }

    /** Valid token-mode settings: defaults plus URL, token and space. */
    static AppSettings valid() {
        return change(AppSettings.defaults(), s -> {
            s.put("confluenceMode", "PERSONAL_ACCESS_TOKEN");
            s.put("confluenceUrl", "https://wiki.example.com/confluence");
            s.put("confluenceToken", "secret");
            s.put("spaceKey", "OPS");
        });
    }

    static AppSettings change(AppSettings base, Consumer<ObjectNode> edit) {
        ObjectNode node = MAPPER.valueToTree(base);
        edit.accept(node);
        try {
            return MAPPER.treeToValue(node, AppSettings.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<FieldError> errors(Consumer<ObjectNode> edit) {
        return validation.validate(change(valid(), edit));
    }

    /** The one error expected, as "field: rendered message". */
    private String only(Consumer<ObjectNode> edit) {
        List<FieldError> errors = errors(edit);
        assertEquals(errors.toString(), 1, errors.size());
        FieldError error = errors.get(0);
        String text = error.render(BundleI18nHelper.create());
        assertFalse("rendered from the bundle: " + text, text.startsWith("postmortems."));
        return error.field() + ": " + text;
    }

    @Test
    public void validate_shouldAcceptValidTokenSettings() {
        assertEquals(List.of(), validation.validate(valid()));
    }

    @Test
    public void validate_shouldAcceptAnExistingApplicationLink() {
        assertEquals(List.of(), errors(s -> {
            s.put("confluenceMode", "APPLICATION_LINK");
            s.put("applicationLinkId", LINK_ID);
            s.putNull("confluenceUrl");
            s.putNull("confluenceToken");
        }));
    }

    @Test
    public void validate_shouldRejectAPageLanguageThatIsNoLanguageTag() {
        assertEquals("pageLanguage: not a language! is not a language tag: use a tag such as en or de.",
                only(s -> s.put("pageLanguage", "not a language!")));
    }

    @Test
    public void validate_shouldAcceptAWellFormedPageLanguageWithoutTranslation() {
        assertEquals(List.of(), errors(s -> s.put("pageLanguage", "fr-CA")));
    }

    @Test
    public void validate_shouldRejectTokenModeWithoutUrl() {
        assertTrue(only(s -> s.putNull("confluenceUrl")).startsWith("confluenceUrl: Enter the base URL"));
    }

    @Test
    public void validate_shouldRejectTokenModeWithoutToken() {
        assertTrue(only(s -> s.putNull("confluenceToken")).startsWith("confluenceToken: Enter a personal access"));
    }

    @Test
    public void validate_shouldRejectUrlsThatAreNotAbsoluteHttp() {
        for (String url : List.of("wiki.example.com", "/confluence", "ftp://wiki.example.com", "javascript:alert(1)",
                "https://", "http://exa mple.com")) {
            String error = only(s -> s.put("confluenceUrl", url));
            assertTrue(url + " -> " + error, error.startsWith("confluenceUrl: The Confluence URL must be an absolute"));
        }
    }

    @Test
    public void validate_shouldRejectUrlWithUserInfo() {
        assertTrue(only(s -> s.put("confluenceUrl", "https://bob:pw@wiki.example.com")).contains("user name"));
    }

    @Test
    public void validate_shouldRejectUrlWithQueryOrFragment() {
        assertTrue(only(s -> s.put("confluenceUrl", "https://wiki.example.com/?a=b")).contains("without a query"));
        assertTrue(only(s -> s.put("confluenceUrl", "https://wiki.example.com/#x")).contains("without a query"));
    }

    @Test
    public void validate_shouldIgnoreUrlAndTokenInApplicationLinkMode() {
        assertEquals(List.of(), errors(s -> {
            s.put("confluenceMode", "APPLICATION_LINK");
            s.put("applicationLinkId", LINK_ID);
            s.put("confluenceUrl", "not a url");
        }));
    }

    @Test
    public void validate_shouldRejectApplicationLinkModeWithoutIdOrPrimaryLink() {
        assertTrue(only(s -> s.put("confluenceMode", "APPLICATION_LINK"))
                .startsWith("applicationLinkId: Jira has no primary application link"));
    }

    @Test
    public void validate_shouldAcceptApplicationLinkModeWithoutIdWhenAPrimaryLinkExists() {
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(mock(ApplicationLink.class));
        assertEquals(List.of(), errors(s -> s.put("confluenceMode", "APPLICATION_LINK")));
    }

    @Test
    public void validate_shouldRejectApplicationLinkIdThatIsNoId() {
        assertEquals("applicationLinkId: confluence is not an application link id; ids look like "
                + "0a1b2c3d-0000-4000-8000-0123456789ab.", only(s -> {
                    s.put("confluenceMode", "APPLICATION_LINK");
                    s.put("applicationLinkId", "confluence");
                }));
    }

    @Test
    public void validate_shouldRejectApplicationLinkThatNoLongerExists() throws Exception {
        String gone = "11111111-2222-4333-8444-555555555555";
        assertEquals("applicationLinkId: There is no application link with id " + gone
                + "; pick an existing Confluence link.", only(s -> {
                    s.put("confluenceMode", "APPLICATION_LINK");
                    s.put("applicationLinkId", gone);
                }));
        when(links.getApplicationLink(new ApplicationId(gone)))
                .thenThrow(new TypeNotInstalledException("confluence", "Wiki", URI.create("https://w")));
        assertTrue(only(s -> {
            s.put("confluenceMode", "APPLICATION_LINK");
            s.put("applicationLinkId", gone);
        }).contains("no application link"));
    }

    @Test
    public void validate_shouldRejectMissingOrMalformedSpaceKey() {
        assertTrue(only(s -> s.putNull("spaceKey")).startsWith("spaceKey: Enter the key"));
        assertTrue(only(s -> s.put("spaceKey", "OPS TEAM")).startsWith("spaceKey: OPS TEAM is not a Confluence"));
        assertTrue(only(s -> s.put("spaceKey", "ops-1")).startsWith("spaceKey:"));
        assertEquals(List.of(), errors(s -> s.put("spaceKey", "~jsmith")));
        assertEquals(List.of(), errors(s -> s.put("spaceKey", "Ops2")));
    }

    @Test
    public void validate_shouldRejectBlankOrOverlongRootTitle() {
        assertTrue(only(s -> s.put("rootTitle", "  ")).startsWith("rootTitle: Enter the title"));
        assertEquals("rootTitle: The root page title may have at most 255 characters; it has 256.",
                only(s -> s.put("rootTitle", "x".repeat(256))));
        assertEquals(List.of(), errors(s -> s.put("rootTitle", "x".repeat(255))));
    }

    @Test
    public void validate_shouldRejectBlankAndDuplicateSeverityIds() {
        List<FieldError> errors = errors(s -> {
            s.withArrayProperty("severityLevels").addObject().put("id", "SEV1").put("name", "Again");
            s.withArrayProperty("severityLevels").addObject().put("id", " ").put("name", "Blank");
            s.withArrayProperty("severityLevels").addObject().put("id", "SEV9").put("name", "");
        });
        assertEquals(errors.toString(), List.of("severityLevels[4].id", "severityLevels[5].id",
                "severityLevels[6].name"), errors.stream().map(FieldError::field).toList());
        assertEquals("The severity id SEV1 is used more than once; each level needs its own id.",
                errors.get(0).render(BundleI18nHelper.create()));
    }

    @Test
    public void validate_shouldRejectAnEmptySeverityScheme() {
        List<FieldError> errors = errors(s -> {
            s.putArray("severityLevels");
            s.putObject("requiredSections");
            s.putObject("defaultDueWeeks");
        });
        assertEquals(List.of(FieldError.of("severityLevels", "postmortems.settings.invalid.severity.none")), errors);
    }

    @Test
    public void validate_shouldRejectRequiredSectionsOfUnknownSeverity() {
        assertEquals("requiredSections.SEV9: SEV9 is not the id of a severity level; use one of the levels defined "
                + "above.", only(s -> s.withObjectProperty("requiredSections").putArray("SEV9").add("SUMMARY")));
    }

    @Test
    public void validate_shouldRejectDueWeeksOfUnknownSeverity() {
        assertTrue(only(s -> s.withObjectProperty("defaultDueWeeks").put("SEV9", 2)).startsWith("defaultDueWeeks.SEV9: SEV9 is not"));
    }

    @Test
    public void validate_shouldRejectDueWeeksOutsideOneToOneHundredFour() {
        assertEquals("defaultDueWeeks.SEV1: The due date for SEV1 must be between 1 and 104 weeks, not 0.",
                only(s -> s.withObjectProperty("defaultDueWeeks").put("SEV1", 0)));
        assertTrue(only(s -> s.withObjectProperty("defaultDueWeeks").put("SEV2", 105)).contains("not 105"));
        assertEquals(List.of(), errors(s -> s.withObjectProperty("defaultDueWeeks").put("SEV2", 104)));
        assertEquals(List.of(), errors(s -> s.withObjectProperty("defaultDueWeeks").put("SEV2", 1)));
    }

    @Test
    public void validate_shouldRejectLinkedIssueModeWithoutExistingProject() {
        assertTrue(only(s -> s.put("countermeasureMode", "LINKED_ISSUE"))
                .startsWith("countermeasureProjectKey: Enter the key"));
        assertEquals("countermeasureProjectKey: There is no project with key NOPE.", only(s -> {
            s.put("countermeasureMode", "LINKED_ISSUE");
            s.put("countermeasureProjectKey", "NOPE");
        }));
        assertEquals(List.of(), errors(s -> {
            s.put("countermeasureMode", "LINKED_ISSUE");
            s.put("countermeasureProjectKey", "OPS");
        }));
    }

    @Test
    public void validate_shouldIgnoreTheProjectInSubTaskMode() {
        assertEquals(List.of(), errors(s -> s.put("countermeasureProjectKey", "NOPE")));
    }

    @Test
    public void validate_shouldRejectBlankOrOverlongWordListEntries() {
        assertEquals("extraBlameTerms.en[1]: A phrase for language en is empty.",
                only(s -> s.withObjectProperty("extraBlameTerms").putArray("en").add("careless").add(" ")));
        assertEquals("extraCounterfactuals.de[0]: Phrases may have at most 100 characters; one for language de has 101.",
                only(s -> s.withObjectProperty("extraCounterfactuals").putArray("de").add("y".repeat(101))));
        assertTrue(only(s -> s.withObjectProperty("extraBlameTerms").putArray("English!").add("lazy"))
                .startsWith("extraBlameTerms.English!: English! is not a language code"));
    }

    @Test
    public void validate_shouldReportEveryProblemAtOnce() {
        List<FieldError> errors = errors(s -> {
            s.put("confluenceUrl", "wiki");
            s.putNull("confluenceToken");
            s.put("spaceKey", "a b");
            s.put("rootTitle", "");
            s.withObjectProperty("defaultDueWeeks").put("SEV1", 500);
            s.put("countermeasureMode", "LINKED_ISSUE");
        });
        assertEquals(List.of("confluenceUrl", "confluenceToken", "spaceKey", "rootTitle", "defaultDueWeeks.SEV1",
                "countermeasureProjectKey"), errors.stream().map(FieldError::field).toList());
    }

    /** Table: one broken value per rule, and the field each must be reported on. */
    @Test
    public void validate_shouldNameTheFieldOfEachRule() {
        Object[][] table = {
                {"confluenceUrl", (Consumer<ObjectNode>) s -> s.put("confluenceUrl", "https://u@h")},
                {"confluenceToken", (Consumer<ObjectNode>) s -> s.put("confluenceToken", "")},
                {"applicationLinkId", (Consumer<ObjectNode>) s -> s.put("confluenceMode", "APPLICATION_LINK")},
                {"spaceKey", (Consumer<ObjectNode>) s -> s.put("spaceKey", "<b>")},
                {"rootTitle", (Consumer<ObjectNode>) s -> s.putNull("rootTitle")},
                {"severityLevels[4].id", (Consumer<ObjectNode>) s -> s.withArrayProperty("severityLevels").addObject()
                        .put("id", "").put("name", "Extra")},
                {"requiredSections.X", (Consumer<ObjectNode>) s -> s.withObjectProperty("requiredSections").putArray("X")},
                {"defaultDueWeeks.SEV3", (Consumer<ObjectNode>) s -> s.withObjectProperty("defaultDueWeeks").put("SEV3", -1)},
                {"countermeasureProjectKey", (Consumer<ObjectNode>) s -> s.put("countermeasureMode", "LINKED_ISSUE")},
                {"extraBlameTerms.en[0]", (Consumer<ObjectNode>) s -> s.withObjectProperty("extraBlameTerms").putArray("en").add("")},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            Consumer<ObjectNode> edit = (Consumer<ObjectNode>) row[1];
            List<FieldError> errors = errors(edit);
            assertEquals(row[0] + ": " + errors, List.of(row[0]), errors.stream().map(FieldError::field).toList());
        }
    }
}
