package io.postmortems.core.review;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.Impact;
import io.postmortems.core.model.Meeting;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.SeverityLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completeness: does the write-up hold what every reader needs? Start, detection and end times, who and what
 * was impacted, what went wrong, how it was fixed, the root cause, lessons and at least one committed
 * countermeasure with an owner and a due date. Which sections are required depends on the severity
 * ({@link ReviewConfig#requiredSectionsFor(String)}); a missing required section is an {@link Level#ERROR}, which
 * blocks publishing.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>level</th><th>path</th></tr>
 *   <tr><td>completeness.title.missing</td><td>error</td><td>title</td></tr>
 *   <tr><td>completeness.severity.missing / .unknown</td><td>error</td><td>severity</td></tr>
 *   <tr><td>completeness.&lt;section&gt;.missing</td><td>error</td><td>the section's field</td></tr>
 *   <tr><td>completeness.countermeasures.only-ideas</td><td>error</td><td>countermeasures</td></tr>
 *   <tr><td>completeness.countermeasure.summary/owner/due-date.missing</td><td>error</td>
 *       <td>countermeasures[i].summary/owner/dueDate</td></tr>
 *   <tr><td>completeness.countermeasure.due-date.before-start</td><td>error</td><td>countermeasures[i].dueDate</td></tr>
 *   <tr><td>completeness.countermeasure.duplicate</td><td>warning</td><td>countermeasures[i].summary</td></tr>
 *   <tr><td>completeness.countermeasure.overdue</td><td>hint</td><td>countermeasures[i].dueDate</td></tr>
 *   <tr><td>completeness.countermeasure.effectiveness.overdue</td><td>warning</td>
 *       <td>countermeasures[i].effectiveness</td></tr>
 *   <tr><td>completeness.idea.duplicates-countermeasure</td><td>hint</td><td>ideas[i]</td></tr>
 *   <tr><td>completeness.timeline.text-missing</td><td>warning</td><td>timeline[i].text</td></tr>
 * </table>
 */
public final class CompletenessRules {
    public static final String TITLE_MISSING = "completeness.title.missing";
    public static final String SEVERITY_MISSING = "completeness.severity.missing";
    public static final String SEVERITY_UNKNOWN = "completeness.severity.unknown";
    public static final String SUMMARY_MISSING = "completeness.summary.missing";
    public static final String IMPACT_MISSING = "completeness.impact.missing";
    public static final String STARTED_MISSING = "completeness.times.started.missing";
    public static final String DETECTED_MISSING = "completeness.times.detected.missing";
    public static final String RESOLVED_MISSING = "completeness.times.resolved.missing";
    public static final String TIMELINE_MISSING = "completeness.timeline.missing";
    public static final String INVESTIGATION_MISSING = "completeness.investigation.missing";
    public static final String ROOT_CAUSE_MISSING = "completeness.root-cause.missing";
    public static final String FIVE_WHYS_MISSING = "completeness.five-whys.missing";
    public static final String CONTRIBUTING_FACTORS_MISSING = "completeness.contributing-factors.missing";
    public static final String RESOLUTION_MISSING = "completeness.resolution.missing";
    public static final String WENT_WELL_MISSING = "completeness.went-well.missing";
    public static final String WENT_WRONG_MISSING = "completeness.went-wrong.missing";
    public static final String LESSONS_MISSING = "completeness.lessons.missing";
    public static final String COUNTERMEASURES_MISSING = "completeness.countermeasures.missing";
    public static final String ONLY_IDEAS = "completeness.countermeasures.only-ideas";
    public static final String MEETING_MISSING = "completeness.meeting.missing";
    public static final String CM_SUMMARY_MISSING = "completeness.countermeasure.summary.missing";
    public static final String CM_OWNER_MISSING = "completeness.countermeasure.owner.missing";
    public static final String CM_DUE_MISSING = "completeness.countermeasure.due-date.missing";
    public static final String CM_DUE_BEFORE_START = "completeness.countermeasure.due-date.before-start";
    public static final String CM_DUPLICATE = "completeness.countermeasure.duplicate";
    public static final String CM_OVERDUE = "completeness.countermeasure.overdue";
    /** A done countermeasure whose effectiveness check ({@code FollowThrough}) is due and not recorded. */
    public static final String CM_EFFECTIVENESS_OVERDUE = "completeness.countermeasure.effectiveness.overdue";
    public static final String IDEA_DUPLICATES_CM = "completeness.idea.duplicates-countermeasure";
    public static final String TIMELINE_TEXT_MISSING = "completeness.timeline.text-missing";

    static final List<String> CODES = List.of(TITLE_MISSING, SEVERITY_MISSING, SEVERITY_UNKNOWN, SUMMARY_MISSING,
            IMPACT_MISSING, STARTED_MISSING, DETECTED_MISSING, RESOLVED_MISSING, TIMELINE_MISSING,
            INVESTIGATION_MISSING, ROOT_CAUSE_MISSING, FIVE_WHYS_MISSING, CONTRIBUTING_FACTORS_MISSING,
            RESOLUTION_MISSING, WENT_WELL_MISSING, WENT_WRONG_MISSING, LESSONS_MISSING, COUNTERMEASURES_MISSING,
            ONLY_IDEAS, MEETING_MISSING, CM_SUMMARY_MISSING, CM_OWNER_MISSING, CM_DUE_MISSING, CM_DUE_BEFORE_START,
            CM_DUPLICATE, CM_OVERDUE, CM_EFFECTIVENESS_OVERDUE, IDEA_DUPLICATES_CM, TIMELINE_TEXT_MISSING);

    private CompletenessRules() {
    }

    static List<ReviewRule> rules(ReviewConfig config) {
        return List.of(
                CompletenessRules::title,
                (doc, out) -> severity(config, doc, out),
                (doc, out) -> requiredSections(config, doc, out),
                (doc, out) -> countermeasureDetails(config, doc, out),
                CompletenessRules::duplicates,
                CompletenessRules::timelineTexts);
    }

    private static void title(PostMortem doc, Findings out) {
        if (blank(doc.getTitle())) {
            out.error("title", TITLE_MISSING);
        }
    }

    private static void severity(ReviewConfig config, PostMortem doc, Findings out) {
        String severity = doc.getSeverity();
        if (blank(severity)) {
            out.error("severity", SEVERITY_MISSING, knownIds(config));
        } else if (config.severityLevels().stream().noneMatch(l -> l.id().equals(severity))) {
            out.error("severity", SEVERITY_UNKNOWN, severity, knownIds(config));
        }
    }

    private static String knownIds(ReviewConfig config) {
        return config.severityLevels().stream().map(SeverityLevel::id).collect(Collectors.joining(", "));
    }

    private static void requiredSections(ReviewConfig config, PostMortem doc, Findings out) {
        Set<Section> required = config.requiredSectionsFor(doc.getSeverity());
        // without a chosen severity the least serious level's sections apply (ReviewConfig), so the message names
        // that level rather than "?"
        List<SeverityLevel> levels = config.severityLevels();
        String sev = !blank(doc.getSeverity()) ? doc.getSeverity()
                : levels.isEmpty() ? "?" : levels.get(levels.size() - 1).id();
        for (Section section : Section.values()) {
            if (required.contains(section)) {
                checkSection(section, doc, sev, out);
            }
        }
    }

    private static void checkSection(Section section, PostMortem doc, String sev, Findings out) {
        switch (section) {
            case SUMMARY -> {
                if (blank(doc.getSummary())) {
                    out.error("summary", SUMMARY_MISSING, sev);
                }
            }
            case IMPACT -> {
                Impact impact = doc.getImpact();
                if (blank(impact.getWhoAffected()) && blank(impact.getWhatAffected())) {
                    out.error("impact.whoAffected", IMPACT_MISSING, sev);
                }
            }
            case KEY_TIMES -> {
                if (doc.getTimes().getStarted() == null) {
                    out.error("times.started", STARTED_MISSING, sev);
                }
                if (doc.getTimes().getDetected() == null) {
                    out.error("times.detected", DETECTED_MISSING, sev);
                }
                if (doc.getTimes().getResolved() == null) {
                    out.error("times.resolved", RESOLVED_MISSING, sev);
                }
            }
            case TIMELINE -> {
                if (doc.getTimeline().stream().noneMatch(e -> e != null && !blank(e.getText()))) {
                    out.error("timeline", TIMELINE_MISSING, sev);
                }
            }
            case INVESTIGATION -> listRequired(doc.getInvestigationPaths(), "investigationPaths",
                    INVESTIGATION_MISSING, sev, out);
            case ROOT_CAUSE -> {
                if (blank(doc.getRootCause().getDescription())) {
                    out.error("rootCause.description", ROOT_CAUSE_MISSING, sev);
                }
            }
            case FIVE_WHYS -> listRequired(doc.getRootCause().getFiveWhys(), "rootCause.fiveWhys",
                    FIVE_WHYS_MISSING, sev, out);
            case CONTRIBUTING_FACTORS -> listRequired(doc.getContributingFactors(), "contributingFactors",
                    CONTRIBUTING_FACTORS_MISSING, sev, out);
            case RESOLUTION -> {
                if (blank(doc.getResolution())) {
                    out.error("resolution", RESOLUTION_MISSING, sev);
                }
            }
            case WENT_WELL -> listRequired(doc.getWentWell(), "wentWell", WENT_WELL_MISSING, sev, out);
            case WENT_WRONG -> listRequired(doc.getWentWrong(), "wentWrong", WENT_WRONG_MISSING, sev, out);
            case LESSONS_LEARNED -> listRequired(doc.getLessonsLearned(), "lessonsLearned", LESSONS_MISSING,
                    sev, out);
            case COUNTERMEASURES -> {
                boolean any = doc.getCountermeasures().stream().anyMatch(c -> c != null && !blank(c.getSummary()));
                if (!any) {
                    boolean ideas = doc.getIdeas().stream().anyMatch(i -> !blank(i));
                    out.error("countermeasures", ideas ? ONLY_IDEAS : COUNTERMEASURES_MISSING, sev);
                }
            }
            case MEETING -> {
                Meeting m = doc.getMeeting();
                if (m.getReviewDate() == null || m.getParticipants().stream().allMatch(CompletenessRules::blank)) {
                    out.error(m.getReviewDate() == null ? "meeting.reviewDate" : "meeting.participants",
                            MEETING_MISSING, sev);
                }
            }
            default -> throw new IllegalStateException("section without a check: " + section);
        }
    }

    private static void listRequired(List<String> list, String path, String code, String sev, Findings out) {
        if (list.stream().allMatch(CompletenessRules::blank)) {
            out.error(path, code, sev);
        }
    }

    /** Each countermeasure is a commitment: a summary, an owner and a due date after the incident started. */
    private static void countermeasureDetails(ReviewConfig config, PostMortem doc, Findings out) {
        OffsetDateTime started = doc.getTimes().getStarted();
        LocalDate today = LocalDate.now(config.clock());
        List<Countermeasure> cms = doc.getCountermeasures();
        for (int i = 0; i < cms.size(); i++) {
            Countermeasure cm = cms.get(i);
            if (cm == null) {
                continue;
            }
            String base = "countermeasures[" + i + "]";
            String label = blank(cm.getSummary()) ? "#" + (i + 1) : cm.getSummary().strip();
            io.postmortems.core.followthrough.FollowThrough.effectivenessDueOn(cm, config.followThrough())
                    .filter(dueOn -> !dueOn.isAfter(today))
                    .ifPresent(dueOn -> out.warning(base + ".effectiveness", CM_EFFECTIVENESS_OVERDUE, label,
                            dueOn.toString()));
            if (blank(cm.getSummary())) {
                out.error(base + ".summary", CM_SUMMARY_MISSING, label);
            }
            if (blank(cm.getOwner())) {
                out.error(base + ".owner", CM_OWNER_MISSING, label);
            }
            LocalDate due = cm.getDueDate();
            if (due == null) {
                out.error(base + ".dueDate", CM_DUE_MISSING, label);
                continue;
            }
            // Compared in the incident's own offset: a due date is a calendar day where the incident happened.
            if (started != null && due.isBefore(started.toLocalDate())) {
                out.error(base + ".dueDate", CM_DUE_BEFORE_START, label, due.toString(),
                        started.toLocalDate().toString());
            } else if (CountermeasureProgress.isOverdue(cm, today, CountermeasureProgress.isDone(cm))) {
                out.hint(base + ".dueDate", CM_OVERDUE, label, due.toString());
            }
        }
    }

    /** Same summary once case, spacing and punctuation are ignored: the later one is probably a copy. */
    private static void duplicates(PostMortem doc, Findings out) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Countermeasure> cms = doc.getCountermeasures();
        for (int i = 0; i < cms.size(); i++) {
            Countermeasure cm = cms.get(i);
            if (cm == null || blank(cm.getSummary())) {
                continue;
            }
            String key = normalise(cm.getSummary());
            if (key.isEmpty()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(key, i);
            if (first != null) {
                out.warning("countermeasures[" + i + "].summary", CM_DUPLICATE, cm.getSummary().strip(),
                        "countermeasures[" + first + "]");
            }
        }
        List<String> ideas = doc.getIdeas();
        for (int i = 0; i < ideas.size(); i++) {
            if (blank(ideas.get(i))) {
                continue;
            }
            Integer cm = firstIndex.get(normalise(ideas.get(i)));
            if (cm != null) {
                out.hint("ideas[" + i + "]", IDEA_DUPLICATES_CM, ideas.get(i).strip(), "countermeasures[" + cm + "]");
            }
        }
    }

    private static void timelineTexts(PostMortem doc, Findings out) {
        for (int i = 0; i < doc.getTimeline().size(); i++) {
            var e = doc.getTimeline().get(i);
            if (e != null && blank(e.getText())) {
                out.warning("timeline[" + i + "].text", TIMELINE_TEXT_MISSING, String.valueOf(i + 1));
            }
        }
    }

    /** The one sameness rule for texts: {@link Ideas#normalise}. */
    static String normalise(String text) {
        return Ideas.normalise(text);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
