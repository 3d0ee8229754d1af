package io.postmortems.jira.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewConfig;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The small, searchable summary of a post-mortem that is written to the issue property {@value #PROPERTY_KEY} and
 * indexed for JQL by the {@code index-document-configuration} module. It holds only bounded facts (lists and texts
 * are capped), so it stays far under Jira's 32 KB limit for entity properties whatever the document's size.
 */
public final class PostMortemMirror {
    public static final String PROPERTY_KEY = "postmortem";
    /** Largest mirror this class produces, in UTF-8 bytes (Jira's limit is 32 KB). */
    public static final int MAX_BYTES = 8 * 1024;
    static final int MAX_SERVICES = 20;
    static final int MAX_TEXT = 100;
    /** Most open due dates and days-to-done values kept per post-mortem (the reports read them). */
    static final int MAX_COUNTERMEASURE_DATES = 100;
    /** Path of the idea fingerprints in the property (indexed as string, one value per element). */
    public static final String IDEAS = "ideas";
    /** Path of the tags in the property (indexed as string, one value per element): recurrence searches them. */
    public static final String TAGS = "tags";
    /** Ideas of one post-mortem that are counted across post-mortems; later ones are not counted. */
    public static final int MAX_IDEAS = 50;
    /**
     * Dates for {@code extract type="date"}: UTC to the minute, {@code 2026-03-01T10:15Z}. Atlassian documents the
     * accepted forms as {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mmZ} and {@code YYYY-MM-DDThh:mm+hh:mm}
     * (developer.atlassian.com, issue field property / entity property modules); seconds are not among them.
     */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /** The mirror JSON of a document, with the built-in due-date targets. */
    public String toJson(PostMortem document) {
        return toJson(document, ReviewConfig.defaults());
    }

    /**
     * The mirror JSON of a document; {@code config} gives the due-date targets that
     * {@code countermeasureTargetBreaches} counts against ({@code DueDateTargets.breaches}); the countermeasure
     * counts are {@link MirrorSnapshot#of}'s.
     */
    public String toJson(PostMortem document, ReviewConfig config) {
        ObjectNode node = mapper.createObjectNode();
        putText(node, "severity", document.getSeverity());
        putText(node, "status", document.getStatus() == null ? null : document.getStatus().name());
        putTime(node, "started", document.getTimes().getStarted());
        putTime(node, "detected", document.getTimes().getDetected());
        putTime(node, "acknowledged", document.getTimes().getAcknowledged());
        putTime(node, "mitigated", document.getTimes().getMitigated());
        putTime(node, "resolved", document.getTimes().getResolved());
        IncidentMetrics metrics = IncidentMetrics.of(document);
        metrics.timeToDetect().ifPresent(d -> node.put("timeToDetectMinutes", Durations.wholeMinutes(d)));
        metrics.timeToAcknowledge().ifPresent(d -> node.put("timeToAcknowledgeMinutes", Durations.wholeMinutes(d)));
        metrics.timeToMitigate().ifPresent(d -> node.put("timeToMitigateMinutes", Durations.wholeMinutes(d)));
        metrics.timeToResolve().ifPresent(d -> node.put("timeToResolveMinutes", Durations.wholeMinutes(d)));
        putText(node, "causeCategory", document.getCauseCategory());
        ArrayNode services = node.putArray("services");
        Set<String> seen = new LinkedHashSet<>();
        for (String service : document.getServices()) {
            if (service != null && !service.isBlank() && seen.size() < MAX_SERVICES) {
                seen.add(cap(service.strip()));
            }
        }
        seen.forEach(services::add);
        putTags(node, document);
        MirrorSnapshot counts = MirrorSnapshot.of(document, config);
        node.put("countermeasures", counts.countermeasures());
        node.put("countermeasuresOpen", counts.countermeasuresOpen());
        node.put("countermeasuresDone", counts.countermeasuresDone());
        node.put("countermeasuresDoneOnTime", counts.countermeasuresDoneOnTime());
        // Not indexed (arrays of dates and numbers): read back by the reports, which decide "overdue" on the day.
        ArrayNode openDue = node.putArray("countermeasureOpenDue");
        counts.openDue().stream().limit(MAX_COUNTERMEASURE_DATES).forEach(d -> openDue.add(d.toString()));
        ArrayNode daysToDone = node.putArray("countermeasureDaysToDone");
        counts.daysToDone().stream().limit(MAX_COUNTERMEASURE_DATES).forEach(daysToDone::add);
        node.put("countermeasureTargetBreaches", counts.targetBreaches());
        // recurrence: how the effectiveness checks came out (read back, not indexed)
        node.put("countermeasuresEffective", counts.effectiveness().effective());
        node.put("countermeasuresNotEffective", counts.effectiveness().notEffective());
        node.put("countermeasuresNotVerifiable", counts.effectiveness().notVerifiable());
        ArrayNode uncheckedDoneOn = node.putArray("countermeasureUncheckedDoneOn");
        counts.followThrough().uncheckedDoneOn().stream().limit(MAX_COUNTERMEASURE_DATES)
                .forEach(d -> uncheckedDoneOn.add(d.toString()));
        // the reminders' search: done countermeasures not checked yet, plus a pending revisit once published
        node.put("followThroughOpen", FollowThrough.pending(document));
        // the day the next revisit counts from; the reports add the administered period on the day of viewing
        if (counts.followThrough().revisitFrom() != null) {
            node.put("revisitFrom", counts.followThrough().revisitFrom().toString());
        }
        node.put("published", document.getPage() != null && document.getPage().getUrl() != null);
        // the reminders' search for review meetings: a review date while not approved yet (only then written)
        if (reviewPending(document)) {
            node.put("reviewPending", 1);
        }
        putIdeas(node, document);
        String json = node.toString();
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // Only possible with absurd multi-byte service names; the bounded numbers are what JQL needs most.
            node.putArray("services");
            node.putArray(TAGS);
            json = node.toString();
        }
        return json;
    }

    /**
     * The fingerprints of the document's ideas ({@link Ideas#fingerprint}), at most {@value #MAX_IDEAS}: what
     * {@code issue.property[postmortem].ideas = "<fingerprint>"} finds to count an idea across post-mortems. Each
     * takes 19 bytes in the JSON, so the array stays under 1 KB.
     */
    private static void putIdeas(ObjectNode node, PostMortem document) {
        ArrayNode ideas = node.putArray(IDEAS);
        Ideas.fingerprints(document.getIdeas(), MAX_IDEAS).forEach(ideas::add);
    }

    /** Whether the post-mortem has a review date and is not approved or published yet. */
    public static boolean reviewPending(PostMortem document) {
        return document.getMeeting().getReviewDate() != null
                && (document.getStatus() == null || document.getStatus() == io.postmortems.core.model.Status.DRAFT
                || document.getStatus() == io.postmortems.core.model.Status.IN_REVIEW);
    }

    /** The document's tags as the services are kept: stripped, distinct, capped ({@value #MAX_SERVICES}). */
    private static void putTags(ObjectNode node, PostMortem document) {
        ArrayNode tags = node.putArray(TAGS);
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : document.getTags()) {
            if (tag != null && !tag.isBlank() && seen.size() < MAX_SERVICES) {
                seen.add(cap(tag.strip()));
            }
        }
        seen.forEach(tags::add);
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, cap(value.strip()));
        }
    }

    private static void putTime(ObjectNode node, String field, OffsetDateTime value) {
        if (value != null) {
            node.put(field, DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
        }
    }

    private static String cap(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
