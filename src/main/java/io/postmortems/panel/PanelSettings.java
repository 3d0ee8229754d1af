package io.postmortems.panel;

import io.postmortems.core.model.CauseCategories;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.SeverityLevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the administrator configured that the panel's editor offers: the severity scheme (the severity select) and,
 * per severity id, the weeks from today a new countermeasure is due (its due date is pre-filled with it).
 *
 * @param severityLevels the scheme, most serious first
 * @param dueWeeks       per severity id, weeks until a new countermeasure is due
 * @param causeCategories the cause categories the author chooses from (the cause category select)
 * @param followThrough  when effectiveness checks and revisits fall due; null reads as the defaults
 */
public record PanelSettings(List<SeverityLevel> severityLevels, Map<String, Integer> dueWeeks,
                            List<String> causeCategories, FollowThroughPolicy followThrough) {
    /** Weeks until a new countermeasure is due when the severity has no setting (as ticket creation does). */
    public static final int FALLBACK_DUE_WEEKS = 8;

    public PanelSettings {
        severityLevels = List.copyOf(severityLevels);
        dueWeeks = Map.copyOf(dueWeeks);
        causeCategories = causeCategories == null ? CauseCategories.DEFAULTS : List.copyOf(causeCategories);
        followThrough = followThrough == null ? FollowThroughPolicy.defaults() : followThrough;
    }

    /** With the default cause categories and follow-through periods. */
    public PanelSettings(List<SeverityLevel> severityLevels, Map<String, Integer> dueWeeks) {
        this(severityLevels, dueWeeks, null, null);
    }

    /** With the default follow-through periods. */
    public PanelSettings(List<SeverityLevel> severityLevels, Map<String, Integer> dueWeeks,
                         List<String> causeCategories) {
        this(severityLevels, dueWeeks, causeCategories, null);
    }

    /** With the default cause categories. */
    public PanelSettings(List<SeverityLevel> severityLevels, Map<String, Integer> dueWeeks,
                         FollowThroughPolicy followThrough) {
        this(severityLevels, dueWeeks, null, followThrough);
    }

    /** The default scheme SEV1-SEV4, due in 4 weeks for SEV1-2 and 8 for the rest (the app's default settings). */
    public static PanelSettings defaults() {
        Map<String, Integer> weeks = new LinkedHashMap<>();
        for (SeverityLevel level : SeverityLevel.defaults()) {
            weeks.put(level.id(), level.id().equals("SEV1") || level.id().equals("SEV2") ? 4 : 8);
        }
        return new PanelSettings(SeverityLevel.defaults(), weeks);
    }

    /** Weeks until a new countermeasure of a post-mortem of {@code severity} is due. */
    public int dueWeeksFor(String severity) {
        Integer weeks = severity == null ? null : dueWeeks.get(severity);
        return weeks == null ? FALLBACK_DUE_WEEKS : weeks;
    }
}
