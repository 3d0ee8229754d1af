package io.postmortems.core.properties;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.Status;
import io.postmortems.core.model.TimelineEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Random documents and parts of documents for the property tests. */
final class Gen {
    private static final String[] WORDS = {"cache", "expired", "database", "would have", "blame", "fault tolerance",
            "Ana", "deploy", "rollback", "\u00e9t\u00e9", "\u65e5\u672c", "\"quoted\"", "back\\slash", "line\nbreak",
            "tab\there", "emoji \ud83d\ude80", "<b>markup</b>", "{\"json\":1}", "  ", "", "DST", "03:30"};
    private static final String[] SEVERITIES = {"SEV1", "SEV2", "SEV3", "SEV4", "P0", null};
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo", "Mars/Base", null};
    /** 2020-01-01 to 2027-01-01. */
    private static final long FROM = 1_577_836_800L;
    private static final long TO = 1_798_761_600L;

    private Gen() {
    }

    static String text(SourceOfRandomness r) {
        int n = r.nextInt(0, 6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(r.choose(WORDS));
        }
        return sb.toString();
    }

    static String maybeText(SourceOfRandomness r) {
        return r.nextInt(4) == 0 ? null : text(r);
    }

    static List<String> texts(SourceOfRandomness r) {
        List<String> list = new ArrayList<>();
        for (int i = r.nextInt(0, 4); i > 0; i--) {
            list.add(text(r));
        }
        return list;
    }

    static ZoneOffset offset(SourceOfRandomness r) {
        return ZoneOffset.ofTotalSeconds(r.nextInt(-48, 56) * 15 * 60);
    }

