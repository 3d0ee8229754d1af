package io.postmortems.core.review;

import io.postmortems.core.io.InputProblem;
import io.postmortems.core.model.SeverityLevel;
import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class ReviewSettingsFileTest {
    private static final ReviewSettings ORGANISATION = new ReviewSettings(
            List.of(new SeverityLevel("P1", "Outage", "Customers cannot pay"), new SeverityLevel("P2", "Minor", "")),
            Map.of("P1", EnumSet.of(Section.SUMMARY, Section.TIMELINE), "P2", Set.of(Section.SUMMARY)),
            Map.of("P1", 1, "P2", 3), Map.of("en", List.of("cowboy"), "de", List.of("schlampig")),
            Map.of("en", List.of("if only")), List.of("change", "vendor"), false, "de");

    private static List<String> problems(String json) {
        ReviewSettingsFile.Read read = ReviewSettingsFile.read(json);
        assertNull("no settings from a file with problems", read.settings());
        return read.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    public void write_shouldReadBackAsTheSameSettings() {
        String text = ReviewSettingsFile.write(ORGANISATION);
        ReviewSettingsFile.Read read = ReviewSettingsFile.read(text);
        assertEquals(read.problems().toString(), ORGANISATION, read.settings());
        assertTrue(text, text.startsWith("{\n  \"format\" : 1,"));
        assertTrue("severities in scheme order: " + text, text.indexOf("\"P1\" : [") < text.indexOf("\"P2\" : ["));
    }

    @Test
    public void read_shouldTakeDefaultsForFieldsLeftOut() {
        ReviewSettingsFile.Read read = ReviewSettingsFile.read("{\"format\": 1, \"errorsBlockPublishing\": false}");
        assertTrue(read.problems().toString(), read.isOk());
        assertEquals(ReviewSettings.defaults().severityLevels(), read.settings().severityLevels());
        assertFalse(read.settings().errorsBlockPublishing());
        assertEquals("en", read.settings().pageLanguage());
    }

    @Test
    public void read_shouldRefuseAnUnknownFieldNamingItAndTheKnownOnes() {
        List<String> problems = problems("{\"format\": 1, \"confluenceToken\": \"s3cret\","
                + " \"severityLevels\": [{\"id\": \"P1\", \"name\": \"Outage\", \"colour\": \"red\"}]}");
        assertEquals(2, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("confluenceToken: is not a field of a review settings"
                + " file; check the spelling (known here: format, severityLevels, requiredSections"));
        assertTrue(problems.get(1), problems.get(1).startsWith("severityLevels[0].colour: is not a field"));
    }

    @Test
    public void read_shouldRefuseAMissingOrNewerFormat() {
        assertEquals(List.of("format: is missing; a review settings file starts with \"format\": 1"),
                problems("{}"));
        assertEquals(List.of("format: format 2 is not one this version reads (it reads format 1); export the"
                + " settings again or use a newer version"), problems("{\"format\": 2}"));
    }

    @Test
    public void read_shouldNameEveryBadValueByItsField() {
        List<String> problems = problems("{\"format\": 1,"
                + " \"severityLevels\": [{\"id\": \"P1\", \"name\": \"Outage\"}, {\"id\": \"P1\", \"name\": \"\"}],"
                + " \"requiredSections\": {\"P1\": [\"SUMMARY\", \"SUMARY\"], \"SEV9\": []},"
                + " \"defaultDueWeeks\": {\"P1\": 0},"
                + " \"extraBlameTerms\": {\"en\": [\"cowboy\", 3]},"
                + " \"errorsBlockPublishing\": \"yes\", \"pageLanguage\": 7}");
        assertEquals(List.of(
                "severityLevels[1].name: must be non-empty text",
                "severityLevels[1].id: 'P1' names two levels; each id once",
                "requiredSections.P1[1]: 'SUMARY' is not a section (known: SUMMARY, IMPACT, KEY_TIMES, TIMELINE,"
                        + " INVESTIGATION, ROOT_CAUSE, FIVE_WHYS, CONTRIBUTING_FACTORS, RESOLUTION, WENT_WELL,"
                        + " WENT_WRONG, LESSONS_LEARNED, COUNTERMEASURES, MEETING)",
                "requiredSections.SEV9: 'SEV9' is not a severity id of severityLevels (P1)",
                "defaultDueWeeks.P1: must be a whole number of weeks from 1 to 520",
                "extraBlameTerms.en[1]: must be non-empty text",
                "errorsBlockPublishing: must be true or false",
                "pageLanguage: must be a language tag such as \"en\" or \"de\""), problems);
    }

    @Test
    public void read_shouldRefuseTextThatIsNoJsonObject() {
        assertEquals(List.of("not valid JSON at line 1, column 13"), problems("{\"format\": 1"));
        assertEquals(List.of("the file must be a JSON object"), problems("[1]"));
        assertEquals(List.of("the file is empty"), problems(""));
        assertTrue(problems("{\"format\": 1, \"format\": 1}").get(0).startsWith("a key appears twice"));
    }

    @Test
    public void reviewConfig_shouldCarryTheSettingsAsJirasReviewDid() {
        ReviewConfig config = ORGANISATION.reviewConfig(null);
        assertEquals(ORGANISATION.severityLevels(), config.severityLevels());
        assertEquals(EnumSet.of(Section.SUMMARY, Section.TIMELINE), config.requiredSectionsFor("P1"));
        assertEquals(1, config.dueWeeksFor("P1"));
        assertEquals("every language's terms for a document of unknown language", List.of("schlampig", "cowboy"),
                config.extraBlameTerms("en"));
        assertEquals(List.of("schlampig"), ORGANISATION.reviewConfig(Locale.GERMAN).extraBlameTerms("de"));
        assertEquals(List.of("if only"), config.extraCounterfactuals("en"));
    }

    @Test
    public void defaults_shouldReviewAsTheDefaultConfig() {
        ReviewConfig config = ReviewSettings.defaults().reviewConfig(null);
        ReviewConfig plain = ReviewConfig.defaults();
        assertEquals(plain.severityLevels(), config.severityLevels());
        assertEquals(plain.requiredSections(), config.requiredSections());
        assertEquals(plain.dueWeeks(), config.dueWeeks());
        assertEquals(plain.locale(), config.locale());
    }
}
