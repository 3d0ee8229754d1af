package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import org.junit.Test;

import java.util.List;

import static io.postmortems.core.review.Docs.review;
import static io.postmortems.core.review.Docs.withCode;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The external summary's review: each kind of internal name, allowed terms, missing parts. */
public class ExternalSummaryRulesTest {

    private static PostMortem withSummary(String whatHappened) {
        PostMortem doc = new PostMortem();
        ExternalSummary s = new ExternalSummary();
        s.setWhatHappened(whatHappened);
        s.setImpact("Some customers could not pay for about an hour.");
        s.setWhatWeChanged("We added capacity and an earlier warning.");
        doc.setExternalSummary(s);
        return doc;
    }

    private static List<String> found(PostMortem doc, String code) {
        return withCode(review(doc), code).stream().map(f -> f.args().get(0)).toList();
    }

    @Test
    public void pageBlocking_shouldLeaveTheSummarysErrorsToItsOwnPage() {
        PostMortem doc = withSummary("See OPS-1234.");
        ReviewReport report = review(doc);
        assertTrue("the review lists the summary's error", report.findings().stream()
                .anyMatch(f -> f.code().equals(ExternalSummaryRules.TICKET_KEY) && f.level() == Level.ERROR));
        assertTrue("it holds back only the summary's own page", report.pageBlocking().stream()
                .noneMatch(f -> f.path().startsWith("externalSummary")));
        assertEquals("the page's own errors still hold it back", report.at(Level.ERROR).stream()
                .filter(f -> !f.path().startsWith("externalSummary")).toList(), report.pageBlocking());
        assertFalse("an incomplete post-mortem still has page errors", report.pageBlocking().isEmpty());
    }

    @Test
    public void review_shouldFlagHostNames() {
        PostMortem doc = withSummary("The database db-prod-03 and cache01.corp and localhost filled up.");
        assertEquals(List.of("db-prod-03", "cache01.corp", "localhost"), found(doc, ExternalSummaryRules.HOST));
    }

    @Test
    public void review_shouldFlagIpAddresses() {
        PostMortem doc = withSummary("Traffic to 10.0.3.17, (192.168.1.1:8080) and fe80::1 was dropped; 999.1.1.1 is no address.");
        assertEquals(List.of("10.0.3.17", "192.168.1.1:8080", "fe80::1"), found(doc, ExternalSummaryRules.IP));
    }

    @Test
    public void review_shouldFlagTicketKeys() {
        PostMortem doc = withSummary("See OPS-1234 and (PM-7).");
        assertEquals(List.of("OPS-1234", "PM-7"), found(doc, ExternalSummaryRules.TICKET_KEY));
        Finding f = withCode(review(doc), ExternalSummaryRules.TICKET_KEY).get(0);
        assertEquals(Level.ERROR, f.level());
        assertEquals("externalSummary.whatHappened", f.path());
    }

    @Test
    public void review_shouldFlagPeopleNamedAnywhereInTheDocument() {
        PostMortem doc = withSummary("Ada Lovelace noticed it; Grace restarted it; bob.k confirmed and jdoe watched.");
        doc.getMeeting().setParticipants(List.of("Ada Lovelace"));
        doc.getMeeting().setFacilitatedBy("Grace Hopper");
        doc.getMeeting().setCreatedBy("bob.k");
        Countermeasure cm = new Countermeasure();
        cm.setOwner("jdoe");
        doc.setCountermeasures(List.of(cm));
        assertEquals("a full name is one finding", List.of("Ada Lovelace", "Grace", "bob.k", "jdoe"),
                found(doc, ExternalSummaryRules.PERSON));
    }

    @Test
    public void review_shouldNotTakeATeamsWordInLowerCaseForAPerson() {
        PostMortem doc = withSummary("Card payments failed; the SRE team helped.");
        Countermeasure cm = new Countermeasure();
        cm.setOwner("Payments SRE");
        doc.setCountermeasures(List.of(cm));
        assertEquals("a single name counts only as written, never an acronym", List.of(),
                found(doc, ExternalSummaryRules.PERSON));
        doc.getExternalSummary().setWhatHappened("Payments SRE restarted it.");
        assertEquals(List.of("Payments SRE"), found(doc, ExternalSummaryRules.PERSON));
    }

    @Test
    public void review_shouldFlagTimelineAuthorsAndContact() {
        PostMortem doc = withSummary("Reported by Chris Winter to Dana.");
        doc.getMeeting().setContact("Dana");
        TimelineEvent e = new TimelineEvent();
        e.setAuthor("Chris Winter");
        doc.setTimeline(List.of(e));
        assertEquals(List.of("Chris Winter", "Dana"), found(doc, ExternalSummaryRules.PERSON));
    }

    @Test
    public void review_shouldFlagInternalServiceNames() {
        PostMortem doc = withSummary("The payment-gateway and Ledger Sync were slow.");
        doc.setServices(List.of("payment-gateway", "ledger sync"));
        assertEquals(List.of("payment-gateway", "ledger sync"), found(doc, ExternalSummaryRules.SERVICE));
    }

    @Test
    public void review_shouldFlagEmailAddresses() {
        PostMortem doc = withSummary("Write to oncall@example.com.");
        assertEquals(List.of("oncall@example.com"), found(doc, ExternalSummaryRules.EMAIL));
    }

    @Test
    public void review_shouldFlagLinksToInternalHostsButNotPublicOnes() {
        PostMortem doc = withSummary("See https://wiki.corp/x, http://grafana:3000/d/1, https://10.1.2.3/ "
                + "and https://status.example.com/incidents/1.");
        assertEquals(List.of("https://wiki.corp/x", "http://grafana:3000/d/1", "https://10.1.2.3/"),
                found(doc, ExternalSummaryRules.INTERNAL_URL));
    }

    @Test
    public void review_shouldLetAllowedTermsPass() {
        PostMortem doc = withSummary("Checkout and OPS-1234 and db-prod-03 were affected.");
        doc.setServices(List.of("checkout"));
        doc.getExternalSummary().setAllowedTerms(List.of("Checkout", "ops-1234", "db-prod-03"));
        assertTrue(review(doc).findings().stream().noneMatch(f -> f.code().startsWith("external.")));
    }

    @Test
    public void review_shouldAskForEveryMissingPartOnceTheSectionExists() {
        PostMortem doc = new PostMortem();
        ExternalSummary s = new ExternalSummary();
        s.setImpact("Some customers waited.");
        doc.setExternalSummary(s);
        List<String> codes = Docs.codes(review(doc));
        assertTrue(codes.contains(ExternalSummaryRules.WHAT_HAPPENED_MISSING));
        assertTrue(codes.contains(ExternalSummaryRules.WHAT_WE_CHANGED_MISSING));
        assertTrue(!codes.contains(ExternalSummaryRules.IMPACT_MISSING));
    }

    @Test
    public void review_shouldSayNothingWithoutAnExternalSummary() {
        PostMortem doc = new PostMortem();
        assertTrue(review(doc).findings().stream().noneMatch(f -> f.code().startsWith("external.")));
        doc.setExternalSummary(new ExternalSummary());
        assertTrue("an empty section is no section",
                review(doc).findings().stream().noneMatch(f -> f.code().startsWith("external.")));
    }

    @Test
    public void review_shouldPassPlainWords() {
        PostMortem doc = withSummary("For 40 minutes on 3 March some payments failed; COVID-19 was not involved.");
        doc.getExternalSummary().setAllowedTerms(List.of("COVID-19"));
        assertTrue(review(doc).findings().stream().noneMatch(f -> f.code().startsWith("external.")));
    }
}
