package io.postmortems.publishing.render;

import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EffectivenessCheck;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Revisit;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The page's small follow-through section ({@code templates/confluence/followthrough.vm}, as {@code $f}): the
 * effectiveness recorded for each checked countermeasure (and the follow-up it led to), and the revisits. Every value
 * is storage format, escaped here; the template only prints. Public only because Velocity reflects on public types.
 *
 * @param checks   one row per countermeasure whose effectiveness was recorded, document order
 * @param revisits one row per revisit, oldest first
 */
public record FollowThroughSection(List<CheckRow> checks, List<RevisitRow> revisits) {
    public record CheckRow(String countermeasure, String outcome, String reason, String checked) {
    }

    public record RevisitRow(String revisited, String stillAccurate, String holding, String recurred, String notes) {
    }

    public boolean shown() {
        return !checks.isEmpty() || !revisits.isEmpty();
    }

    static FollowThroughSection of(PostMortem doc, ZoneId zone, PageText words) {
        List<CheckRow> checks = new ArrayList<>();
        for (Countermeasure cm : doc.getCountermeasures()) {
            EffectivenessCheck check = cm == null ? null : cm.getEffectiveness();
            if (check == null || check.getOutcome() == null) {
                continue;
            }
            String name = XmlText.oneLine(cm.getIssueKey()).isEmpty() ? XmlText.oneLine(cm.getSummary())
                    : XmlText.oneLine(cm.getIssueKey()) + " " + XmlText.oneLine(cm.getSummary());
            String followUp = FollowThrough.followUpOf(doc, cm.getId())
                    .map(f -> " (" + format(words, "ft.followUp", XmlText.oneLine(f.getSummary())) + ")").orElse("");
            checks.add(new CheckRow(XmlText.escape(name.strip()),
                    words.escaped("ft.outcome." + check.getOutcome().name()),
                    XmlText.escape(XmlText.oneLine(check.getReason()) + followUp),
                    XmlText.escape(by(words, check.getCheckedByName(), check.getCheckedAt(), zone))));
        }
        List<RevisitRow> revisits = new ArrayList<>();
        for (Revisit r : doc.getRevisits()) {
            if (r == null) {
                continue;
            }
            revisits.add(new RevisitRow(XmlText.escape(by(words, r.getRevisitedByName(), r.getRevisitedAt(), zone)),
                    yesNo(words, r.getStillAccurate()), yesNo(words, r.getCountermeasuresHolding()),
                    yesNo(words, r.getRecurred()), XmlText.escape(XmlText.oneLine(r.getNotes()))));
        }
        return new FollowThroughSection(List.copyOf(checks), List.copyOf(revisits));
    }

    private static String by(PageText words, String name, OffsetDateTime at, ZoneId zone) {
        return format(words, "ft.by", Objects.requireNonNullElse(XmlText.oneLine(name), "-"),
                at == null ? "-" : at.atZoneSameInstant(zone).toLocalDate().toString());
    }

    private static String format(PageText words, String key, Object... args) {
        return new MessageFormat(words.text(key).replace("'", "''"), words.locale()).format(args);
    }

    private static String yesNo(PageText words, Boolean answer) {
        return answer == null ? "-" : words.escaped(answer ? "ft.yes" : "ft.no");
    }
}