    static OffsetDateTime instant(SourceOfRandomness r) {
        long seconds = r.nextLong(FROM, TO);
        int nanos = r.nextBoolean() ? 0 : r.nextInt(0, 999_999_999);
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset(r));
    }

    static OffsetDateTime maybeInstant(SourceOfRandomness r) {
        return r.nextInt(5) == 0 ? null : instant(r);
    }

    /** Key times in order (each present one not before the previous present one), each in a random offset. */
    static IncidentTimes orderedTimes(SourceOfRandomness r) {
        IncidentTimes t = new IncidentTimes();
        Instant at = Instant.ofEpochSecond(r.nextLong(FROM, TO - 86_400L * 30));
        OffsetDateTime[] chain = new OffsetDateTime[5];
        for (int i = 0; i < chain.length; i++) {
            at = at.plusSeconds(r.nextLong(0, 86_400L * 2));
            chain[i] = OffsetDateTime.ofInstant(at, offset(r));
        }
        t.setStarted(chain[0]);
        t.setDetected(chain[1]);
        t.setAcknowledged(chain[2]);
        t.setMitigated(chain[3]);
        t.setResolved(chain[4]);
        t.setFirstUserImpact(r.nextBoolean() ? chain[0].withOffsetSameInstant(offset(r)) : null);
        return t;
    }

    static TimelineEvent event(SourceOfRandomness r) {
        TimelineEvent e = new TimelineEvent("e" + r.nextInt(0, 999), maybeInstant(r), maybeText(r), r.choose(EventKind.values()));
        e.setAuthor(r.nextBoolean() ? "Ana Souza" : maybeText(r));
        e.setEvidenceUrl(r.nextBoolean() ? null : "https://example.com/" + r.nextInt(0, 99));
        return e;
    }

    static PostMortem document(SourceOfRandomness r) {
        PostMortem d = new PostMortem();
        d.setIssueKey(r.nextBoolean() ? "PM-" + r.nextInt(1, 9999) : null);
        d.setTitle(maybeText(r));
        d.setSeverity(r.choose(SEVERITIES));
        d.setStatus(r.choose(Status.values()));
        d.setTimeZone(r.choose(ZONES));
        d.getMeeting().setParticipants(texts(r));
        d.getMeeting().setContact(maybeText(r));
        d.getMeeting().setReviewDate(r.nextBoolean() ? LocalDate.ofEpochDay(r.nextLong(18_000, 21_000)) : null);
        d.setTimes(r.nextBoolean() ? orderedTimes(r) : new IncidentTimes());
        if (r.nextBoolean()) {
            d.getTimes().setHotfix(maybeInstant(r));
            d.getTimes().setCustom(List.of(new NamedTime(text(r), maybeInstant(r))));
        }
        d.getImpact().setWhoAffected(maybeText(r));
        d.getImpact().setCustomerFacing(r.nextBoolean() ? r.nextBoolean() : null);
        d.setSummary(maybeText(r));
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = r.nextInt(0, 5); i > 0; i--) {
            timeline.add(event(r));
        }
        d.setTimeline(timeline);
        d.getRootCause().setDescription(maybeText(r));
        d.getRootCause().setFiveWhys(texts(r));
        d.setContributingFactors(texts(r));
        d.setResolution(maybeText(r));
        d.setWentWell(texts(r));
        d.setLessonsLearned(texts(r));
        List<Countermeasure> cms = new ArrayList<>();
        for (int i = r.nextInt(0, 4); i > 0; i--) {
            Countermeasure c = new Countermeasure("c" + i, maybeText(r), maybeText(r),
                    r.nextBoolean() ? LocalDate.ofEpochDay(r.nextLong(18_000, 21_000)) : null);
            c.setPriority(r.choose(Priority.values()));
            c.setKind(r.choose(CountermeasureKind.values()));
            c.setStatus(r.choose(CountermeasureStatus.values()));
            c.setIssueKey(r.nextBoolean() ? null : "OPS-" + r.nextInt(1, 999));
            cms.add(c);
        }
        d.setCountermeasures(cms);
        d.setIdeas(texts(r));
        d.setServices(r.nextBoolean() ? List.of("checkout", "payments") : texts(r));
        d.setTags(texts(r));
        if (r.nextBoolean()) {
            ObjectNode unknown = JsonNodeFactory.instance.objectNode();
            unknown.put("n", r.nextInt()).put("s", text(r)).putArray("a").add(r.nextDouble());
            d.putUnknownField("future" + r.nextInt(0, 9), unknown);
            d.getImpact().putUnknownField("extra", JsonNodeFactory.instance.textNode(text(r)));
        }
        return d;
    }

    public static final class Documents extends Generator<PostMortem> {
        public Documents() {
            super(PostMortem.class);
        }

        @Override
        public PostMortem generate(SourceOfRandomness r, GenerationStatus status) {
            return document(r);
        }
    }

    public static final class OrderedTimes extends Generator<IncidentTimes> {
        public OrderedTimes() {
            super(IncidentTimes.class);
        }

        @Override
        public IncidentTimes generate(SourceOfRandomness r, GenerationStatus status) {
            return orderedTimes(r);
        }
    }

    public static final class Events extends Generator<TimelineEvent> {
        public Events() {
            super(TimelineEvent.class);
        }

        @Override
        public TimelineEvent generate(SourceOfRandomness r, GenerationStatus status) {
            return event(r);
        }
    }

    /** Text that is often almost JSON: fragments of documents cut and spliced at random. */
    public static final class Junk extends Generator<String> {
        private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\"title\"", "\"times\"", "\"started\"",
                "\"2026-03-29T01:40:00+01:00\"", "\"2026-03-29T01:40:00\"", "null", "true", "12", "-1e999",
                "\"countermeasures\"", "\"schemaVersion\"", "\"\\u0000\"", "\"\\ud800\"", "  ", "\n", "#", "- ",
                "title: x", "&a", "*a", "!!binary", "\"timeline\"", "\"dueDate\"", "\"2026-02-30\""};

        public Junk() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness r, GenerationStatus status) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(0, 40); i > 0; i--) {
                sb.append(r.choose(PIECES));
            }
            return sb.toString();
        }
    }
}
