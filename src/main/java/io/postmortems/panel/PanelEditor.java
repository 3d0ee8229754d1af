package io.postmortems.panel;

import io.postmortems.core.review.DueDateTargets;
import io.postmortems.core.text.MessageText;

import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.NamedTime;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.SeverityLevel;
import io.postmortems.panel.EditField.Kind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The editor's inputs: one spec per document field the author types, in the order a write-up is told. The paths are
 * the ones the review rules name ({@code core/review/*Rules.java}), so a finding finds its input. Pure.
 */
final class PanelEditor {
    /** A datetime-local input's value: minutes, no zone. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    /** One input: document path, kind, whether it has a hint text, and how to read its value. */
    private record FieldSpec(String path, Kind kind, boolean hint, Function<PostMortem, Object> value) {
    }

    /** One group of inputs. */
    private record GroupSpec(String id, boolean hint, List<FieldSpec> fields) {
    }

    private static final List<String> KEY_TIMES = List.of("started", "detected", "firstUserImpact", "firstUserReport",
            "acknowledged", "mitigated", "hotfix", "resolved");

    private static final List<GroupSpec> GROUPS = List.of(
            new GroupSpec("overview", false, List.of(
                    new FieldSpec("title", Kind.TEXT, false, PostMortem::getTitle),
                    new FieldSpec("severity", Kind.CHOICE, true, PostMortem::getSeverity),
                    new FieldSpec("timeZone", Kind.TEXT, true, PostMortem::getTimeZone),
                    new FieldSpec("services", Kind.CSV, true, PostMortem::getServices),
                    new FieldSpec("tags", Kind.CSV, true, PostMortem::getTags),
                    new FieldSpec("relatedIncidents", Kind.ISSUES, true, PostMortem::getRelatedIncidents),
                    new FieldSpec("relatedPostMortems", Kind.CSV, true, PostMortem::getRelatedPostMortems))),
            new GroupSpec("times", true, KEY_TIMES.stream()
                    .map(name -> new FieldSpec("times." + name, Kind.DATETIME, false, d -> keyTime(d, name)))
                    .toList()),
            new GroupSpec("meeting", true, List.of(
                    new FieldSpec("meeting.reviewDate", Kind.DATE, false, d -> d.getMeeting().getReviewDate()),
                    new FieldSpec("meeting.facilitatedBy", Kind.TEXT, false, d -> d.getMeeting().getFacilitatedBy()),
                    new FieldSpec("meeting.contact", Kind.TEXT, true, d -> d.getMeeting().getContact()),
                    new FieldSpec("meeting.createdBy", Kind.TEXT, false, d -> d.getMeeting().getCreatedBy()),
                    new FieldSpec("meeting.participants", Kind.LIST, true, d -> d.getMeeting().getParticipants()))),
            new GroupSpec("impact", false, List.of(
                    new FieldSpec("impact.whoAffected", Kind.AREA, true, d -> d.getImpact().getWhoAffected()),
                    new FieldSpec("impact.whatAffected", Kind.AREA, true, d -> d.getImpact().getWhatAffected()),
                    new FieldSpec("impact.businessImpact", Kind.AREA, true, d -> d.getImpact().getBusinessImpact()),
                    new FieldSpec("impact.customerFacing", Kind.BOOLEAN, false,
                            d -> d.getImpact().getCustomerFacing()))),
            new GroupSpec("story", false, List.of(
                    new FieldSpec("summary", Kind.AREA, true, PostMortem::getSummary),
                    new FieldSpec("investigationPaths", Kind.LIST, true, PostMortem::getInvestigationPaths),
                    new FieldSpec("rootCause.description", Kind.AREA, true, d -> d.getRootCause().getDescription()),
                    new FieldSpec("rootCause.fiveWhys", Kind.LIST, true, d -> d.getRootCause().getFiveWhys()),
                    new FieldSpec("causeCategory", Kind.CHOICE, true, PostMortem::getCauseCategory),
                    new FieldSpec("contributingFactors", Kind.LIST, true, PostMortem::getContributingFactors),
                    new FieldSpec("resolution", Kind.AREA, true, PostMortem::getResolution))),
            new GroupSpec("reflection", true, List.of(
                    new FieldSpec("wentWell", Kind.LIST, false, PostMortem::getWentWell),
                    new FieldSpec("wentWrong", Kind.LIST, false, PostMortem::getWentWrong),
                    new FieldSpec("gotLucky", Kind.LIST, false, PostMortem::getGotLucky),
                    new FieldSpec("lessonsLearned", Kind.LIST, false, PostMortem::getLessonsLearned))),
            new GroupSpec("countermeasures", true, List.of(
                    new FieldSpec("ideas", Kind.LIST, true, PostMortem::getIdeas))),
            // optional, for readers outside the organisation; its own review (ExternalSummaryRules) names these paths
            new GroupSpec("externalSummary", true, List.of(
                    new FieldSpec("externalSummary.whatHappened", Kind.AREA, true,
                            d -> external(d, ExternalSummary::getWhatHappened)),
                    new FieldSpec("externalSummary.impact", Kind.AREA, true,
                            d -> external(d, ExternalSummary::getImpact)),
                    new FieldSpec("externalSummary.whatWeChanged", Kind.AREA, true,
                            d -> external(d, ExternalSummary::getWhatWeChanged)),
                    new FieldSpec("externalSummary.allowedTerms", Kind.CSV, true,
                            d -> external(d, ExternalSummary::getAllowedTerms)))));

    /** A part of the external summary, null while the document has none. */
    private static Object external(PostMortem doc, Function<ExternalSummary, Object> part) {
        return doc.getExternalSummary() == null ? null : part.apply(doc.getExternalSummary());
    }

    private PanelEditor() {
    }

    /** Every group of inputs with the document's current values. */
    static List<EditGroup> groups(PostMortem doc, PanelSettings settings, ZoneId zone, LocalDate today,
                                  PanelText text) {
        List<EditGroup> groups = new ArrayList<>();
        for (GroupSpec group : GROUPS) {
            List<EditField> fields = new ArrayList<>();
            for (FieldSpec spec : group.fields()) {
                fields.add(field(spec, doc, settings, zone, today, text));
            }
            String key = "postmortems.panel.group." + group.id();
            groups.add(new EditGroup(PanelViews.anchor(group.id()), text.text(key),
                    group.hint() ? text.text(key + ".hint", List.of(zone.getId())) : "", fields,
                    group.id().equals("times"), group.id().equals("countermeasures")));
        }
        return groups;
    }

    /**
     * Label and value of every overview and meeting field that has one, for the read-only summary (the title is
     * its heading, not a fact).
     */
    static List<TimeRow> facts(PostMortem doc, PanelSettings settings, ZoneId zone, PanelText text) {
        List<TimeRow> facts = new ArrayList<>();
        for (GroupSpec group : GROUPS.stream().filter(g -> g.id().equals("overview") || g.id().equals("meeting"))
                .toList()) {
            for (FieldSpec spec : group.fields()) {
                String shown = spec.kind() == Kind.CHOICE ? severityLabel(doc.getSeverity(), settings)
                        : display(spec.value().apply(doc), zone, ", ");
                if (!spec.path().equals("title") && !shown.isEmpty()) {
                    facts.add(new TimeRow(label(spec.path(), text), shown));
                }
            }
        }
        return facts;
    }

    /** The named key times ({@code times.custom[i]}), their times in the viewer's zone. */
    static List<NamedTimeRow> namedTimes(PostMortem doc, ZoneId zone) {
        List<NamedTimeRow> rows = new ArrayList<>();
        List<NamedTime> custom = doc.getTimes().getCustom();
        for (int i = 0; i < custom.size(); i++) {
            NamedTime t = custom.get(i);
            rows.add(new NamedTimeRow(i, t == null ? "" : t.getName(),
                    t == null ? "" : local(t.getAt(), zone)));
        }
        return rows;
    }

    static List<ChoiceOption> priorities(PanelText text) {
        List<ChoiceOption> options = new ArrayList<>();
        for (Priority p : Priority.values()) {
            options.add(new ChoiceOption(p.name(), text.text(MessageText.enumKey("priority", p)), false, null));
        }
        return options;
    }

    static List<ChoiceOption> countermeasureKinds(PanelText text) {
        List<ChoiceOption> options = new ArrayList<>();
        for (CountermeasureKind k : CountermeasureKind.values()) {
            options.add(new ChoiceOption(k.name(), text.text(MessageText.enumKey("cmKind", k)), false, null));
        }
        return options;
    }

    /** The recorded statuses of a countermeasure, in their shared words ({@code postmortems.enum.cmStatus.*}). */
    static List<ChoiceOption> countermeasureStatuses(PanelText text) {
        List<ChoiceOption> options = new ArrayList<>();
        for (CountermeasureStatus s : CountermeasureStatus.values()) {
            options.add(new ChoiceOption(s.name(), text.text(MessageText.enumKey("cmStatus", s)), false, null));
        }
        return options;
    }

    /** A datetime-local value of {@code at} in {@code zone}; "" for none. */
    static String local(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(LOCAL);
    }

    private static EditField field(FieldSpec spec, PostMortem doc, PanelSettings settings, ZoneId zone,
                                   LocalDate today, PanelText text) {
        Object value = spec.value().apply(doc);
        String shown = spec.kind() == Kind.DATETIME ? local((OffsetDateTime) value, zone)
                : display(value, zone, spec.kind() == Kind.CSV || spec.kind() == Kind.ISSUES ? ", " : "\n");
        List<ChoiceOption> options = switch (spec.kind()) {
            case CHOICE -> spec.path().equals("causeCategory") ? causeCategories(doc, settings, text)
                    : severities(doc, settings, today, text);
            case BOOLEAN -> List.of(new ChoiceOption("", text.text("postmortems.panel.choice.unsaid"),
                            value == null, null),
                    new ChoiceOption("true", text.text("postmortems.panel.choice.yes"), Boolean.TRUE.equals(value),
                            null),
                    new ChoiceOption("false", text.text("postmortems.panel.choice.no"), Boolean.FALSE.equals(value),
                            null));
            default -> List.of();
        };
        String key = "postmortems.panel.field." + spec.path();
        return new EditField(spec.path(), PanelViews.anchor(spec.path()), text.text(key),
                spec.hint() ? text.text(key + ".hint") : "", shown, spec.kind(), options);
    }

    private static String label(String path, PanelText text) {
        return text.text("postmortems.panel.field." + path);
    }

    /**
     * The severity select: "choose", each configured level, and a stored id the scheme no longer knows. Each level
     * carries the due date a new countermeasure gets under it, by the same rule the server uses.
     */
    private static List<ChoiceOption> severities(PostMortem doc, PanelSettings settings, LocalDate today,
                                                 PanelText text) {
        String current = doc.getSeverity();
        List<ChoiceOption> options = new ArrayList<>();
        options.add(new ChoiceOption("", text.text("postmortems.panel.choice.severity"), blank(current), null));
        boolean known = false;
        for (SeverityLevel level : settings.severityLevels()) {
            boolean selected = level.id().equals(current);
            known |= selected;
            int weeks = settings.dueWeeksFor(level.id());
            options.add(new ChoiceOption(level.id(), level.id() + " \u2014 " + level.name(), selected, weeks,
                    DueDateTargets.suggestedDueDate(doc, weeks, today)));
        }
        if (!blank(current) && !known) {
            options.add(new ChoiceOption(current, text.text("postmortems.panel.choice.severityUnknown",
                    List.of(current)), true, settings.dueWeeksFor(current),
                    DueDateTargets.suggestedDueDate(doc, settings.dueWeeksFor(current), today)));
        }
        return options;
    }

    /** The cause category select: "choose", each administered category, and a stored one no longer in the list. */
    private static List<ChoiceOption> causeCategories(PostMortem doc, PanelSettings settings, PanelText text) {
        String current = doc.getCauseCategory();
        List<ChoiceOption> options = new ArrayList<>();
        options.add(new ChoiceOption("", text.text("postmortems.panel.choice.causeCategory"), blank(current), null));
        for (String category : settings.causeCategories()) {
            options.add(new ChoiceOption(category, category, category.equals(current), null));
        }
        if (!blank(current) && !settings.causeCategories().contains(current)) {
            options.add(new ChoiceOption(current, text.text("postmortems.panel.choice.causeCategoryUnknown",
                    List.of(current)), true, null));
        }
        return options;
    }

    private static String severityLabel(String severity, PanelSettings settings) {
        if (blank(severity)) {
            return "";
        }
        return settings.severityLevels().stream().filter(l -> l.id().equals(severity)).findFirst()
                .map(l -> l.id() + " \u2014 " + l.name()).orElse(severity);
    }

    private static String display(Object value, ZoneId zone, String separator) {
        if (value instanceof List<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    sb.append(sb.length() == 0 ? "" : separator).append(item.toString().strip());
                }
            }
            return sb.toString();
        }
        if (value instanceof OffsetDateTime at) {
            return PanelViews.format(at, zone);
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return value == null ? "" : value.toString();
    }

    private static OffsetDateTime keyTime(PostMortem doc, String name) {
        var t = doc.getTimes();
        return switch (name) {
            case "started" -> t.getStarted();
            case "detected" -> t.getDetected();
            case "firstUserImpact" -> t.getFirstUserImpact();
            case "firstUserReport" -> t.getFirstUserReport();
            case "acknowledged" -> t.getAcknowledged();
            case "mitigated" -> t.getMitigated();
            case "hotfix" -> t.getHotfix();
            case "resolved" -> t.getResolved();
            default -> throw new IllegalArgumentException("no key time " + name);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
