package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Test documents and helpers. */
final class Docs {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final ReviewConfig CONFIG = ReviewConfig.defaults().toBuilder().clock(CLOCK).build();

    private Docs() {
    }

    static OffsetDateTime at(String s) {
        return OffsetDateTime.parse(s);
    }

    /** A complete SEV1 write-up with no findings at all. */
    static PostMortem complete() {
        PostMortem d = new PostMortem();
        d.setTitle("Checkout outage after cache eviction storm");
        d.setSeverity("SEV1");
        d.setTimeZone("UTC");
        d.getMeeting().setParticipants(List.of("Ana Souza", "Kenji Ito"));
        d.getMeeting().setFacilitatedBy("Priya Raman");
        d.getMeeting().setReviewDate(LocalDate.parse("2026-05-05"));
        d.getTimes().setStarted(at("2026-05-01T10:00:00Z"));
        d.getTimes().setDetected(at("2026-05-01T10:07:00Z"));
        d.getTimes().setAcknowledged(at("2026-05-01T10:09:00Z"));
        d.getTimes().setMitigated(at("2026-05-01T10:40:00Z"));
        d.getTimes().setResolved(at("2026-05-01T11:30:00Z"));
        d.getImpact().setWhoAffected("All shoppers in the EU region");
        d.getImpact().setWhatAffected("Checkout and payment confirmation");
        d.setSummary("The checkout cache was evicted all at once and the database was overloaded.");
        d.setTimeline(List.of(
                new TimelineEvent("e1", at("2026-05-01T10:07:00Z"), "Latency alert on checkout.", EventKind.OBSERVATION),
                new TimelineEvent("e2", at("2026-05-01T10:20:00Z"), "Cache warm-up started.", EventKind.ACTION)));
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
        d.setCountermeasures(List.of(jitter, alert));
        return d;
    }

    static ReviewReport review(PostMortem d) {
        return new PostMortemReviewer(CONFIG).review(d);
    }

    static List<String> codes(ReviewReport r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    static List<Finding> withCode(ReviewReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
    }
}
