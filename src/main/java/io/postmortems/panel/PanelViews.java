package io.postmortems.panel;

import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.text.MessageText;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/** Builds the panel's view from a document and what surrounds it. Pure: no host calls, so it is tested directly. */
public final class PanelViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** Element id of the whole panel: where a finding links when no part of the panel shows its field. */
    static final String PANEL_ID = "pm-panel";

    /** The written sections, in reading order: document path, label key, list-valued, and how to read it. */
    private record SectionSpec(String path, boolean list, Function<PostMortem, Object> value) {
    }

    private static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("summary", false, PostMortem::getSummary),
            new SectionSpec("impact.whatAffected", false, d -> d.getImpact().getWhatAffected()),
            new SectionSpec("impact.whoAffected", false, d -> d.getImpact().getWhoAffected()),
            new SectionSpec("impact.businessImpact", false, d -> d.getImpact().getBusinessImpact()),
            new SectionSpec("rootCause.description", false, d -> d.getRootCause().getDescription()),
            new SectionSpec("rootCause.fiveWhys", true, d -> d.getRootCause().getFiveWhys()),
            new SectionSpec("contributingFactors", true, PostMortem::getContributingFactors),
            new SectionSpec("resolution", false, PostMortem::getResolution),
            new SectionSpec("wentWell", true, PostMortem::getWentWell),
            new SectionSpec("wentWrong", true, PostMortem::getWentWrong),
            new SectionSpec("gotLucky", true, PostMortem::getGotLucky),
            new SectionSpec("lessonsLearned", true, PostMortem::getLessonsLearned));

    private PanelViews() {
    }

    /**
     * The panel for a document with no Jira around it (command-line preview): read-only, ticket statuses "unknown",
     * never published, revision 0, messages from {@code messages}.
     */
    public static PanelView preview(PostMortem document, ReviewReport review, ZoneId zone, ResourceBundle messages) {
        return preview(document, review, zone, messages, LocalDate.now(zone));
    }

    /** As {@link #preview(PostMortem, ReviewReport, ZoneId, ResourceBundle)}, with a fixed "today". */
    public static PanelView preview(PostMortem document, ReviewReport review, ZoneId zone, ResourceBundle messages,
                                    LocalDate today) {
        return build(new PanelInput(document.getIssueKey(), document, 0, review, false, TicketStates.offline(),
                Optional.empty(), zone, today, new BundleText(messages)));
    }

    public static PanelView build(PanelInput in) {
        PostMortem doc = in.document();
        PanelText text = in.text();
        PanelView.Builder b = new PanelView.Builder();
        b.issueKey = in.issueKey();
        b.revision = in.revision();
        b.canEdit = in.canEdit();
        b.zone = in.viewerZone().getId();
        b.text = text;

        Set<String> anchors = new HashSet<>();
        anchors.add(PANEL_ID);
        List<SectionRow> sections = new ArrayList<>();
        for (SectionSpec spec : SECTIONS) {
            String anchor = anchor(spec.path());
            anchors.add(anchor);
            sections.add(new SectionRow(spec.path(), anchor, text.text("postmortems.panel.section." + spec.path()),
                    display(spec.value().apply(doc)), spec.list()));
        }
        b.sections = sections;
        anchors.add(anchor("times"));
        b.times = times(doc.getTimes(), in.viewerZone(), text);
        b.durations = durations(IncidentMetrics.of(doc), text);

        anchors.add(anchor("timeline"));
        List<TimelineEvent> events = doc.getTimeline();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> events.get(i).getAt(), Comparator.nullsLast(
                Comparator.comparing(OffsetDateTime::toInstant))));
        List<TimelineRow> timeline = new ArrayList<>();
        for (int i : order) {
            TimelineEvent e = events.get(i);
            String anchor = anchor("timeline[" + i + "]");
            anchors.add(anchor);
            timeline.add(new TimelineRow(e.getId(), anchor, format(e.getAt(), in.viewerZone()),
                    e.getKind() == null ? "" : text.text(MessageText.enumKey("eventKind", e.getKind())),
                    e.getText(), e.getEvidenceUrl()));
        }
        b.timeline = timeline;

        anchors.add(anchor("countermeasures"));
        List<CountermeasureRow> cms = new ArrayList<>();
        int pending = 0;
        List<Countermeasure> list = doc.getCountermeasures();
        for (int i = 0; i < list.size(); i++) {
            Countermeasure cm = list.get(i);
            boolean hasTicket = cm.getIssueKey() != null && !cm.getIssueKey().isBlank();
            Optional<TicketState> ticket = hasTicket ? in.tickets().of(cm.getIssueKey()) : Optional.empty();
            String status;
            if (ticket.isPresent()) {
                status = ticket.get().statusName();
            } else {
                if (hasTicket) {
                    status = text.text(in.tickets().source() == TicketStates.Source.OFFLINE
                            ? "postmortems.panel.cm.status.unknown" : "postmortems.panel.cm.status.hidden");
                } else {
                    pending++;
                    status = text.text("postmortems.panel.cm.status.pending");
                }
            }
            boolean done = CountermeasureProgress.isDone(cm, ticket.map(TicketState::done));
            boolean overdue = CountermeasureProgress.isOverdue(cm, in.today(), done);
            String anchor = anchor("countermeasures[" + i + "]");
            anchors.add(anchor);
            cms.add(new CountermeasureRow(cm.getId(), anchor, cm.getIssueKey(), cm.getSummary(), cm.getOwner(),
                    cm.getDueDate() == null ? "" : cm.getDueDate().toString(),
                    cm.getPriority() == null ? "" : text.text(MessageText.enumKey("priority", cm.getPriority())),
                    cm.getKind() == null ? "" : text.text(MessageText.enumKey("cmKind", cm.getKind())),
                    status, overdue));
        }
        b.countermeasures = cms;
        b.pendingCount = pending;
        b.statusesUnavailable = in.tickets().source() == TicketStates.Source.UNAVAILABLE;

        List<FindingGroup> groups = new ArrayList<>();
        for (Level level : Level.values()) {
            List<FindingRow> rows = new ArrayList<>();
            for (Finding f : in.review().at(level)) {
                rows.add(new FindingRow(text.text(f.messageKey(), f.args()), f.path(), anchorFor(f.path(), anchors),
                        f.textSpan().map(s -> s.sentence()).orElse(null)));
            }
            if (!rows.isEmpty()) {
                String name = level.name().toLowerCase(Locale.ROOT);
                groups.add(new FindingGroup(text.text("postmortems.panel.level." + name), lozenge(level), rows));
            }
        }
        b.findingGroups = groups;
        b.hasErrors = in.review().hasErrors();

        Optional<PublishingView> publish = in.publish();
        b.publishState = text.text("postmortems.panel.publish.state."
                + publish.map(p -> p.state().name()).orElse("NEVER"));
        b.publishLozenge = publish.map(p -> switch (p.state()) {
            case PUBLISHED -> "aui-lozenge-success";
            case FAILED -> "aui-lozenge-error";
            case PENDING, RETRY_PENDING -> "aui-lozenge-inprogress";
        }).orElse("");
        b.pageUrl = publish.map(PublishingView::pageUrl).orElse(null);
        b.pageVersion = publish.map(PublishingView::pageVersion).map(String::valueOf).orElse(null);
        b.publishError = publish.map(PublishingView::lastError).orElse(null);
        return new PanelView(b);
    }

    private static String lozenge(Level level) {
        return switch (level) {
            case ERROR -> "aui-lozenge-error";
            case WARNING -> "aui-lozenge-moved";
            case HINT -> "aui-lozenge-current";
        };
    }

    private static String display(Object value) {
        if (value instanceof List<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    sb.append(sb.length() == 0 ? "" : "\n").append(item.toString().strip());
                }
            }
            return sb.toString();
        }
        return value == null ? "" : value.toString().strip();
    }

    /** Element id for a document path: "pm-field-" and the path with every non-alphanumeric run as "-". */
    static String anchor(String path) {
        String id = path == null ? "" : path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        return "pm-field-" + id;
    }

    /**
     * Where a finding links: the panel part showing the field itself, else its nearest enclosing part
     * ({@code countermeasures[1].owner} goes to that countermeasure's row, {@code times.detected} to the key times),
     * else the panel.
     */
    static String anchorFor(String path, Set<String> anchors) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            String candidate = anchor(p);
            if (anchors.contains(candidate)) {
                return candidate;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return PANEL_ID;
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
