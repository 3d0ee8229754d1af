package io.postmortems.cli;

import io.postmortems.publishing.fake.FakeConfluence;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** {@code --settings FILE}: the organisation's review settings for validate, render, preview and publish. */
public class SettingsOptionTest {
    private static final String DRAFT = "examples/draft-incomplete-with-blame.json";
    private static final String COMPLETE = "examples/sev1-payment-gateway-outage.json";
    private static final String ORGANISATION = "src/test/resources/settings/organisation-review-settings.json";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void validate_shouldStopOnABadSettingsFileNamingFileAndFieldWithExit2() throws Exception {
        Path bad = temp.newFile("review.json").toPath();
        Files.writeString(bad, "{\"format\": 1, \"defaultDueWeeks\": {\"SEV1\": \"soon\"}, \"colour\": true}");
        CliRun.Result run = CliRun.run("validate", "--settings", bad.toString(), DRAFT);
        assertEquals(run.err(), 2, run.exit());
        assertEquals("postmortems: settings file " + bad + ": colour: is not a field of a review settings file;"
                + " check the spelling (known here: format, severityLevels, requiredSections, defaultDueWeeks,"
                + " extraBlameTerms, extraCounterfactuals, causeCategories, errorsBlockPublishing, pageLanguage)\n"
                + "postmortems: settings file " + bad + ": defaultDueWeeks.SEV1: must be a whole number of weeks"
                + " from 1 to 520\n", run.err());
        assertEquals("nothing is reviewed with half-read settings", "", run.out());
    }

    @Test
    public void everyCommand_shouldAnswerAMissingSettingsFileInOneLine() {
        for (String[] args : new String[][]{{"validate", DRAFT}, {"render", DRAFT},
                {"preview", DRAFT, "--out", temp.getRoot().toString()}}) {
            String[] withSettings = new String[args.length + 2];
            System.arraycopy(args, 0, withSettings, 0, args.length);
            withSettings[args.length] = "--settings";
            withSettings[args.length + 1] = "nope.json";
            CliRun.Result run = CliRun.run(withSettings);
            assertEquals(args[0] + ": " + run.err(), 2, run.exit());
            assertEquals("postmortems: settings file nope.json: no such file\n", run.err());
            assertFalse(run.err().contains("Exception"));
        }
    }

    @Test
    public void validate_shouldReviewWithTheFilesRules() {
        CliRun.Result plain = CliRun.run("validate", DRAFT);
        CliRun.Result organisation = CliRun.run("validate", "--settings", ORGANISATION, DRAFT);
        assertFalse(plain.out(), plain.out().contains("\"basically\""));
        assertTrue("the file's extra blame term: " + organisation.out(), organisation.out()
                .contains("summary: ") && organisation.out().contains("basically"));
        assertTrue("SEV2 requires the meeting in this file: " + organisation.out(),
                organisation.out().contains("[completeness.meeting.missing]") && !plain.out().equals(organisation.out()));
    }

    @Test
    public void render_shouldUseTheFilesPageLanguageUnlessLocaleIsGiven() {
        String german = CliRun.run("render", "--settings", ORGANISATION, COMPLETE).out();
        String english = CliRun.run("render", "--settings", ORGANISATION, "--locale", "en", COMPLETE).out();
        assertTrue(german, german.contains("Zusammenfassung"));
        assertFalse(english, english.contains("Zusammenfassung"));
        assertEquals(english, CliRun.run("render", COMPLETE).out());
    }

    @Test
    public void publish_shouldFollowTheFilesErrorsBlockPublishingUnlessAllowErrorsIsGiven() throws Exception {
        Path blocking = temp.newFile("blocking.json").toPath();
        Files.writeString(blocking, Files.readString(Path.of(ORGANISATION))
                .replace("\"errorsBlockPublishing\" : false", "\"errorsBlockPublishing\" : true"));
        try (FakeConfluence confluence = FakeConfluence.start("PM")) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_VARIABLE, FakeConfluence.TOKEN);
            String state = temp.getRoot().toPath().resolve("state.json").toString();
            String[] base = {"publish", DRAFT, "--confluence", confluence.baseUrl(), "--space", "PM", "--state", state};

            CliRun.Result blocked = CliRun.run(env, with(base, "--settings", blocking.toString()));
            assertEquals(blocked.out(), 1, blocked.exit());
            assertTrue(blocked.out(), blocked.out().contains("not published"));
            CliRun.Result overridden = CliRun.run(env, with(base, "--settings", ORGANISATION, "--allow-errors", "false"));
            assertEquals(overridden.out(), 1, overridden.exit());

            CliRun.Result allowed = CliRun.run(env, with(base, "--settings", ORGANISATION));
            assertEquals(allowed.out() + allowed.err(), 0, allowed.exit());
            assertTrue("this organisation does not block on errors: " + allowed.out(),
                    allowed.out().contains("published " + confluence.baseUrl()));
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
