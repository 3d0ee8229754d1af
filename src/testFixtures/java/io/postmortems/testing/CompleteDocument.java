package io.postmortems.testing;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one complete post-mortem for tests and benchmarks: a SEV1 with every section the review asks for, in which
 * the review finds nothing under its defaults on {@link #REVIEW_DAY}. Each call returns a fresh, mutable document;
 * a test changes what it is about, through the builder or the document's own setters.
 */
public final class CompleteDocument {
    /** When the incident started; the other times and the timeline follow it. */
    public static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-05-01T10:00:00Z");
    /** A day on which the document is complete and none of its countermeasures overdue. */
    public static final LocalDate REVIEW_DAY = LocalDate.parse("2026-06-01");

    private String issueKey = "INC-7";
    private String title = "Checkout outage after cache eviction storm";
    private String severity = "SEV1";
    private String summary = "The checkout cache was evicted all at once and the database was overloaded.";
    private OffsetDateTime started = STARTED;
    private List<String> services = List.of("Checkout");
    private List<String> tags = List.of("cache");

    private CompleteDocument() {
    }

    /** The complete document as it is. */
    public static PostMortem complete() {
        return builder().build();
    }

    /** A builder starting from the complete document. */
    public static CompleteDocument builder() {
        return new CompleteDocument();
    }

    public CompleteDocument issueKey(String value) {
        issueKey = value;
        return this;
    }

    public CompleteDocument title(String value) {
        title = value;
        return this;
    }

    public CompleteDocument severity(String value) {
        severity = value;
        return this;
    }

    public CompleteDocument summary(String value) {
        summary = value;
        return this;
    }

    /** Moves the incident: every time and timeline entry keeps its distance from the start. */
    public CompleteDocument started(OffsetDateTime value) {
        started = Objects.requireNonNull(value, "started");
        return this;
    }

    public CompleteDocument services(String... values) {
        services = List.of(values);
        return this;
    }

    public CompleteDocument tags(String... values) {
        tags = List.of(values);
        return this;
    }

    public PostMortem build() {
        Duration shift = Duration.between(STARTED, started);
        PostMortem d = new PostMortem();
        d.setIssueKey(issueKey);
        d.setTitle(title);
        d.setSeverity(severity);
        d.setTimeZone("UTC");
        d.getMeeting().setParticipants(List.of("Ana Souza", "Kenji Ito"));
        d.getMeeting().setFacilitatedBy("Priya Raman");
        d.getMeeting().setReviewDate(LocalDate.parse("2026-05-05"));
        d.getTimes().setStarted(started);
        d.getTimes().setDetected(at("2026-05-01T10:07:00Z", shift));
        d.getTimes().setAcknowledged(at("2026-05-01T10:09:00Z", shift));
        d.getTimes().setMitigated(at("2026-05-01T10:40:00Z", shift));
        d.getTimes().setResolved(at("2026-05-01T11:30:00Z", shift));
        d.getImpact().setWhoAffected("All shoppers in the EU region");
        d.getImpact().setWhatAffected("Checkout and payment confirmation");
        d.setSummary(summary);
        d.setTimeline(new ArrayList<>(List.of(
                new TimelineEvent("e1", at("2026-05-01T10:07:00Z", shift), "Latency alert on checkout.",
                        EventKind.OBSERVATION),
                new TimelineEvent("e2", at("2026-05-01T10:20:00Z", shift), "Cache warm-up started.",
                        EventKind.ACTION))));
        d.getRootCause().setDescription("A configuration change set the same expiry on every cache entry.");
        d.getRootCause().setFiveWhys(List.of("Checkout timed out.", "The database was overloaded.",
                "All cache entries expired together."));
        d.setContributingFactors(List.of("The change was not covered by a load test."));
        d.setResolution("The cache was warmed from a snapshot and the expiry was spread out.");
        d.setLessonsLearned(List.of("Expiry times need jitter."));
        Countermeasure jitter = new Countermeasure("c1", "Add jitter to cache expiry", "Kenji Ito",
                LocalDate.parse("2026-07-01"));
        jitter.setDueDateReason("Ships with the cache library upgrade planned for June");
        Countermeasure alert = new Countermeasure("c2", "Alert on cache hit ratio", "SRE team",
                LocalDate.parse("2026-07-15"));
        alert.setDueDateReason("Needs the new metrics pipeline, live in July");
        d.setCountermeasures(new ArrayList<>(List.of(jitter, alert)));
        d.setServices(new ArrayList<>(services));
        d.setTags(new ArrayList<>(tags));
        return d;
    }

    private static OffsetDateTime at(String time, Duration shift) {
        return OffsetDateTime.parse(time).plus(shift);
    }
}
