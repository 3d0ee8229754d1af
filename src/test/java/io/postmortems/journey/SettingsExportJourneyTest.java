package io.postmortems.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.cli.CliRun;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.journey.rig.Browser;
import io.postmortems.journey.rig.JiraState;
import io.postmortems.journey.rig.JourneyRig;
import io.postmortems.journey.rig.RigHttp;
import io.postmortems.journey.rig.RigPerClass;
import io.postmortems.testing.CompleteDocument;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Issue 15, item 5: the CLI reviews with the organisation's rules. One review settings file gives the same findings
 * in the CLI ({@code validate --settings}) and in Jira (the panel's review through the REST layer), and the file the
 * administrator exports on the settings page is the file the CLI reads.
 */
public class SettingsExportJourneyTest {
    @ClassRule
    public static final RigPerClass RIG = new RigPerClass();
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    /** A non-default organisation: three levels, more required sections, short due-date targets, extra terms. */
    static final Path SETTINGS = Path.of("src/test/resources/settings/organisation-review-settings.json");
    static final List<Path> EXAMPLES = List.of(Path.of("examples/sev1-payment-gateway-outage.json"),
            Path.of("examples/sev2-berlin-dst-batch-failure.json"), Path.of("examples/sev3-tokyo-search-latency.yaml"),
            Path.of("examples/draft-incomplete-with-blame.json"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void cliWithSettings_shouldReportExactlyTheFindingsOfJirasReviewWithTheSameSettings() throws Exception {
        JourneyRig rig = RIG.rig();
        // Jira takes the file's settings: its fields are the settings resource's own, checked as the page's are
        ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(SETTINGS));
        ObjectNode imported = file.deepCopy();
        imported.remove("format");
        HttpResponse<String> put = RigHttp.as("admin").put(rig.restUrl("/settings"), imported.toString());
        assertEquals(put.body(), 200, put.statusCode());
        HttpResponse<String> exported = RigHttp.as("admin").get(rig.restUrl("/settings/review-file"));
        assertEquals(exported.body(), 200, exported.statusCode());
        assertEquals("the export gives back the file Jira took", file, JSON.readTree(exported.body()));

        boolean settingsMatter = false;
        int compared = 0;
        for (Path example : EXAMPLES) {
            JiraState.Issue issue = rig.loadExample(example);
            List<String> jira = jiraFindings(rig, issue.key);

            CliRun.Result cli = CliRun.run("validate", "--settings", SETTINGS.toString(), example.toString());
            assertEquals(cli.err(), "", cli.err());
            List<String> withSettings = cliFindings(cli.out(), example);
            assertEquals(example + ": the CLI with --settings finds what Jira finds (level, field, message, code)",
                    jira, withSettings);
            compared += jira.size();

            List<String> defaults = cliFindings(CliRun.run("validate", example.toString()).out(), example);
            settingsMatter |= !defaults.equals(withSettings);
        }
        assertTrue("the findings compared are not all empty", compared > 0);
        assertTrue("the settings file changes findings (else the comparison proves nothing)", settingsMatter);
    }

    @Test
    public void adminExportsTheReviewSettings_shouldGiveTheCliTheTermsTheAdminAdded() throws Exception {
        JourneyRig rig = RIG.rig();
        Path doc = temp.newFile("zorblax.json").toPath();
        Files.writeString(doc, new PostMortemCodec().writeJson(CompleteDocument.builder()
                .summary("The zorblax deploy took checkout down for an hour.").build()));
        String file;
        try (Browser admin = Browser.open(rig).as("admin")) {
            Path downloads = admin.allowDownloads();
            admin.go(rig.adminUrl()).waitUntil("the settings loaded into the form",
                    () -> !admin.valueCss("#pm-admin-severityLevels").isBlank());
            admin.setValueCss("#pm-admin-extraBlameTerms", "en: zorblax");
            admin.click("#pm-admin-save").waitUntil("the settings saved", () -> admin.countVisible(
                    ".pm-admin-saved") == 1);
            admin.scrollTo("#pm-admin-export").screenshot("settings-export");
            assertTrue(admin.attribute("#pm-admin-export", "href"),
                    admin.attribute("#pm-admin-export", "href").endsWith("/rest/postmortems/1.0/settings/review-file"));
            admin.click("#pm-admin-export");
            file = admin.downloaded(downloads, "postmortems-review-settings.json");
        }
        JsonNode exported = JSON.readTree(file);
        assertEquals(1, exported.get("format").asInt());
        assertEquals("[\"zorblax\"]", exported.get("extraBlameTerms").get("en").toString());
        assertFalse("no Confluence settings, no token: " + file, file.contains("confluence") || file.contains("token"));

        Path settings = temp.getRoot().toPath().resolve("downloaded.json");
        Files.writeString(settings, file);
        List<String> without = cliFindings(CliRun.run("validate", doc.toString()).out(), doc);
        CliRun.Result with = CliRun.run("validate", "--settings", settings.toString(), doc.toString());
        List<String> flagged = cliFindings(with.out(), doc).stream()
                .filter(f -> f.contains(" summary: ") && f.endsWith("[language.blame]")).toList();
        assertEquals(with.out(), 1, flagged.size());
        assertTrue(flagged.get(0), flagged.get(0).contains("zorblax"));
        assertTrue("without the file the term is not flagged: " + without,
                without.stream().noneMatch(f -> f.contains(" summary: ") && f.contains("zorblax")));
    }

    /** The findings the panel's REST call reports, as the CLI prints them: {@code LEVEL path: message [code]}. */
    private static List<String> jiraFindings(JourneyRig rig, String issueKey) throws Exception {
        HttpResponse<String> response = RigHttp.as("admin").get(rig.restUrl("/issue/" + issueKey + "/document"));
        assertEquals(response.body(), 200, response.statusCode());
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(response.body()).get("review").get("findings")) {
            String path = f.path("path").asText("");
            out.add(f.get("level").asText() + " " + (path.isEmpty() ? "(document)" : path) + ": "
                    + f.get("message").asText() + " [" + f.get("code").asText() + "]");
        }
        return out;
    }

    /** The CLI's finding lines for one file, without the file name and the summary line. */
    private static List<String> cliFindings(String out, Path file) {
        String prefix = file + ": ";
        return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .filter(l -> !l.matches("\\d+ errors?, \\d+ warnings?, \\d+ hints?")).toList();
    }
}
