package io.postmortems.core.incident;

import io.postmortems.core.io.DocumentLimits;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.text.MessageText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Starts a post-mortem from an incident: a document with title, key times, services, participants and the incident
 * as related, and a draft timeline kept apart from the timeline until the author accepts each entry.
 *
 * <p>Key times, and why only these (Jira's workflow says little about detection or mitigation):
 * <ul>
 *   <li>started: when the incident issue was created;</li>
 *   <li>resolved: the incident's resolution date;</li>
 *   <li>detected, acknowledged, mitigated: the first change into a status of exactly that name (ignoring case,
 *       e.g. an incident workflow with a "Mitigated" status);</li>
 *   <li>acknowledged, when no status has that name: the first status change at all, the moment someone first moved
 *       the incident on, if it came before the resolution.</li>
 * </ul>
 * Everything else stays empty for the author. Instants are written in UTC.
 *
 * <p>The draft timeline has one entry per status change (an action: "Status changed from A to B") and per comment (a
 * communication, with its author), in time order, each text cut to {@link DocumentLimits#MAX_FIELD_CHARS}, at most
 * {@link DocumentLimits#MAX_EVENTS} entries (the earliest).
 */
public final class IncidentPrefill {
    static final String STATUS_KEY = "postmortems.incident.draft.status";
    static final String COMMENT_KEY = "postmortems.incident.draft.comment";

    private final MessageText text;
    private final Supplier<String> ids;

    public IncidentPrefill(MessageText text, Supplier<String> ids) {
        this.text = Objects.requireNonNull(text);
        this.ids = Objects.requireNonNull(ids);
    }

    public PostMortem prefill(IncidentSnapshot incident) {
        PostMortem doc = new PostMortem();
        doc.setTitle(incident.summary());
        doc.setTimes(times(incident));
        doc.setServices(new ArrayList<>(incident.components()));
        doc.getMeeting().setParticipants(participants(incident));
        if (incident.key() != null) {
            doc.setRelatedIncidents(new ArrayList<>(List.of(incident.key())));
        }
        doc.setDraftTimeline(draftTimeline(incident));
        return doc;
    }

    private static IncidentTimes times(IncidentSnapshot incident) {
        IncidentTimes times = new IncidentTimes();
        times.setStarted(utc(incident.created()));
        times.setResolved(utc(incident.resolved()));
        List<IncidentSnapshot.StatusChange> changes = inOrder(incident.statusChanges());
        times.setDetected(utc(firstInto(changes, "detected")));
        times.setMitigated(utc(firstInto(changes, "mitigated")));
        Instant acknowledged = firstInto(changes, "acknowledged");
        if (acknowledged == null && !changes.isEmpty()) {
            Instant first = changes.get(0).at();
            boolean beforeResolution = incident.resolved() == null || first.isBefore(incident.resolved());
            acknowledged = beforeResolution ? first : null;
        }
        times.setAcknowledged(utc(acknowledged));
        return times;
    }

    private static Instant firstInto(List<IncidentSnapshot.StatusChange> changes, String statusName) {
        return changes.stream().filter(c -> c.to() != null
                        && c.to().strip().toLowerCase(Locale.ROOT).equals(statusName))
                .map(IncidentSnapshot.StatusChange::at).findFirst().orElse(null);
    }

    private static List<IncidentSnapshot.StatusChange> inOrder(List<IncidentSnapshot.StatusChange> changes) {
        return changes.stream().filter(c -> c.at() != null)
                .sorted(Comparator.comparing(IncidentSnapshot.StatusChange::at)).toList();
    }

    /** Assignee, reporter, then watchers; each person once, blanks left out. */
    private static List<String> participants(IncidentSnapshot incident) {
        Set<String> people = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(incident.assignee());
        all.add(incident.reporter());
        all.addAll(incident.watchers());
        for (String person : all) {
            if (person != null && !person.isBlank()) {
                people.add(person.strip());
            }
        }
        return new ArrayList<>(people);
    }

    private List<TimelineEvent> draftTimeline(IncidentSnapshot incident) {
        List<TimelineEvent> drafts = new ArrayList<>();
        for (IncidentSnapshot.StatusChange change : inOrder(incident.statusChanges())) {
            drafts.add(event(change.at(), text.text(STATUS_KEY, List.of(orNone(change.from()), orNone(change.to()))),
                    EventKind.ACTION, null));
        }
        for (IncidentSnapshot.Comment comment : incident.comments()) {
            if (comment.at() != null && comment.body() != null && !comment.body().isBlank()) {
                String author = comment.author() == null || comment.author().isBlank() ? null : comment.author();
                String body = comment.body().strip();
                drafts.add(event(comment.at(), author == null ? body
                        : text.text(COMMENT_KEY, List.of(author, body)), EventKind.COMMUNICATION, author));
            }
        }
        drafts.sort(Comparator.comparing(TimelineEvent::getAt));
        // a long-running incident may have more comments than a timeline holds: the earliest are kept
        return drafts.size() > DocumentLimits.MAX_EVENTS
                ? new ArrayList<>(drafts.subList(0, DocumentLimits.MAX_EVENTS)) : drafts;
    }

    private TimelineEvent event(Instant at, String body, EventKind kind, String author) {
        String cut = body.length() > DocumentLimits.MAX_FIELD_CHARS
                ? body.substring(0, DocumentLimits.MAX_FIELD_CHARS) : body;
        TimelineEvent event = new TimelineEvent(ids.get(), utc(at), cut, kind);
        event.setAuthor(author);
        return event;
    }

    private static String orNone(String status) {
        return status == null || status.isBlank() ? "-" : status.strip();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
