package io.postmortems.jira.panel;

import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.publish.PublishMessage;
import io.postmortems.jira.publish.PublishStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the panel's view from a document and what surrounds it. Pure: no host calls, so it is tested directly. */
public final class PanelViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private PanelViews() {
    }

    /**
     * @param statuses  ticket statuses by key; empty when the search failed
     * @param publish   publishing state, if the post-mortem was ever queued
     * @param viewerZone the viewer's time zone (all times are shown in it)
     * @param today     today in the viewer's zone, for the overdue flag
     */
    public static PanelView build(String issueKey, PostMortem doc, long revision, ReviewReport report,
                                  boolean canEdit, Optional<Map<String, TicketStatus>> statuses,
                                  Optional<PublishStatus> publish, ZoneId viewerZone, LocalDate today,
                                  PanelText text) {
        List<FindingRow> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            String level = f.level().name().toLowerCase(Locale.ROOT);
            findings.add(new FindingRow(text.text("postmortems.panel.level." + level), lozenge(f),
                    text.text(f.messageKey(), f.args()), f.path(), anchor(f.path())));
        }
        List<TimeRow> times = times(doc.getTimes(), viewerZone, text);
        List<TimeRow> durations = durations(IncidentMetrics.of(doc), text);
        List<TimelineRow> timeline = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>(doc.getTimeline());
        events.sort(Comparator.comparing(TimelineEvent::getAt, Comparator.nullsLast(
                Comparator.comparing(OffsetDateTime::toInstant))));
        for (TimelineEvent e : events) {
            timeline.add(new TimelineRow(e.getId(), format(e.getAt(), viewerZone),
                    e.getKind() == null ? "" : text.text("postmortems.panel.kind." + e.getKind().name()), e.getText()));
        }
        Map<String, TicketStatus> known = statuses.orElse(Map.of());
        List<CountermeasureRow> cms = new ArrayList<>();
        int pending = 0;
        for (Countermeasure cm : doc.getCountermeasures()) {
            boolean hasTicket = cm.getIssueKey() != null && !cm.getIssueKey().isBlank();
            TicketStatus ticket = hasTicket ? known.get(cm.getIssueKey()) : null;
            String status;
            boolean done;
            if (ticket != null) {
                status = ticket.statusName();
                done = ticket.done();
            } else if (hasTicket) {
                status = text.text("postmortems.panel.cm.status.unknown");
                done = cm.getStatus() != null && cm.getStatus().isFinished();
            } else {
                pending++;
                status = text.text("postmortems.panel.cm.status.pending");
                done = cm.getStatus() != null && cm.getStatus().isFinished();
            }
            boolean overdue = cm.getDueDate() != null && cm.getDueDate().isBefore(today) && !done;
            cms.add(new CountermeasureRow(cm.getId(), cm.getIssueKey(), cm.getSummary(), cm.getOwner(),
                    cm.getDueDate() == null ? "" : cm.getDueDate().toString(), status, overdue));
        }
        String state = publish.map(p -> text.text("postmortems.panel.publish.state." + p.state().name()))
                .orElse(text.text("postmortems.panel.publish.state.NEVER"));
        String pageUrl = publish.map(PublishStatus::pageUrl).orElse(null);
        String version = publish.map(PublishStatus::pageVersion).map(String::valueOf).orElse(null);
        String error = publish.map(p -> p.lastMessage() == null ? p.lastError() : message(p.lastMessage(), text))
                .orElse(null);
        return new PanelView(issueKey, revision, canEdit, viewerZone.getId(), findings, times, durations, timeline,
                cms, pending, statuses.isEmpty(), state, pageUrl, version, error);
    }

    /** A stored publishing message in the viewer's language; a wrapped reason fills the argument after its own. */
    static String message(PublishMessage message, PanelText text) {
        List<String> args = new ArrayList<>(message.args());
        if (message.detail() != null) {
            args.add(message(message.detail(), text));
        }
        if (PublishMessage.TEXT.equals(message.key())) {
            return args.isEmpty() ? "" : args.get(0);
        }
        return text.text(message.key(), args);
    }

    private static String lozenge(Finding f) {
        return switch (f.level()) {
            case ERROR -> "aui-lozenge-removed";
            case WARNING -> "aui-lozenge-moved";
            case HINT -> "aui-lozenge-current";
        };
    }

    /** Element id of a field's editor: "pm-field-" and the path with every non-alphanumeric run as "-". */
    static String anchor(String path) {
        return "pm-field-" + (path == null ? "" : path.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    static String format(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(TIME);
    }

    private static List<TimeRow> times(IncidentTimes t, ZoneId zone, PanelText text) {
        List<TimeRow> rows = new ArrayList<>();
        add(rows, text, "started", t.getStarted(), zone);
        add(rows, text, "detected", t.getDetected(), zone);
        add(rows, text, "firstUserImpact", t.getFirstUserImpact(), zone);
        add(rows, text, "firstUserReport", t.getFirstUserReport(), zone);
        add(rows, text, "acknowledged", t.getAcknowledged(), zone);
        add(rows, text, "mitigated", t.getMitigated(), zone);
        add(rows, text, "hotfix", t.getHotfix(), zone);
        add(rows, text, "resolved", t.getResolved(), zone);
        for (NamedTime custom : t.getCustom()) {
            if (custom.getAt() != null) {
                rows.add(new TimeRow(custom.getName(), format(custom.getAt(), zone)));
            }
        }
        return rows;
    }

    private static void add(List<TimeRow> rows, PanelText text, String name, OffsetDateTime at, ZoneId zone) {
        if (at != null) {
            rows.add(new TimeRow(text.text("postmortems.panel.time." + name), format(at, zone)));
        }
    }

    private static List<TimeRow> durations(IncidentMetrics m, PanelText text) {
        List<TimeRow> rows = new ArrayList<>();
        addDuration(rows, text, "timeToDetect", m.timeToDetect());
        addDuration(rows, text, "timeToAcknowledge", m.timeToAcknowledge());
        addDuration(rows, text, "timeToMitigate", m.timeToMitigate());
        addDuration(rows, text, "timeToResolve", m.timeToResolve());
        addDuration(rows, text, "userImpact", m.userImpactDuration());
        return rows;
    }

    private static void addDuration(List<TimeRow> rows, PanelText text, String name, Optional<Duration> d) {
        d.ifPresent(value -> rows.add(new TimeRow(text.text("postmortems.panel.metric." + name),
                Durations.format(value))));
    }
}
