package io.postmortems.publishing.render;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.Status;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test documents and a strict XML parser that reads storage format the way Confluence does. */
public final class Samples {
    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";

    private Samples() {
    }

    public static PublishTarget target() {
        return new PublishTarget("OPS", null, TreeLayout.YEAR, "https://jira.example.com", "a1b2-c3",
                ZoneId.of("Europe/Berlin"));
    }

    /**
     * A post-mortem with every field set; every text field holds plain text. Kept apart from
     * {@code io.postmortems.testing.CompleteDocument} because the render tests assert its exact words and its
     * deliberate flaws for the page (a timeline out of order, a countermeasure without due date), which the
     * review-clean complete document must not have.
     */
    public static PostMortem complete() {
        PostMortem d = new PostMortem();
        d.setIssueKey("OPS-42");
        d.setTitle("Checkout outage after config push");
        d.setSeverity("SEV1");
        d.setStatus(Status.IN_REVIEW);
        d.getMeeting().setFacilitatedBy("Dana Reviewer");
        d.getMeeting().setReviewDate(LocalDate.of(2026, 4, 2));
        d.getTimes().setStarted(OffsetDateTime.parse("2026-03-29T01:30:00Z"));
        d.getTimes().setDetected(OffsetDateTime.parse("2026-03-29T01:42:00Z"));
        d.getTimes().setMitigated(OffsetDateTime.parse("2026-03-29T02:10:00Z"));
        d.getTimes().setResolved(OffsetDateTime.parse("2026-03-29T02:45:00Z"));
        d.getImpact().setWhoAffected("Shoppers in the EU");
        d.getImpact().setWhatAffected("Checkout");
        d.getImpact().setBusinessImpact("About 1200 failed orders");
        d.getImpact().setCustomerFacing(true);
        d.setSummary("Checkout failed for 40 minutes.\n\nA config push disabled the payment pool.");
        TimelineEvent first = new TimelineEvent("e1", OffsetDateTime.parse("2026-03-29T01:42:00Z"),
                "Alert fired", EventKind.OBSERVATION);
        first.setEvidenceUrl("https://grafana.example.com/d/1");
        first.setAuthor("oncall-bot");
        TimelineEvent second = new TimelineEvent("e2", OffsetDateTime.parse("2026-03-29T01:30:00Z"),
                "Config pushed", EventKind.ACTION);
        second.setAuthor("deployer");
        d.setTimeline(List.of(first, second));
        d.setInvestigationPaths(List.of("Checked the database", "Checked the payment provider"));
        d.getRootCause().setDescription("A config value was read as zero.");
        d.getRootCause().setFiveWhys(List.of("Why 1", "Why 2", "Why 3", "Why 4", "Why 5"));
        d.setContributingFactors(List.of("No canary for config"));
        d.setResolution("Rolled the config back.");
        d.setWentWell(List.of("Alert fired fast"));
        d.setWentWrong(List.of("Rollback was manual"));
        d.setGotLucky(List.of("Low traffic at night"));
        d.setLessonsLearned(List.of("Config is code"));
        Countermeasure a = new Countermeasure("c1", "Validate config on push", "Alex", LocalDate.of(2026, 4, 30));
        a.setIssueKey("OPS-101");
        a.setPriority(Priority.HIGH);
        a.setKind(CountermeasureKind.PREVENT);
        a.setStatus(CountermeasureStatus.IN_PROGRESS);
        Countermeasure b = new Countermeasure("c2", "Canary config changes", "Sam", LocalDate.of(2026, 5, 15));
        b.setIssueKey("OPS-102");
        b.setKind(CountermeasureKind.DETECT);
        Countermeasure c = new Countermeasure("c3", "Document rollback", "Kim", null);
        d.setCountermeasures(new ArrayList<>(List.of(a, b, c)));
        d.setIdeas(List.of("Maybe a config linter"));
        d.setServices(List.of("Checkout", "Payment Gateway"));
        d.setTags(List.of("config", "Night Shift"));
        d.setRelatedIncidents(List.of("OPS-7", "https://status.example.com/incidents/9"));
        d.setRelatedPostMortems(List.of("OPS-8"));
        return d;
    }

    /** Parses {@code body} wrapped in a root that declares the ac: and ri: namespaces; fails on any XML error. */
    public static Document parseStorage(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        String xml = "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + body + "</root>";
        return b.parse(new InputSource(new StringReader(xml)));
    }
}
