package io.postmortems.jira.rest;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Adversarial request bodies against the write endpoints, called as an administrator (every permission passes, so
 * only the body decides): each answers 4xx with {@code {"errors":[{"field","message"}]}}, never 500 or a stack
 * trace, and the stored post-mortem and settings are unchanged afterwards. Cases with a fourth value must name that
 * field: unknown fields, a number where text is expected (and the reverse), texts with NUL or half a surrogate pair,
 * on every write endpoint, and settings checked by the real {@link SettingsValidation}.
 */
@RunWith(Parameterized.class)
public class RestHostileInputCorpusTest {
    record Endpoint(String name, BiFunction<RestHostileInputCorpusTest, String, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Hostile bodies: name, body. Values are placed where each endpoint expects its fields. */
    static List<String[]> bodies(String wrap, boolean instantSlot, boolean numberSlot) {
        String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"empty", ""});
        out.add(new String[]{"malformed", "{\"revision\":1,"});
        out.add(new String[]{"not an object", "[1,2]"});
        out.add(new String[]{"null", "null"});
        out.add(new String[]{"deeply nested arrays", deepArrays});
        out.add(new String[]{"deeply nested objects", deepObjects});
        out.add(new String[]{"deep arrays inside", String.format(wrap, deepArrays)});
        out.add(new String[]{"deep objects inside", String.format(wrap, deepObjects)});
        out.add(new String[]{"huge number", String.format(wrap, "1" + "0".repeat(5_000))});
        if (numberSlot) {
            out.add(new String[]{"huge exponent", String.format(wrap, "1e999999999")});
        }
        out.add(new String[]{"wrong type", String.format(wrap, "{\"x\":[true]}")});
        out.add(new String[]{"oversized", String.format(wrap, "\"" + "x".repeat(4_000_000) + "\"")});
        if (instantSlot) {
            out.add(new String[]{"extreme instant", String.format(wrap, "\"+999999999-12-31T23:59:59Z\"")});
            out.add(new String[]{"negative instant", String.format(wrap, "\"-999999999-01-01T00:00:00Z\"")});
        }
        return out;
    }

    @Parameterized.Parameters(name = "{0}: {1}")
    public static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        Endpoint document = new Endpoint("PUT document", (t, b) -> t.resource.putDocument("PM-1", null, b));
        for (String[] b : bodies("{\"revision\":1,\"document\":{\"summary\":%s}}", false, true)) {
            cases.add(new Object[]{document, b[0], b[1]});
        }
        cases.add(new Object[]{document, "revision as text", "{\"revision\":\"one\",\"document\":{}}"});
        cases.add(new Object[]{document, "extreme instant in times",
                "{\"revision\":1,\"document\":{\"times\":{\"started\":\"+999999999-12-31T23:59:59Z\"}}}"});
        Endpoint timeline = new Endpoint("POST timeline", (t, b) -> t.resource.addEvent("PM-1", 1L, b));
        for (String[] b : bodies("{\"at\":%s,\"text\":\"x\",\"kind\":\"OBSERVATION\"}", true, true)) {
            cases.add(new Object[]{timeline, b[0], b[1]});
        }
        Endpoint settings = new Endpoint("PUT settings", (t, b) -> t.settings.put(b));
        for (String[] b : bodies("{\"spaceKey\":%s}", false, true)) {
            cases.add(new Object[]{settings, b[0], b[1]});
        }
        cases.add(new Object[]{document, "lone surrogate in an instant",
                "{\"revision\":1,\"document\":{\"times\":{\"started\":\"2026-03-01T14:05:00Z\\uD800\"}}}"});
        cases.add(new Object[]{timeline, "NUL in an instant",
                "{\"at\":\"2026-03-01\\u0000T14:05:00Z\",\"text\":\"x\",\"kind\":\"OBSERVATION\"}"});
        cases.add(new Object[]{settings, "NUL in a field name", "{\"space\\u0000Key\":\"OPS\"}"});
        cases.add(new Object[]{settings, "unknown field", "{\"spaceKey\":\"OPS\",\"bogus\":1}"});
        // Closed after the corpus found them still accepted (issue #10): the field error names the field.
        cases.add(new Object[]{document, "unknown field in a countermeasure",
                "{\"revision\":1,\"document\":{\"countermeasures\":[{\"summary\":\"a\"},{\"summary\":\"b\"},"
                        + "{\"summary\":\"c\",\"ownr\":\"ada\"}]}}", "document.countermeasures[2].ownr"});
        cases.add(new Object[]{document, "unknown top-level field",
                "{\"revision\":1,\"document\":{\"sumary\":\"typo\"}}", "document.sumary"});
        cases.add(new Object[]{document, "huge exponent where text is expected",
                "{\"revision\":1,\"document\":{\"summary\":1e999999999}}", "document.summary"});
        cases.add(new Object[]{document, "number in a list of texts",
                "{\"revision\":1,\"document\":{\"tags\":[\"ok\",7]}}", "document.tags[1]"});
        cases.add(new Object[]{document, "text where true/false is expected",
                "{\"revision\":1,\"document\":{\"impact\":{\"customerFacing\":\"yes\"}}}",
                "document.impact.customerFacing"});
        cases.add(new Object[]{document, "text of only NUL",
                "{\"revision\":1,\"document\":{\"summary\":\"\\u0000\"}}", "document.summary"});
        cases.add(new Object[]{document, "lone surrogate in a text",
                "{\"revision\":1,\"document\":{\"rootCause\":{\"description\":\"a\\uDC00\"}}}",
                "document.rootCause.description"});
        Endpoint edit = new Endpoint("PUT timeline", (t, b) -> t.resource.editEvent("PM-1", "e1", 1L, b));
        for (Endpoint event : List.of(timeline, edit)) {
            cases.add(new Object[]{event, "unknown field", "{\"at\":\"2026-03-01T14:05:00Z\",\"text\":\"x\","
                    + "\"kind\":\"OBSERVATION\",\"colour\":\"red\"}", "colour"});
            cases.add(new Object[]{event, "text of only NUL", "{\"at\":\"2026-03-01T14:05:00Z\",\"text\":\"\\u0000\","
                    + "\"kind\":\"OBSERVATION\"}", "text"});
            cases.add(new Object[]{event, "NUL inside the text", "{\"at\":\"2026-03-01T14:05:00Z\","
                    + "\"text\":\"deploy\\u0000ed\",\"kind\":\"OBSERVATION\"}", "text"});
            cases.add(new Object[]{event, "lone surrogate in the text", "{\"at\":\"2026-03-01T14:05:00Z\","
                    + "\"text\":\"\\uD800\",\"kind\":\"OBSERVATION\"}", "text"});
            cases.add(new Object[]{event, "number where text is expected", "{\"at\":\"2026-03-01T14:05:00Z\","
                    + "\"text\":1e999999999,\"kind\":\"OBSERVATION\"}", "text"});
        }
        // Import from Markdown: hostile Markdown is refused naming "markdown" (or "replace"), and nothing is saved
        Endpoint imports = new Endpoint("POST import", (t, b) -> t.resource.importMarkdown("PM-1", null, b));
        for (String[] b : bodies("{\"revision\":1,\"replace\":true,\"markdown\":%s}", false, false)) {
            cases.add(new Object[]{imports, b[0], b[1]});
        }
        cases.add(new Object[]{imports, "NUL in the Markdown",
                "{\"revision\":1,\"replace\":true,\"markdown\":\"# Outage\\u0000\\n<script>x</script>\"}",
                "markdown"});
        cases.add(new Object[]{imports, "lone surrogate in the Markdown",
                "{\"revision\":1,\"replace\":true,\"markdown\":\"# Outage \\uD800\"}", "markdown"});
        cases.add(new Object[]{imports, "Markdown over the import limit",
                "{\"revision\":1,\"replace\":true,\"markdown\":\"<script>" + "x".repeat(2_000_000) + "\"}",
                "markdown"});
        cases.add(new Object[]{imports, "only white space",
                "{\"revision\":1,\"replace\":true,\"markdown\":\" \\n\\t\"}", "markdown"});
        cases.add(new Object[]{imports, "Markdown as a number",
                "{\"revision\":1,\"replace\":true,\"markdown\":1e999999999}", "markdown"});
        cases.add(new Object[]{imports, "replace as text",
                "{\"revision\":1,\"replace\":\"yes\",\"markdown\":\"# T\"}", "replace"});
        cases.add(new Object[]{imports, "over content without confirming",
                "{\"revision\":1,\"markdown\":\"<script>alert(1)</script>\"}", "replace"});
        Endpoint validated = new Endpoint("PUT settings, real validation", (t, b) -> t.validatedSettings.put(b));
        cases.add(new Object[]{validated, "NUL in the space key", "{\"spaceKey\":\"OP\\u0000S\"}", "spaceKey"});
        cases.add(new Object[]{validated, "only NUL as the space key", "{\"spaceKey\":\"\\u0000\"}", "spaceKey"});
        cases.add(new Object[]{validated, "lone surrogate in the space key", "{\"spaceKey\":\"OPS\\uD800\"}",
                "spaceKey"});
        cases.add(new Object[]{validated, "NUL in the root title", "{\"rootTitle\":\"Post-mortems\\u0000\"}",
                "rootTitle"});
        cases.add(new Object[]{validated, "lone surrogate in a severity name",
                "{\"severityLevels\":[{\"id\":\"SEV1\",\"name\":\"\\uDBFF\"}]}", "severityLevels[0].name"});
        for (int i = 0; i < cases.size(); i++) {
            Object[] c = cases.get(i);
            if (c.length == 3) {
                cases.set(i, new Object[]{c[0], c[1], c[2], null}); // any field error will do
            }
        }
        return cases;
    }

    @Parameterized.Parameter(0)
    public Endpoint endpoint;
    @Parameterized.Parameter(1)
    public String name;
    @Parameterized.Parameter(2)
    public String body;
    /** The field the error must name; null where any field error will do. */
    @Parameterized.Parameter(3)
    public String field;

    PostMortemResource resource;
    SettingsResource settings;
    MirrorFailuresResource mirror;
    JiraFixture.MemoryStore store;
    SettingsStore settingsStore;
    /** The settings resource with the real {@link SettingsValidation}, not a mock. */
    SettingsResource validatedSettings;

    @Before
    public void setUp() throws Exception {
        RestEndpoints wired = new RestEndpoints(Role.ADMIN);
        resource = wired.resource;
        settings = wired.settings;
        mirror = wired.mirror;
        store = wired.store;
        settingsStore = wired.settingsStore;
        validatedSettings = wired.settingsValidatedBy(new SettingsValidation(
                mock(com.atlassian.applinks.api.ApplicationLinkService.class), mock(CountermeasureTargets.class)));
    }

    @Test
    public void hostileBody_shouldAnswer4xxWithFieldErrorsAndChangeNothing() throws Exception {
        String before = Json.MAPPER.writeValueAsString(store.load(10).orElseThrow().document());
        long revision = store.load(10).orElseThrow().revision();
        int saves = store.saves;
        Response response = endpoint.call().apply(this, body);
        String entity = String.valueOf(response.getEntity());
        assertTrue(endpoint + " / " + name + ": " + response.getStatus() + " " + abbreviate(entity),
                response.getStatus() >= 400 && response.getStatus() < 500);
        assertFalse("no stack trace: " + abbreviate(entity), entity.contains("Exception") || entity.contains("\tat "));
        Map<?, ?> json = Json.MAPPER.readValue(entity, Map.class);
        assertTrue(abbreviate(entity), json.get("errors") instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.containsKey("field")
                        && m.get("message") instanceof String message && !message.isBlank()));
        if (field != null) {
            assertTrue("names " + field + ": " + abbreviate(entity), ((List<?>) json.get("errors")).stream()
                    .anyMatch(e -> field.equals(((Map<?, ?>) e).get("field"))));
        }
        assertEquals("nothing saved", saves, store.saves);
        assertEquals(revision, store.load(10).orElseThrow().revision());
        assertEquals("the stored document is unchanged", before,
                Json.MAPPER.writeValueAsString(store.load(10).orElseThrow().document()));
        verify(settingsStore, never()).save(any());
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
