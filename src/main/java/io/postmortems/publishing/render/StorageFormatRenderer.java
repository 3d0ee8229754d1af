package io.postmortems.publishing.render;

import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentBar;
import io.postmortems.core.metrics.IncidentMetrics;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.Meeting;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.publishing.PublishTarget;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a post-mortem as a Confluence page in storage format, from Velocity templates shipped in the jar
 * ({@code templates/confluence/*.vm}).
 *
 * <p>Safety: user text never reaches the template engine as a template. Every value the templates see is built
 * here, in a {@link PageView}, already escaped ({@link XmlText}) or sanitised against an allowlist
 * ({@link RichText}); the templates only print it. The output is always well-formed XML; user text cannot add
 * macros, {@code ac:}/{@code ri:} elements, other elements outside the allowlist, event handlers or links with a
 * scheme other than http, https and mailto.
 *
 * <p>Language: the fixed words (headings, table headers, fact labels, enum values) come from {@link PageText}
 * in the target's {@link PublishTarget#pageLocale() page locale}, escaped like any other text; the templates see
 * them as {@code $w.get("key")}.
 *
 * <p>Thread-safe; create once and reuse (the engine and templates are built in the constructor).
 */
public final class StorageFormatRenderer implements PageRenderer {
    /** Confluence's limit on page titles. */
    public static final int MAX_TITLE_LENGTH = 255;
    static final String TEMPLATE = "templates/confluence/page.vm";
    /** The Page Properties macro's id: a Page Properties Report with this id lists every post-mortem. */
    public static final String DETAILS_ID = "postmortem";
    static final String JIRA_COLUMNS = "key,summary,assignee,duedate,status";
    private final Template page;

    public StorageFormatRenderer() {
        VelocityEngine engine = new VelocityEngine(engineProperties());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // In an OSGi bundle the context class loader is the host's; templates live in our own jar.
        thread.setContextClassLoader(StorageFormatRenderer.class.getClassLoader());
        try {
            engine.init();
            this.page = engine.getTemplate(TEMPLATE, "UTF-8");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Properties engineProperties() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.classpath.cache", "true");
        p.setProperty("resource.loader.classpath.modification_check_interval", "-1");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        return p;
    }

    @Override
    public RenderedPage render(PostMortem document, PublishTarget target) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        PageText text = PageText.of(target.pageLocale());
        VelocityContext context = new VelocityContext();
        context.put("v", view(document, target, text));
        context.put("w", text.escapedTexts());
        context.put("f", FollowThroughSection.of(document, target.displayZone(), text));
        context.put("r", RecurrenceSection.of(target, text));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(StorageFormatRenderer.class.getClassLoader());
        StringWriter body = new StringWriter(16_384);
        try {
            page.merge(context, body);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new RenderedPage(title(document, target.displayZone(), text), body.toString().strip(),
                Labels.of(document));
    }

    /**
     * {@code 2026-03-29 OPS-42: Title}: the date of the start in the display zone (else of the review meeting);
     * a post-mortem without a title is called by the page language's word for one.
     */
    static String title(PostMortem doc, ZoneId zone, PageText words) {
        StringBuilder title = new StringBuilder();
        OffsetDateTime started = doc.getTimes().getStarted();
        LocalDate date = started != null ? started.atZoneSameInstant(zone).toLocalDate()
                : doc.getMeeting().getReviewDate();
        if (date != null) {
            title.append(date).append(' ');
        }
        String key = XmlText.oneLine(doc.getIssueKey());
        if (!key.isEmpty()) {
            title.append(XmlText.truncate(key, 64)).append(": ");
        }
        String text = XmlText.oneLine(doc.getTitle());
        title.append(text.isEmpty() ? XmlText.oneLine(words.text("title.untitled")) : text);
        return XmlText.truncate(title.toString(), MAX_TITLE_LENGTH).strip();
    }

    static PageView view(PostMortem doc, PublishTarget target, PageText words) {
        ZoneId zone = target.displayZone();
        PageView draft = new PageView(
                facts(doc, target, words),
                RichText.block(doc.getSummary()),
                impact(doc, words),
                timeline(doc, zone, words),
                items(doc.getInvestigationPaths()),
                RichText.block(doc.getRootCause().getDescription()),
                items(doc.getRootCause().getFiveWhys()),
                items(doc.getContributingFactors()),
                RichText.block(doc.getResolution()),
                items(doc.getWentWell()),
                items(doc.getWentWrong()),
                items(doc.getGotLucky()),
                items(doc.getLessonsLearned()),
                jiraMacro(doc, target),
                countermeasures(doc, target, words),
                items(doc.getIdeas()),
                related(doc.getRelatedIncidents(), target),
                related(doc.getRelatedPostMortems(), target),
                shape(doc, zone, words),
                new PageView.Layout(false, ""),
                notes(doc));
        return new PageView(draft.facts(), draft.summary(), draft.impact(), draft.timeline(),
                draft.investigationPaths(), draft.rootCause(), draft.fiveWhys(), draft.contributingFactors(),
                draft.resolution(), draft.wentWell(), draft.wentWrong(), draft.gotLucky(), draft.lessonsLearned(),
                draft.jira(), draft.countermeasures(), draft.ideas(), draft.relatedIncidents(),
                draft.relatedPostMortems(), draft.shape(), layout(draft, words), draft.notes());
    }

    /** A page with more sections than this gets a table of contents at the top. */
    static final int TOC_MIN_SECTIONS = 6;
    /** A timeline with more events than this is folded into an expand macro. */
    static final int EXPAND_MIN_EVENTS = 16;

    /**
     * Table of contents from {@value #TOC_MIN_SECTIONS} sections (a screen of headings is where readers start
     * to scroll for the analysis); the timeline folded from {@value #EXPAND_MIN_EVENTS} events, titled with its
     * heading and the number of events, so the analysis after it is not pushed pages down.
     */
    private static PageView.Layout layout(PageView v, PageText w) {
        int sections = count(!v.shape().drawing().isEmpty(), !v.summary().isEmpty(), !v.impact().isEmpty(),
                !v.timeline().isEmpty(), !v.investigationPaths().isEmpty(),
                !v.rootCause().isEmpty() || !v.fiveWhys().isEmpty(), !v.contributingFactors().isEmpty(),
                !v.resolution().isEmpty(), !v.wentWell().isEmpty() || !v.wentWrong().isEmpty() || !v.gotLucky().isEmpty(),
                !v.lessonsLearned().isEmpty(), !v.countermeasures().isEmpty(), !v.ideas().isEmpty(),
                !v.relatedIncidents().isEmpty() || !v.relatedPostMortems().isEmpty(), !v.notes().isEmpty());
        String expand = v.timeline().size() >= EXPAND_MIN_EVENTS
                ? XmlText.escape(w.text("heading.timeline") + " (" + v.timeline().size() + ")") : "";
        return new PageView.Layout(sections >= TOC_MIN_SECTIONS, expand);
    }

    private static int count(boolean... present) {
        int n = 0;
        for (boolean p : present) {
            n += p ? 1 : 0;
        }
        return n;
    }

    private static PageView.Shape shape(PostMortem doc, ZoneId zone, PageText w) {
        Optional<IncidentBar> bar = IncidentBar.of(doc.getTimes());
        if (bar.isEmpty()) {
            return new PageView.Shape("", List.of());
        }
        Map<IncidentBar.Kind, String> labels = new EnumMap<>(IncidentBar.Kind.class);
        for (IncidentBar.Kind kind : IncidentBar.Kind.values()) {
            labels.put(kind, w.text(SHAPE_LABELS.get(kind)));
        }
        Map<IncidentBar.Kind, Character> letters = IncidentBar.letters(labels);
        String drawing = String.join("\n",
                bar.get().drawing(letters, w.text("shape.incident"), w.text("fact.userImpact")));
        List<PageView.LegendRow> legend = bar.get().marks().stream()
                .map(m -> new PageView.LegendRow(String.valueOf(letters.get(m.kind())),
                        XmlText.escape(labels.get(m.kind())), TimeFormat.format(m.at(), zone),
                        m.kind() == IncidentBar.Kind.STARTED ? "" : "+" + Durations.format(m.sinceStart())))
                .toList();
        return new PageView.Shape(XmlText.escape(drawing), legend);
    }

    private static final Map<IncidentBar.Kind, String> SHAPE_LABELS = Map.of(
            IncidentBar.Kind.STARTED, "fact.started",
            IncidentBar.Kind.FIRST_USER_IMPACT, "fact.firstUserImpact",
            IncidentBar.Kind.DETECTED, "fact.detected",
            IncidentBar.Kind.ACKNOWLEDGED, "fact.acknowledged",
            IncidentBar.Kind.MITIGATED, "fact.mitigated",
            IncidentBar.Kind.RESOLVED, "fact.resolved");

    /**
     * The facts table, which the Page Properties Report on the root page reads by row heading: the keys of
     * {@link PagePropertiesReport#HEADING_KEYS} must stay among these rows.
     */
    private static List<PageView.Row> facts(PostMortem doc, PublishTarget target, PageText w) {
        ZoneId zone = target.displayZone();
        IncidentTimes t = doc.getTimes();
        IncidentMetrics metrics = IncidentMetrics.of(t);
        List<PageView.Row> rows = new ArrayList<>();
        addIfPresent(rows, w, "fact.severity", Lozenges.severity(doc.getSeverity()));
        addIfPresent(rows, w, "fact.status", doc.getStatus() == null ? ""
                : Lozenges.status(doc.getStatus(), w.enumWord("status", doc.getStatus())));
        addIfPresent(rows, w, "fact.started", TimeFormat.format(t.getStarted(), zone));
        addIfPresent(rows, w, "fact.firstUserImpact", TimeFormat.format(t.getFirstUserImpact(), zone));
        addIfPresent(rows, w, "fact.firstUserReport", TimeFormat.format(t.getFirstUserReport(), zone));
        addIfPresent(rows, w, "fact.detected", TimeFormat.format(t.getDetected(), zone));
        addIfPresent(rows, w, "fact.acknowledged", TimeFormat.format(t.getAcknowledged(), zone));
        addIfPresent(rows, w, "fact.mitigated", TimeFormat.format(t.getMitigated(), zone));
        addIfPresent(rows, w, "fact.hotfix", TimeFormat.format(t.getHotfix(), zone));
        addIfPresent(rows, w, "fact.resolved", TimeFormat.format(t.getResolved(), zone));
        for (NamedTime named : t.getCustom()) {
            String name = XmlText.oneLine(named == null ? null : named.getName());
            if (named != null && named.getAt() != null && !name.isEmpty()) {
                rows.add(new PageView.Row(XmlText.escape(name), TimeFormat.format(named.getAt(), zone)));
            }
        }
        addIfPresent(rows, w, "fact.timeToDetect", duration(metrics.timeToDetect()));
        addIfPresent(rows, w, "fact.timeToAcknowledge", duration(metrics.timeToAcknowledge()));
        addIfPresent(rows, w, "fact.timeToMitigate", duration(metrics.timeToMitigate()));
        addIfPresent(rows, w, "fact.timeToResolve", duration(metrics.timeToResolve()));
        addIfPresent(rows, w, "fact.userImpact", duration(metrics.userImpactDuration()));
        Meeting meeting = doc.getMeeting();
        addIfPresent(rows, w, "fact.reviewDate", meeting.getReviewDate() == null ? ""
                : meeting.getReviewDate().toString());
        addIfPresent(rows, w, "fact.facilitator", XmlText.escape(XmlText.oneLine(meeting.getFacilitatedBy())));
        addIfPresent(rows, w, "fact.contact", XmlText.escape(XmlText.oneLine(meeting.getContact())));
        addIfPresent(rows, w, "fact.createdBy", XmlText.escape(XmlText.oneLine(meeting.getCreatedBy())));
        addIfPresent(rows, w, "fact.participants", joined(meeting.getParticipants()));
        addIfPresent(rows, w, "fact.services", joined(doc.getServices()));
        addIfPresent(rows, w, "fact.tags", joined(doc.getTags()));
        addIfPresent(rows, w, "fact.causeCategory", XmlText.escape(XmlText.oneLine(doc.getCauseCategory())));
        if (doc.getApproval() != null) { // only then: pages of unapproved post-mortems stay byte-identical
            rows.add(row(w, "fact.approvedBy",
                    XmlText.escape(XmlText.oneLine(doc.getApproval().getApproverName()))));
            rows.add(row(w, "fact.approvedAt", TimeFormat.format(doc.getApproval().getApprovedAt(), zone)));
        }
        String key = XmlText.oneLine(doc.getIssueKey());
        if (!key.isEmpty()) {
            rows.add(row(w, "fact.jiraIssue", issueLink(key, target)));
        }
        return List.copyOf(rows);
    }

    /** A row headed by the page text {@code labelKey} (escaped here: a translation is text, never markup). */
    private static PageView.Row row(PageText words, String labelKey, String value) {
        return new PageView.Row(words.escaped(labelKey), value);
    }

    private static String duration(Optional<Duration> d) {
        return d.map(Durations::format).map(XmlText::escape).orElse("");
    }

    private static String joined(List<String> values) {
        return values.stream().map(XmlText::oneLine).filter(s -> !s.isEmpty()).map(XmlText::escape)
                .collect(Collectors.joining(", "));
    }

    private static List<PageView.Row> impact(PostMortem doc, PageText w) {
        var impact = doc.getImpact();
        List<PageView.Row> rows = new ArrayList<>();
        addIfPresent(rows, w, "impact.who", RichText.inline(impact.getWhoAffected()));
        addIfPresent(rows, w, "impact.what", RichText.inline(impact.getWhatAffected()));
        addIfPresent(rows, w, "impact.business", RichText.inline(impact.getBusinessImpact()));
        if (impact.getCustomerFacing() != null) {
            rows.add(row(w, "impact.customerFacing", w.escaped(impact.getCustomerFacing() ? "yes" : "no")));
        }
        return List.copyOf(rows);
    }

    private static void addIfPresent(List<PageView.Row> rows, PageText words, String labelKey, String value) {
        if (!value.isEmpty()) {
            rows.add(row(words, labelKey, value));
        }
    }

    private static List<PageView.TimelineRow> timeline(PostMortem doc, ZoneId zone, PageText w) {
        Comparator<TimelineEvent> byTime = Comparator.comparing(
                (TimelineEvent e) -> e.getAt() == null ? null : e.getAt().toInstant(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return doc.getTimeline().stream()
                .filter(Objects::nonNull)
                .sorted(byTime)
                .map(e -> new PageView.TimelineRow(
                        TimeFormat.format(e.getAt(), zone),
                        e.getKind() == null ? "" : w.enumWord("eventKind", e.getKind()),
                        RichText.inline(e.getText()),
                        urlOrText(e.getEvidenceUrl()),
                        XmlText.escape(XmlText.oneLine(e.getAuthor()))))
                .toList();
    }

    /** Notes with a heading or text; a note without a heading is headed by nothing (its text still shows). */
    private static List<PageView.NoteRow> notes(PostMortem doc) {
        return doc.getNotes().stream()
                .filter(Objects::nonNull)
                .map(n -> new PageView.NoteRow(XmlText.escape(XmlText.oneLine(n.getHeading())),
                        RichText.block(n.getText())))
                .filter(n -> !n.heading().isEmpty() || !n.text().isEmpty())
                .toList();
    }

    private static List<String> items(List<String> values) {
        return values.stream().map(RichText::inline).filter(s -> !s.isEmpty()).toList();
    }

    /** A link when {@code raw} is a safe URL (shown as itself), otherwise the escaped text. */
    static String urlOrText(String raw) {
        return Links.safeUrl(raw)
                .map(u -> link(u, u))
                .orElseGet(() -> XmlText.escape(XmlText.oneLine(raw)));
    }

    private static String link(String href, String text) {
        return "<a href=\"" + XmlText.escape(href) + "\">" + XmlText.escape(text) + "</a>";
    }

    private static String issueLink(String key, PublishTarget target) {
        return Links.issueUrl(target.jiraBaseUrl(), key).map(u -> link(u, key)).orElseGet(() -> XmlText.escape(key));
    }

    private static List<String> related(List<String> values, PublishTarget target) {
        return values.stream()
                .map(XmlText::oneLine)
                .filter(s -> !s.isEmpty())
                .map(s -> Links.isIssueKey(s) ? issueLink(s, target) : urlOrText(s))
                .toList();
    }

    private static PageView.JiraMacro jiraMacro(PostMortem doc, PublishTarget target) {
        List<String> keys = doc.getCountermeasures().stream()
                .filter(Objects::nonNull)
                .map(c -> XmlText.oneLine(c.getIssueKey()))
                .filter(Links::isIssueKey)
                .distinct()
                .toList();
        String jql = keys.isEmpty() ? "" : "key in (" + String.join(",", keys) + ")";
        String serverId = XmlText.escape(XmlText.oneLine(target.jiraServerId()));
        return new PageView.JiraMacro(serverId, XmlText.escape(jql), Integer.toString(Math.max(20, keys.size())),
                JIRA_COLUMNS);
    }

    private static List<PageView.CountermeasureRow> countermeasures(PostMortem doc, PublishTarget target,
                                                                    PageText w) {
        Function<Countermeasure, String> key = c -> {
            String k = XmlText.oneLine(c.getIssueKey());
            return k.isEmpty() ? "" : issueLink(k, target);
        };
        return doc.getCountermeasures().stream()
                .filter(Objects::nonNull)
                .map(c -> new PageView.CountermeasureRow(
                        RichText.inline(c.getSummary()),
                        XmlText.escape(XmlText.oneLine(c.getOwner())),
                        c.getDueDate() == null ? "" : c.getDueDate().toString(),
                        c.getPriority() == null ? "" : w.enumWord("priority", c.getPriority()),
                        c.getKind() == null ? "" : w.enumWord("cmKind", c.getKind()),
                        c.getStatus() == null ? "" : w.enumWord("cmStatus", c.getStatus()),
                        key.apply(c)))
                .toList();
    }
}
