package io.postmortems.panel;

import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Revisit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panel's follow-through section: each done countermeasure's effectiveness check (due, or its outcome, and the
 * follow-up offered when it was not effective) and, once published, the next revisit and the revisits recorded. When
 * things fall due is {@link FollowThrough}'s rule. Immutable; every String getter is escaped.
 */
public final class FollowThroughView {
    private final List<EffectivenessRow> checks;
    private final boolean published;
    private final String revisitDueOnHtml;
    private final String revisitTextHtml;
    private final String dueCountTextHtml;
    private final boolean revisitDue;
    private final List<RevisitRow> revisits;
    private final int dueCount;

    private FollowThroughView(List<EffectivenessRow> checks, boolean published, String revisitDueOn,
                              boolean revisitDue, List<RevisitRow> revisits, PanelText text) {
        this.checks = List.copyOf(checks);
        this.published = published;
        this.revisitDueOnHtml = Html.escape(revisitDueOn);
        this.revisitDue = revisitDue;
        this.revisits = List.copyOf(revisits);
        this.dueCount = (int) checks.stream().filter(EffectivenessRow::isDue).count() + (revisitDue ? 1 : 0);
        this.revisitTextHtml = Html.escape(revisitDueOn == null || revisitDueOn.isEmpty() ? ""
                : text.text(revisitDue ? "postmortems.panel.followThrough.revisitDue"
                : "postmortems.panel.followThrough.revisitOn", List.of(revisitDueOn)));
        this.dueCountTextHtml = Html.escape(dueCount == 0 ? ""
                : text.text("postmortems.panel.followThrough.dueCount", List.of(Integer.toString(dueCount))));
    }

    static FollowThroughView of(PostMortem doc, FollowThroughPolicy policy, LocalDate today, ZoneId zone,
                                PanelText text) {
        List<EffectivenessRow> checks = new ArrayList<>();
        for (Countermeasure cm : doc.getCountermeasures()) {
            if (cm == null) {
                continue;
            }
            EffectivenessCheck check = cm.getEffectiveness();
            Optional<LocalDate> dueOn = FollowThrough.effectivenessDueOn(cm, policy);
            if (check == null && dueOn.isEmpty()) {
                continue;
            }
            String label = (cm.getIssueKey() == null ? "" : cm.getIssueKey() + " ")
                    + (cm.getSummary() == null ? "" : cm.getSummary());
            String outcome = check == null || check.getOutcome() == null ? ""
                    : text.text("postmortems.panel.followThrough.outcome." + check.getOutcome().name());
            String followUp = FollowThrough.followUpOf(doc, cm.getId())
                    .map(f -> f.getSummary() == null ? "-" : f.getSummary()).orElse("");
            boolean due = dueOn.map(d -> !d.isAfter(today)).orElse(false);
            String dueText = dueOn.map(d -> text.text(due ? "postmortems.panel.followThrough.checkDue"
                    : "postmortems.panel.followThrough.checkOn", List.of(d.toString()))).orElse("");
            checks.add(new EffectivenessRow(new EffectivenessRow.Parts(cm.getId(), label.strip(),
                    dueOn.map(LocalDate::toString).orElse(""), dueText, due,
                    check != null, outcome, lozenge(check), check == null ? ""
                    : recorded(text, check.getCheckedByName(), check.getCheckedAt(), zone),
                    check == null ? "" : check.getReason(), FollowThrough.offersFollowUp(doc, cm), followUp)));
        }
        List<RevisitRow> revisits = new ArrayList<>();
        for (Revisit r : doc.getRevisits()) {
            if (r != null) {
                revisits.add(new RevisitRow(recorded(text, r.getRevisitedByName(), r.getRevisitedAt(), zone),
                        yesNo(text, r.getStillAccurate()), yesNo(text, r.getCountermeasuresHolding()),
                        yesNo(text, r.getRecurred()), r.getNotes()));
            }
        }
        Optional<LocalDate> revisitDueOn = FollowThrough.revisitDueOn(doc, policy);
        return new FollowThroughView(checks, doc.getPage() != null, revisitDueOn.map(LocalDate::toString).orElse(""),
                FollowThrough.isRevisitDue(doc, policy, today), revisits, text);
    }

    private static String lozenge(EffectivenessCheck check) {
        if (check == null || check.getOutcome() == null) {
            return "";
        }
        return check.getOutcome() == EffectivenessOutcome.EFFECTIVE ? "aui-lozenge-success"
                : check.getOutcome() == EffectivenessOutcome.NOT_EFFECTIVE ? "aui-lozenge-error" : "aui-lozenge-moved";
    }

    private static String recorded(PanelText text, String name, OffsetDateTime at, ZoneId zone) {
        return text.text("postmortems.panel.followThrough.recorded", List.of(name == null ? "-" : name,
                at == null ? "-" : at.atZoneSameInstant(zone).toLocalDate().toString()));
    }

    private static String yesNo(PanelText text, Boolean answer) {
        return answer == null ? "-" : text.text(answer ? "postmortems.panel.followThrough.yes"
                : "postmortems.panel.followThrough.no");
    }

    /** Effectiveness checks of done countermeasures: due ones, coming ones and recorded outcomes, document order. */
    public List<EffectivenessRow> getChecks() { return checks; }
    public boolean isHasChecks() { return !checks.isEmpty(); }
    /** A page exists: revisits apply. */
    public boolean isPublished() { return published; }
    /** ISO day the next revisit falls due; "" while not published. */
    public String getRevisitDueOnHtml() { return revisitDueOnHtml; }
    public boolean isRevisitDue() { return revisitDue; }
    /** "Revisit due since DAY" or "Next revisit on DAY"; "" while not published. */
    public String getRevisitTextHtml() { return revisitTextHtml; }
    /** "N due"; "" when nothing is due. */
    public String getDueCountTextHtml() { return dueCountTextHtml; }
    public List<RevisitRow> getRevisits() { return revisits; }
    public boolean isHasRevisits() { return !revisits.isEmpty(); }
    /** Checks and revisit due today. */
    public int getDueCount() { return dueCount; }
    /** Anything to show at all. */
    public boolean isShown() { return !checks.isEmpty() || published; }
}
