package io.postmortems.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ExternalSummaryRules;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/** Builds the panel's view from a document and what surrounds it. Pure: no host calls, so it is tested directly. */
public final class PanelViews {
    private static final PostMortemCodec CODEC = new PostMortemCodec();
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
            new SectionSpec("lessonsLearned", true, PostMortem::getLessonsLearned),
            new SectionSpec("externalSummary.whatHappened", false,
                    d -> d.getExternalSummary() == null ? null : d.getExternalSummary().getWhatHappened()),
            new SectionSpec("externalSummary.impact", false,
                    d -> d.getExternalSummary() == null ? null : d.getExternalSummary().getImpact()),
            new SectionSpec("externalSummary.whatWeChanged", false,
                    d -> d.getExternalSummary() == null ? null : d.getExternalSummary().getWhatWeChanged()));

    private PanelViews() {
    }

    /**
     * The panel for a document with no Jira around it (command-line preview): read-only, ticket statuses "unknown",
     * the status and approval the document records (no steps), never queued for publishing, revision 0, messages
     * from {@code messages}.
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
        return build(in, Map.of());
    }

    /**
     * The panel, each idea with the post-mortems it was raised in: {@code ideasRaisedIn} maps an idea's fingerprint
     * ({@link io.postmortems.core.model.Ideas#fingerprint}) to the issue keys the host found for it.
     */
    public static PanelView build(PanelInput in, Map<String, List<String>> ideasRaisedIn) {
        return build(in, ideasRaisedIn, List.of());
    }

    /**
     * The panel with its "Similar earlier incidents": {@code earlier} as {@link Recurrence#earlier} chose them from
     * what the viewer may browse.
     */
    public static PanelView build(PanelInput in, Map<String, List<String>> ideasRaisedIn,
                                  List<Recurrence.Match> earlier) {
        PanelView.Builder b = new PanelView.Builder();
        b.recurrence = RecurrenceRow.of(earlier, in.viewerZone(), in.text());
        b.ideas = IdeaRow.of(in.document(), in.issueKey(), ideasRaisedIn, in.text());
        b.issueKey = in.issueKey();
        b.revision = in.revision();
        b.canEdit = in.canEdit();
        b.zone = in.viewerZone().getId();
        b.today = in.today().toString();
        b.text = in.text();
        Set<String> anchors = new HashSet<>(Set.of(PANEL_ID, anchor("times"), anchor("timeline"),
                anchor("countermeasures")));
        b.sections = sections(in.document(), in.text(), anchors);
        b.times = times(in.document().getTimes(), in.viewerZone(), in.text());
        b.durations = durations(IncidentMetrics.of(in.document()), in.text());
        TimeBarView.of(in.document().getTimes(), in.viewerZone(), in.text()).ifPresent(bar -> {
            b.timeBar = bar.drawing();
            b.timeBarLegend = bar.legendRows();
        });
        b.timeline = timeline(in.document().getTimeline(), "timeline", in, anchors);
        b.draftTimeline = timeline(in.document().getDraftTimeline(), "draftTimeline", in, anchors);
        b.countermeasures = countermeasures(in, anchors);
        b.pendingCount = (int) in.document().getCountermeasures().stream().filter(c -> !hasTicket(c)).count();
        b.statusesUnavailable = in.tickets().source() == TicketStates.Source.UNAVAILABLE;
        overview(in, b);
        if (in.canEdit()) {
            editor(in, b, anchors);
        }
        b.findingGroups = findingGroups(in.review(), in.text(), anchors);
        b.hasErrors = !in.review().pageBlocking().isEmpty(); // what holds back the page
        publishing(in.publish(), in.text(), b);
        b.externalPageUrl = in.document().getExternalPage() == null ? null : in.document().getExternalPage().getUrl();
        b.externalPageNotice = externalPageNotice(in.document(), in.text());
        // without lifecycle facts (no Jira: the preview) the panel shows what the document records, as its page does
        b.review = ReviewPanel.of(in.lifecycle() != null ? in.lifecycle()
                : ReviewState.recorded(in.document(), in.canEdit()), in.viewerZone(), in.text());
        b.followThrough = FollowThroughView.of(in.document(), in.settings().followThrough(), in.today(),
                in.viewerZone(), in.text());
        return new PanelView(b);
    }

    private static List<SectionRow> sections(PostMortem doc, PanelText text, Set<String> anchors) {
        List<SectionRow> sections = new ArrayList<>();
        for (SectionSpec spec : SECTIONS) {
            String anchor = anchor(spec.path());
            anchors.add(anchor);
            sections.add(new SectionRow(spec.path(), anchor, text.text("postmortems.panel.section." + spec.path()),
                    display(spec.value().apply(doc)), spec.list()));
        }
        return sections;
    }

    /**
     * Timeline rows (of the timeline or the draft timeline at {@code path}) sorted by time; each row's anchor keeps
     * the event's index in the document.
     */
    private static List<TimelineRow> timeline(List<TimelineEvent> events, String path, PanelInput in,
                                              Set<String> anchors) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> events.get(i).getAt(), Comparator.nullsLast(
                Comparator.comparing(OffsetDateTime::toInstant))));
        List<TimelineRow> rows = new ArrayList<>();
        for (int i : order) {
            TimelineEvent e = events.get(i);
            String anchor = anchor(path + "[" + i + "]");
            anchors.add(anchor);
            rows.add(new TimelineRow(e.getId(), anchor, format(e.getAt(), in.viewerZone()),
                    e.getKind() == null ? "" : in.text().text(MessageText.enumKey("eventKind", e.getKind())),
                    e.getText(), e.getEvidenceUrl()));
        }
        return rows;
    }

    private static List<CountermeasureRow> countermeasures(PanelInput in, Set<String> anchors) {
        List<CountermeasureRow> rows = new ArrayList<>();
        List<Countermeasure> list = in.document().getCountermeasures();
        for (int i = 0; i < list.size(); i++) {
            anchors.add(anchor("countermeasures[" + i + "]"));
            rows.add(countermeasure(in, list.get(i), i));
        }
        return rows;
    }

    private static CountermeasureRow countermeasure(PanelInput in, Countermeasure cm, int index) {
        PanelText text = in.text();
        Optional<TicketState> ticket = hasTicket(cm) ? in.tickets().of(cm.getIssueKey()) : Optional.empty();
        boolean done = CountermeasureProgress.isDone(cm, ticket.map(TicketState::done));
        boolean overdue = CountermeasureProgress.isOverdue(cm, in.today(), done);
        String priority = cm.getPriority() == null ? "" : cm.getPriority().name();
        String kind = cm.getKind() == null ? "" : cm.getKind().name();
        return new CountermeasureRow(new CountermeasureRow.Parts(cm.getId(), index, cm.getIssueKey(),
                cm.getSummary(), cm.getOwner(), ownerName(in, cm.getOwner()), cm.getDueDate() == null ? "" : cm.getDueDate().toString(),
                priority, priority.isEmpty() ? "" : text.text(MessageText.enumKey("priority", cm.getPriority())),
                kind, kind.isEmpty() ? "" : text.text(MessageText.enumKey("cmKind", cm.getKind())),
                ticket.map(TicketState::statusName).orElseGet(() -> missingStatus(in, cm)),
                cm.getStatus() == null ? CountermeasureStatus.OPEN.name() : cm.getStatus().name(), overdue));
    }

    private static String ownerName(PanelInput in, String owner) {
        if (owner == null || owner.isBlank()) {
            return "";
        }
        String name = in.people().displayName(owner);
        return name == null || name.isBlank() ? owner : name;
    }

    /**
     * The status shown when no ticket state was found: its ticket was deleted in Jira (a new one is made with "Create
     * tickets"), no ticket yet, unknown (offline) or not visible.
     */
    private static String missingStatus(PanelInput in, Countermeasure cm) {
        if (!hasTicket(cm) && cm.getDeletedIssueKey() != null && !cm.getDeletedIssueKey().isBlank()) {
            return in.text().text("postmortems.panel.cm.status.deleted", List.of(cm.getDeletedIssueKey().strip()));
        }
        if (!hasTicket(cm)) {
            return in.text().text("postmortems.panel.cm.status.pending");
        }
        return in.text().text(in.tickets().source() == TicketStates.Source.OFFLINE
                ? "postmortems.panel.cm.status.unknown" : "postmortems.panel.cm.status.hidden");
    }

    private static boolean hasTicket(Countermeasure cm) {
        return cm.getIssueKey() != null && !cm.getIssueKey().isBlank();
    }

    /** Title, severity and the other facts above the write-up. */
    private static void overview(PanelInput in, PanelView.Builder b) {
        PostMortem doc = in.document();
        b.title = doc.getTitle();
        b.facts = PanelEditor.facts(doc, in.settings(), in.viewerZone(), in.text());
        b.hasWriteUp = SECTIONS.stream().anyMatch(s -> !display(s.value().apply(doc)).isEmpty());
        b.notes = notes(doc);
    }

    /** The document's notes with a heading or text, in order; a note's text keeps its lines. */
    private static List<TimeRow> notes(PostMortem doc) {
        return doc.getNotes().stream()
                .filter(n -> n != null && !(display(n.getHeading()).isBlank() && display(n.getText()).isBlank()))
                .map(n -> new TimeRow(display(n.getHeading()), display(n.getText())))
                .toList();
    }

    /** The editor's inputs, option lists and the document as it was rendered (the script edits a copy of it). */
    private static void editor(PanelInput in, PanelView.Builder b, Set<String> anchors) {
        PostMortem doc = in.document();
        b.editGroups = PanelEditor.groups(doc, in.settings(), in.viewerZone(), in.today(), in.text());
        b.editGroups.forEach(g -> {
            anchors.add(g.getIdHtml());
            g.getFields().forEach(f -> anchors.add(f.getIdHtml()));
        });
        b.namedTimes = PanelEditor.namedTimes(doc, in.viewerZone());
        for (int i = 0; i < b.namedTimes.size(); i++) {
            anchors.add(anchor("times.custom[" + i + "].name"));
            anchors.add(anchor("times.custom[" + i + "].at"));
        }
        for (int i = 0; i < doc.getCountermeasures().size(); i++) {
            for (String part : List.of("summary", "owner", "dueDate", "priority", "kind")) {
                anchors.add(anchor("countermeasures[" + i + "]." + part));
            }
            if (!hasTicket(doc.getCountermeasures().get(i))) {
                anchors.add(anchor("countermeasures[" + i + "].status"));
            }
        }
        b.priorityOptions = PanelEditor.priorities(in.text());
        b.countermeasureKindOptions = PanelEditor.countermeasureKinds(in.text());
        b.countermeasureStatusOptions = PanelEditor.countermeasureStatuses(in.text());
        b.defaultDueWeeks = in.settings().dueWeeksFor(doc.getSeverity());
        b.documentJson = json(doc);
    }

    private static String json(PostMortem doc) {
        try {
            return CODEC.jsonMapper().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("post-mortem could not be serialised", e); // our own model always is
        }
    }

    private static List<FindingGroup> findingGroups(ReviewReport review, PanelText text, Set<String> anchors) {
        List<FindingGroup> groups = new ArrayList<>();
        for (Level level : Level.values()) {
            List<FindingRow> rows = new ArrayList<>();
            for (Finding f : review.at(level)) {
                rows.add(new FindingRow(text.text(f.messageKey(), f.args()), f.path(), anchorFor(f.path(), anchors),
                        f.textSpan().map(s -> s.sentence()).orElse(null)));
            }
            if (!rows.isEmpty()) {
                String name = level.name().toLowerCase(Locale.ROOT);
                groups.add(new FindingGroup(text.text("postmortems.panel.level." + name), lozenge(level), rows));
            }
        }
        return groups;
    }

    private static void publishing(Optional<PublishingView> publish, PanelText text, PanelView.Builder b) {
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
    }

    /**
     * What the author must know about a published external page that publishing no longer writes (its summary was
     * removed or its review finds errors, {@link ExternalSummaryRules#withheld}): it keeps the text last published,
     * and the app never deletes it; null while there is no such page or it is kept up to date.
     */
    static String externalPageNotice(PostMortem doc, PanelText text) {
        if (doc.getExternalPage() == null) {
            return null;
        }
        ExternalSummaryRules.Withheld withheld = ExternalSummaryRules.withheld(doc);
        return withheld == null ? null : text.text("postmortems.panel.publish.externalPage.stale."
                + (withheld == ExternalSummaryRules.Withheld.NO_SUMMARY ? "removed" : "errors"));
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
