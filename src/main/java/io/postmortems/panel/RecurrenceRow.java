package io.postmortems.panel;

import io.postmortems.core.metrics.EffectivenessCounts;
import io.postmortems.core.recurrence.Recurrence;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One earlier post-mortem in the panel's "Similar earlier incidents" block ({@link Recurrence}): its key and title
 * for the link, when it started (the viewer's zone), what it shares with this one, its open and overdue
 * countermeasures and how its effectiveness checks came out. Immutable; every String getter returns HTML-escaped text.
 */
public final class RecurrenceRow {
    private final String keyHtml;
    private final String titleHtml;
    private final String startedHtml;
    private final String sharedHtml;
    private final String openHtml;
    private final int overdue;
    private final String overdueHtml;
    private final String outcomesHtml;
    private final boolean hasOutcomes;

    private RecurrenceRow(String key, String title, String started, String shared, String open, int overdue,
                          String overdueText, String outcomes, boolean hasOutcomes) {
        this.keyHtml = Html.escape(key);
        this.titleHtml = Html.escape(title);
        this.startedHtml = Html.escape(started);
        this.sharedHtml = Html.escape(shared);
        this.openHtml = Html.escape(open);
        this.overdue = overdue;
        this.overdueHtml = Html.escape(overdueText);
        this.outcomesHtml = Html.escape(outcomes);
        this.hasOutcomes = hasOutcomes;
    }

    public String getKeyHtml() { return keyHtml; }
    public String getTitleHtml() { return titleHtml; }
    /** "Started 2026-03-01" in the viewer's zone. */
    public String getStartedHtml() { return startedHtml; }
    /** "service checkout, cause category change, tag dns" in the viewer's language. */
    public String getSharedHtml() { return sharedHtml; }
    /** "Open countermeasures: 2". */
    public String getOpenHtml() { return openHtml; }
    public int getOverdue() { return overdue; }
    public boolean isHasOverdue() { return overdue > 0; }
    /** "1 overdue". */
    public String getOverdueHtml() { return overdueHtml; }
    /** "Effectiveness: 1 effective, 0 not effective, 0 not verifiable", or that none was recorded. */
    public String getOutcomesHtml() { return outcomesHtml; }
    public boolean isHasOutcomes() { return hasOutcomes; }

    static List<RecurrenceRow> of(List<Recurrence.Match> matches, ZoneId zone, PanelText text) {
        List<RecurrenceRow> rows = new ArrayList<>();
        for (Recurrence.Match m : matches) {
            List<String> shared = new ArrayList<>();
            m.sharedServices().forEach(s -> shared.add(text.text("postmortems.panel.recurrence.service", List.of(s))));
            if (m.sharedCauseCategory() != null) {
                shared.add(text.text("postmortems.panel.recurrence.causeCategory", List.of(m.sharedCauseCategory())));
            }
            m.sharedTags().forEach(t -> shared.add(text.text("postmortems.panel.recurrence.tag", List.of(t))));
            EffectivenessCounts e = m.effectiveness();
            rows.add(new RecurrenceRow(m.issueKey(), m.title() == null ? "" : m.title(),
                    text.text("postmortems.panel.recurrence.started",
                            List.of(m.started().atZoneSameInstant(zone).toLocalDate().toString())),
                    String.join(", ", shared),
                    text.text("postmortems.panel.recurrence.open", List.of(String.valueOf(m.openCountermeasures()))),
                    m.overdue(), text.text("postmortems.panel.recurrence.overdue", List.of(String.valueOf(m.overdue()))),
                    e.any() ? text.text("postmortems.panel.recurrence.outcomes",
                            List.of(String.valueOf(e.effective()), String.valueOf(e.notEffective()),
                                    String.valueOf(e.notVerifiable())))
                            : text.text("postmortems.panel.recurrence.noOutcomes"),
                    e.any()));
        }
        return List.copyOf(rows);
    }
}
