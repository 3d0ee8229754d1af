package io.postmortems.core.metrics;

import io.postmortems.core.model.IncidentTimes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of an incident as a time bar from start to resolution, drawn in plain characters so it reads the same
 * on a Confluence page, in the Jira panel and in a terminal, with or without colour: each key time is a letter on
 * the bar at its share of the whole, the user impact a row of {@code #} under it.
 *
 * <pre>
 * Incident     S----D--A------M-----------R
 * User impact  I##############M
 * </pre>
 *
 * The letters, labels and times are the caller's (in the reader's language and zone); this class only places them.
 * There is a bar only when start and resolution are known and in order; a key time outside that window (which the
 * review reports) is left off the bar.
 */
public final class IncidentBar {
    /** Characters between the start and the resolution mark. */
    public static final int WIDTH = 48;

    /** The key times a bar marks, in the order they usually happen. */
    public enum Kind { STARTED, FIRST_USER_IMPACT, DETECTED, ACKNOWLEDGED, MITIGATED, RESOLVED }

    /** A mark: which key time, when, and how long after the start. */
    public record Mark(Kind kind, OffsetDateTime at, Duration sinceStart) {
    }

    private final List<Mark> marks;
    private final Duration total;
    private final Mark impactStart;
    private final Mark impactEnd;

    private IncidentBar(List<Mark> marks, Duration total, Mark impactStart, Mark impactEnd) {
        this.marks = List.copyOf(marks);
        this.total = total;
        this.impactStart = impactStart;
        this.impactEnd = impactEnd;
    }

    /** The bar of these times, or empty without a start before the resolution. */
    public static Optional<IncidentBar> of(IncidentTimes t) {
        OffsetDateTime start = t.getStarted();
        OffsetDateTime end = t.getResolved();
        if (start == null || end == null || !start.toInstant().isBefore(end.toInstant())) {
            return Optional.empty();
        }
        Duration total = Duration.between(start.toInstant(), end.toInstant());
        List<Mark> marks = new ArrayList<>();
        add(marks, Kind.STARTED, start, start, end);
        add(marks, Kind.FIRST_USER_IMPACT, t.getFirstUserImpact(), start, end);
        add(marks, Kind.DETECTED, t.getDetected(), start, end);
        add(marks, Kind.ACKNOWLEDGED, t.getAcknowledged(), start, end);
        add(marks, Kind.MITIGATED, t.getMitigated(), start, end);
        add(marks, Kind.RESOLVED, end, start, end);
        marks.sort(Comparator.comparing(Mark::sinceStart)); // stable: ties keep the usual order
        Mark from = find(marks, Kind.FIRST_USER_IMPACT).orElse(marks.get(0));
        Mark to = find(marks, Kind.MITIGATED).orElse(marks.get(marks.size() - 1));
        boolean impact = from.sinceStart().compareTo(to.sinceStart()) < 0;
        return Optional.of(new IncidentBar(marks, total, impact ? from : null, impact ? to : null));
    }

    private static void add(List<Mark> marks, Kind kind, OffsetDateTime at, OffsetDateTime start,
                            OffsetDateTime end) {
        if (at != null && !at.toInstant().isBefore(start.toInstant()) && !at.toInstant().isAfter(end.toInstant())) {
            marks.add(new Mark(kind, at, Duration.between(start.toInstant(), at.toInstant())));
        }
    }

    private static Optional<Mark> find(List<Mark> marks, Kind kind) {
        return marks.stream().filter(m -> m.kind() == kind).findFirst();
    }

    /**
     * One letter per kind for a reader: the first letter of its label not taken by an earlier kind ("Started" S,
     * "Detected" D, ...; German "Erkannt" after "Erste Auswirkung" gets R), else a digit.
     */
    public static Map<Kind, Character> letters(Map<Kind, String> labels) {
        Map<Kind, Character> letters = new java.util.EnumMap<>(Kind.class);
        java.util.Set<Character> taken = new java.util.HashSet<>();
        int digit = 1;
        for (Kind kind : Kind.values()) {
            String label = labels.getOrDefault(kind, "");
            Character chosen = null;
            for (int i = 0; i < label.length() && chosen == null; i++) {
                char c = Character.toUpperCase(label.charAt(i));
                if (c >= 'A' && c <= 'Z' && !taken.contains(c)) {
                    chosen = c;
                }
            }
            if (chosen == null) {
                chosen = Character.forDigit(digit++, 10);
            }
            taken.add(chosen);
            letters.put(kind, chosen);
        }
        return letters;
    }

    /** The marks in time order (ties in the order of {@link Kind}). */
    public List<Mark> marks() {
        return marks;
    }

    /** Start to resolution. */
    public Duration total() {
        return total;
    }

    /** The user-impact window on the bar (first user impact, else start, to mitigation, else resolution). */
    public Optional<Duration> userImpact() {
        return impactStart == null ? Optional.empty()
                : Optional.of(impactEnd.sinceStart().minus(impactStart.sinceStart()));
    }

    /**
     * The two lines of the drawing: the incident with a letter per mark, and the user impact (left out when there
     * is none). Labels are padded to one column; a mark that would land on an earlier one moves right (or, at the
     * end, the earlier ones move left), so every letter stays visible and in order.
     *
     * @param letters   one letter per kind, e.g. {@code S, I, D, A, M, R}
     * @param incident  the label of the first line
     * @param impact    the label of the second line
     */
    public List<String> drawing(Map<Kind, Character> letters, String incident, String impact) {
        int[] columns = columns();
        int pad = Math.max(incident.length(), impact.length()) + 2;
        char[] bar = new char[WIDTH + 1];
        java.util.Arrays.fill(bar, '-');
        for (int i = 0; i < marks.size(); i++) {
            bar[columns[i]] = letters.getOrDefault(marks.get(i).kind(), '?');
        }
        List<String> lines = new ArrayList<>();
        lines.add(padded(incident, pad) + new String(bar));
        if (impactStart != null) {
            int from = columns[marks.indexOf(impactStart)];
            int to = columns[marks.indexOf(impactEnd)];
            char[] row = new char[to + 1];
            java.util.Arrays.fill(row, ' ');
            for (int c = from; c <= to; c++) {
                row[c] = '#';
            }
            row[from] = bar[from];
            row[to] = bar[to];
            lines.add(padded(impact, pad) + new String(row));
        }
        return List.copyOf(lines);
    }

    /** Column of each mark: its share of the whole, strictly increasing, within 0..WIDTH. */
    int[] columns() {
        int n = marks.size();
        int[] col = new int[n];
        double whole = total.toMillis();
        for (int i = 0; i < n; i++) {
            col[i] = (int) Math.round(marks.get(i).sinceStart().toMillis() / whole * WIDTH);
            if (i > 0 && col[i] <= col[i - 1]) {
                col[i] = col[i - 1] + 1;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int max = WIDTH - (n - 1 - i);
            if (col[i] > max) {
                col[i] = max;
            }
        }
        return col;
    }

    private static String padded(String label, int width) {
        StringBuilder s = new StringBuilder(label);
        while (s.length() < width) {
            s.append(' ');
        }
        return s.toString();
    }
}
