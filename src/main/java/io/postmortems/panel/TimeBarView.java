package io.postmortems.panel;

import io.postmortems.core.metrics.Durations;
import io.postmortems.core.metrics.IncidentBar;
import io.postmortems.core.model.IncidentTimes;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident's time bar as the panel shows it, in the viewer's language and zone: the two lines that
 * {@link IncidentBar} draws (every position is decided there) and one legend entry per mark. The panel's template
 * shows it through {@link PanelView}; the editor's script redraws it from the same view while the author changes the
 * key times ({@code POST /rest/postmortems/1.0/issue/{key}/timebar}), setting its plain texts as text. Immutable.
 */
public final class TimeBarView {
    /** A legend entry: the mark's letter and "Label time (+since start)". Plain text. */
    public record Mark(String letter, String text) {
    }

    private static final Map<IncidentBar.Kind, String> KEYS = Map.of(
            IncidentBar.Kind.STARTED, "started", IncidentBar.Kind.FIRST_USER_IMPACT, "firstUserImpact",
            IncidentBar.Kind.DETECTED, "detected", IncidentBar.Kind.ACKNOWLEDGED, "acknowledged",
            IncidentBar.Kind.MITIGATED, "mitigated", IncidentBar.Kind.RESOLVED, "resolved");

    private final List<String> lines;
    private final List<Mark> legend;

    private TimeBarView(List<String> lines, List<Mark> legend) {
        this.lines = List.copyOf(lines);
        this.legend = List.copyOf(legend);
    }

    /** The bar of {@code times} for a viewer in {@code zone} reading {@code text}; empty when there is none. */
    public static Optional<TimeBarView> of(IncidentTimes times, ZoneId zone, PanelText text) {
        return IncidentBar.of(times == null ? new IncidentTimes() : times).map(bar -> {
            Map<IncidentBar.Kind, String> labels = new EnumMap<>(IncidentBar.Kind.class);
            KEYS.forEach((kind, key) -> labels.put(kind, text.text("postmortems.panel.time." + key)));
            Map<IncidentBar.Kind, Character> letters = IncidentBar.letters(labels);
            List<String> lines = bar.drawing(letters, text.text("postmortems.panel.timeBar.incident"),
                    text.text("postmortems.panel.metric.userImpact"));
            List<Mark> legend = bar.marks().stream()
                    .map(m -> new Mark(String.valueOf(letters.get(m.kind())), labels.get(m.kind()) + " "
                            + PanelViews.format(m.at(), zone) + (m.kind() == IncidentBar.Kind.STARTED ? ""
                            : " (+" + Durations.format(m.sinceStart()) + ")")))
                    .toList();
            return new TimeBarView(lines, legend);
        });
    }

    /** The drawing's lines (incident, then user impact when there is one). Plain text. */
    public List<String> lines() {
        return lines;
    }

    /** One entry per mark, in time order. Plain text. */
    public List<Mark> legend() {
        return legend;
    }

    String drawing() {
        return String.join("\n", lines);
    }

    List<TimeRow> legendRows() {
        return legend.stream().map(m -> new TimeRow(m.letter(), m.text())).toList();
    }
}
