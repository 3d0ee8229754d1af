package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.testing.CompleteDocument;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.postmortems.core.review.Docs.at;
import static io.postmortems.core.review.Docs.review;
import static io.postmortems.core.review.Docs.withCode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class BlamelessLanguageRulesTest {
    private static List<Finding> language(PostMortem d) {
        return review(d).findings().stream().filter(f -> f.code().startsWith("language.")).toList();
    }

    private static List<String> flagged(String summary) {
        PostMortem d = CompleteDocument.complete();
        d.setSummary(summary);
        return language(d).stream().map(f -> f.args().get(0)).toList();
    }

    @Test
    public void review_shouldHintAtCounterfactualsWithSentenceAndOffsets() {
        PostMortem d = CompleteDocument.complete();
        String text = "The alert fired. The on-call engineer should have checked the dashboard. It recovered.";
        d.setSummary(text);
        List<Finding> fs = language(d);
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Level.HINT, f.level());
        assertEquals(BlamelessLanguageRules.COUNTERFACTUAL, f.code());
        assertEquals("summary", f.path());
        assertEquals("postmortems.review.language.counterfactual", f.messageKey());
        assertEquals("should have", text.substring(f.span().start(), f.span().end()));
        assertEquals("The on-call engineer should have checked the dashboard.", f.span().sentence());
    }

    @Test
    public void review_shouldFindEveryCounterfactualForm() {
        assertEquals(List.of("would have", "could've", "Shouldn\u2019t have", "ought to have", "If only", "failed to",
                        "neglected to", "should not have"),
                flagged("It would have worked. We could've waited. Shouldn\u2019t have merged. Someone ought to have "
                        + "asked. If only we knew. He failed to page. She neglected to look. They should not have."));
    }

    @Test
    public void review_shouldWarnAboutBlameAndPunishment() {
        PostMortem d = CompleteDocument.complete();
        d.setSummary("It was human error by a careless operator who should be held accountable and fired.");
        d.setWentWrong(List.of("It was Ana's fault; she was blamed.", "Management wants to punish someone."));
        List<Finding> fs = language(d);
        assertTrue(fs.stream().allMatch(f -> f.level() == Level.WARNING));
        assertEquals(List.of("human error", "careless", "should be held accountable", "Ana's fault", "blamed",
                "punish"), fs.stream().map(f -> f.args().get(0)).toList());
        assertEquals(List.of("summary", "summary", "summary", "wentWrong[0]", "wentWrong[0]", "wentWrong[1]"),
                fs.stream().map(Finding::path).toList());
    }

    @Test
    public void review_shouldNotFlagTechnicalWordsThatContainBlameWords() {
        assertEquals(List.of(), flagged("The default fault tolerance of the fault-tolerant cluster hid a page "
                + "fault. A faulty disk was replaced. The alert fired twice. We run blameless, blame-free reviews: "
                + "no blame. The faulted pod restarted. Defaults were unblamed."));
    }

    @Test
    public void review_shouldScanEveryProseFieldWithItsJsonPath() {
        PostMortem d = CompleteDocument.complete();
        d.getTimeline().add(new TimelineEvent("e3", at("2026-05-01T10:30:00Z"), "Ops blamed the DB team.",
                EventKind.COMMUNICATION));
        d.getRootCause().setFiveWhys(List.of("ok", "ok", "The runbook was sloppy."));
        d.getCountermeasures().get(1).setSummary("Stop the lazy reviews");
        d.getImpact().setBusinessImpact("Stupid loss of revenue");
        d.setLessonsLearned(List.of("ok", "We should have tested."));
        List<String> paths = language(d).stream().map(Finding::path).sorted().toList();
        assertEquals(List.of("countermeasures[1].summary", "impact.businessImpact", "lessonsLearned[1]",
                "rootCause.fiveWhys[2]", "timeline[2].text"), paths);
    }

    @Test
    public void review_shouldWarnAboutPeopleNamedInTheRootCause() {
        PostMortem d = CompleteDocument.complete();
        d.getTimeline().get(0).setAuthor("jdoe");
        d.getRootCause().setDescription("Kenji's change set one expiry; jdoe approved it. The SRE team saw it. "
                + "Anagram and ana are not names here.");
        d.getRootCause().setFiveWhys(List.of("Because Priya Raman was away."));
        List<Finding> fs = withCode(review(d), BlamelessLanguageRules.PERSON_IN_ROOT_CAUSE);
        assertEquals(List.of("Kenji's", "jdoe", "SRE team", "Priya Raman"), fs.stream().map(f -> f.args().get(0)).toList());
        assertEquals("rootCause.fiveWhys[0]", fs.get(3).path());
        assertTrue(fs.stream().allMatch(f -> f.level() == Level.WARNING));
        d.setSummary("Kenji Ito led the response.");
        assertEquals(4, withCode(review(d), BlamelessLanguageRules.PERSON_IN_ROOT_CAUSE).size());
    }

    @Test
    public void review_shouldMergeAdminExtensionsForTheConfiguredLanguage() {
        ReviewConfig config = Docs.CONFIG.toBuilder()
                .extraBlameTerms(Locale.ENGLISH, List.of("rookie mistake"))
                .extraCounterfactuals(Locale.ENGLISH, List.of("in hindsight"))
                .extraAllowedPhrases(Locale.ENGLISH, List.of("human error budget"))
                .extraBlameTerms(Locale.GERMAN, List.of("Schuld"))
                .build();
        PostMortem d = CompleteDocument.complete();
        d.setSummary("A rookie mistake. In hindsight it is clear. The human error budget was fine. Schuld.");
        List<Finding> fs = new PostMortemReviewer(config).review(d).findings();
        assertEquals(List.of("rookie mistake", "In hindsight"), fs.stream().map(f -> f.args().get(0)).toList());
        assertEquals(List.of(Level.WARNING, Level.HINT), fs.stream().map(Finding::level).toList());
    }

    @Test
    public void review_shouldNeverReportLanguageErrors() {
        PostMortem d = CompleteDocument.complete();
        d.setSummary("Blame. Fault of Kenji. Would have. Human error. Negligent. Incompetent. Stupid. Fired him.");
        d.getRootCause().setDescription("Kenji Ito would have known.");
        ReviewReport r = review(d);
        assertFalse(r.hasErrors());
        assertTrue(r.findings().size() >= 9);
    }

    @Test
    public void review_shouldCapFindingsPerFieldAndCountTheRest() {
        PostMortem d = CompleteDocument.complete();
        d.setSummary("blame. ".repeat(BlamelessLanguageRules.MAX_PER_FIELD + 7));
        ReviewReport r = review(d);
        assertEquals(BlamelessLanguageRules.MAX_PER_FIELD, withCode(r, BlamelessLanguageRules.BLAME).size());
        assertEquals(List.of("7"), withCode(r, BlamelessLanguageRules.MORE_FINDINGS).get(0).args());
    }

    @Test
    public void review_shouldHandleATenMegabyteFieldWithoutSentenceBreaks() {
        PostMortem d = CompleteDocument.complete();
        StringBuilder sb = new StringBuilder(10 * 1024 * 1024 + 100);
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append("the cache would have been warm and nobody is to blame but the default fault tolerance ");
        }
        d.setSummary(sb.toString());
        ReviewReport r = review(d);
        List<Finding> fs = withCode(r, BlamelessLanguageRules.COUNTERFACTUAL);
        assertEquals(BlamelessLanguageRules.MAX_PER_FIELD, fs.size() + withCode(r, BlamelessLanguageRules.BLAME).size());
        TextSpan span = fs.get(5).span();
        assertTrue(span.sentence().length() < 2 * BlamelessLanguageRules.SENTENCE_CONTEXT + 30);
        assertTrue(span.sentence().startsWith("...") && span.sentence().endsWith("..."));
        assertEquals("would have", d.getSummary().substring(span.start(), span.end()));
        assertNotEquals(0, withCode(r, BlamelessLanguageRules.MORE_FINDINGS).size());
    }

    @Test
    public void span_shouldCutAtSentenceEndsAndLineBreaks() {
        String text = "First line\nSecond: it was my fault! Third.";
        int start = text.indexOf("my fault");
        TextSpan s = BlamelessLanguageRules.span(text, start, start + 8);
        assertEquals("Second: it was my fault!", s.sentence());
        assertEquals(start, s.start());
    }

    @Test
    public void lexicon_shouldNotFlagCountermeasureOwnersThatAreCommonWords() {
        PostMortem d = CompleteDocument.complete();
        d.getCountermeasures().add(new Countermeasure("c9", "Tune alerts", "Platform", LocalDate.parse("2026-07-01")));
        d.getRootCause().setDescription("The platform team config was stale.");
        assertTrue(withCode(review(d), BlamelessLanguageRules.PERSON_IN_ROOT_CAUSE).isEmpty());
    }
}
