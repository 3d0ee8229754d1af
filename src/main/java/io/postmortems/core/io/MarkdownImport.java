package io.postmortems.core.io;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureKind;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.Note;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Priority;
import io.postmortems.core.model.TimelineEvent;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Markdown post-mortem (the common shapes: headed sections, {@code Label: value} lines, key/value tables,
 * timeline and action-item tables) into a document. What maps nowhere is kept in {@code notes} under its heading and
 * listed in {@link Result#unmapped()}: no text is dropped silently. Host-free; never throws on any input.
 */
public final class MarkdownImport {
    /** The document and one line per piece of text kept in notes (heading: why). */
    public record Result(PostMortem document, List<String> unmapped) {
        public Result {
            unmapped = List.copyOf(unmapped);
        }
    }

    private enum Kind {
        METADATA, SUMMARY, IMPACT, TIMELINE, ROOT_CAUSE, FIVE_WHYS, TRIGGER, CONTRIBUTING, RESOLUTION, WENT_WELL,
        WENT_WRONG, LUCKY, LESSONS, ACTIONS, IDEAS, UNKNOWN
    }

    /** Heading keywords, tried in this order (the first match wins). */
    private static final Map<String, Kind> KEYWORDS = new LinkedHashMap<>();

    static {
        for (String k : List.of("went well", "go well")) {
            KEYWORDS.put(k, Kind.WENT_WELL);
        }
        for (String k : List.of("went wrong", "went badly", "went poorly", "didnt go well", "did not go well",
                "gone better", "could be improved")) {
            KEYWORDS.put(k, Kind.WENT_WRONG);
        }
        KEYWORDS.put("lucky", Kind.LUCKY);
        KEYWORDS.put("lesson", Kind.LESSONS);
        for (String k : List.of("action item", "countermeasure", "follow up", "followup", "corrective",
                "next steps", "actions")) {
            KEYWORDS.put(k, Kind.ACTIONS);
        }
        for (String k : List.of("timeline", "chronology", "sequence of events")) {
            KEYWORDS.put(k, Kind.TIMELINE);
        }
        KEYWORDS.put("five whys", Kind.FIVE_WHYS);
        KEYWORDS.put("5 whys", Kind.FIVE_WHYS);
        KEYWORDS.put("trigger", Kind.TRIGGER);
        KEYWORDS.put("contributing", Kind.CONTRIBUTING);
        KEYWORDS.put("cause", Kind.ROOT_CAUSE);
        for (String k : List.of("resolution", "mitigation", "recovery", "remediation", "how it was fixed")) {
            KEYWORDS.put(k, Kind.RESOLUTION);
        }
        KEYWORDS.put("impact", Kind.IMPACT);
        for (String k : List.of("summary", "description", "overview", "what happened")) {
            KEYWORDS.put(k, Kind.SUMMARY);
        }
        KEYWORDS.put("ideas", Kind.IDEAS);
        for (String k : List.of("meeting", "metadata", "incident details", "details")) {
            KEYWORDS.put(k, Kind.METADATA);
        }
    }

    private static final Pattern LABEL_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9 ()/'&-]{0,40}?)\\s*:\\s*(.*)$");
    private static final Pattern TIME = Pattern.compile("^(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}:\\d{2}(?::\\d{2})?)"
            + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[A-Za-z]+/[A-Za-z_]+)?$");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-\\d+");
    private static final Pattern SEVERITY = Pattern.compile("(?i)^sev(?:erity)?\\s*-?\\s*(\\d)\\b.*");
    private static final Pattern TIMES_IN = Pattern.compile(
            "(?i)\\btimes?(?:\\s+are)?(?:\\s+in)?\\s+(UTC|GMT|[A-Za-z]+/[A-Za-z_]+)\\b");

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** Text of a block with its soft line breaks as spaces; {@link #LINES} keeps them, for "Label: value" lines. */
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().stripNewlines(true).build();
    private static final TextContentRenderer LINES = TextContentRenderer.builder().build();

    /** Imports one Markdown text; never throws for any input. */
    public Result read(String markdown) {
        return new Run().read(markdown == null ? "" : markdown);
    }

    private record Section(String heading, Kind kind, List<Node> blocks) {
    }

    /** The state of one import: the document being built, the date and zone context, the notes. */
    private static final class Run {
        private final PostMortem doc = new PostMortem();
        private final List<String> unmapped = new ArrayList<>();
        private final Map<String, StringBuilder> notes = new LinkedHashMap<>();
        private LocalDate date;
        private String dateText;
        private boolean dateUsed;
        private ZoneId zone;

        Result read(String markdown) {
            List<Section> sections = new ArrayList<>();
            Section current = new Section("Introduction", Kind.METADATA, new ArrayList<>());
            sections.add(current);
            for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading) {
                    String text = render(LINES, heading).strip();
                    if (heading.getLevel() == 1 && doc.getTitle() == null) {
                        doc.setTitle(text);
                        continue;
                    }
                    current = new Section(text, classify(text), new ArrayList<>());
                    sections.add(current);
                } else {
                    current.blocks().add(node);
                }
            }
            // metadata first: it gives the date and zone the timeline's times are read in
            sections.stream().filter(s -> s.kind() == Kind.METADATA).forEach(this::metadataSection);
            sections.stream().filter(s -> s.kind() != Kind.METADATA).forEach(this::section);
            if (date != null && !dateUsed) {
                keep("Date", dateText, "no timeline time used it; kept in notes");
            }
            List<Note> kept = new ArrayList<>();
            notes.forEach((heading, text) -> kept.add(new Note(heading, text.toString())));
            doc.setNotes(kept);
            return new Result(doc, unmapped);
        }

        // ---- sections -------------------------------------------------------------------------------------------

        private void metadataSection(Section section) {
            for (Node block : section.blocks()) {
                if (block instanceof TableBlock table && columns(table) == 2) {
                    for (List<String> row : rows(table, true)) {
                        label(section.heading(), row.get(0), row.get(1));
                    }
                } else if (block instanceof Paragraph) {
                    labelLines(section.heading(), render(LINES, block).strip());
                } else {
                    keep(section.heading(), text(block), "not a 'Label: value' line; kept in notes");
                }
            }
        }

        /** Lines "Label: value" (continuation lines belong to the label above); other lines go to notes. */
        private void labelLines(String heading, String paragraph) {
            String label = null;
            StringBuilder value = new StringBuilder();
            for (String line : paragraph.split("\n")) {
                Matcher m = LABEL_LINE.matcher(line.strip());
                if (m.matches()) {
                    if (label != null) {
                        label(heading, label, value.toString().strip());
                    }
                    label = m.group(1).strip();
                    value = new StringBuilder(m.group(2));
                } else if (label != null) {
                    value.append(' ').append(line.strip());
                } else {
                    keep(heading, line, "not a 'Label: value' line; kept in notes");
                }
            }
            if (label != null) {
                label(heading, label, value.toString().strip());
            }
        }

        private void section(Section section) {
            switch (section.kind()) {
                case TIMELINE -> timeline(section);
                case ACTIONS -> actions(section);
                case SUMMARY, IMPACT, ROOT_CAUSE, RESOLUTION, TRIGGER -> {
                    for (Node block : section.blocks()) {
                        apply(section.kind(), section.heading(), text(block));
                    }
                }
                case FIVE_WHYS, CONTRIBUTING, WENT_WELL, WENT_WRONG, LUCKY, LESSONS, IDEAS -> {
                    for (Node block : section.blocks()) {
                        for (String entry : entries(block)) {
                            apply(section.kind(), section.heading(), entry);
                        }
                    }
                }
                default -> {
                    for (Node block : section.blocks()) {
                        keep(section.heading(), text(block), "no matching section in the document; kept in notes");
                    }
                }
            }
        }

        /** One piece of text into the field of its kind; an empty text maps to nothing. */
        private void apply(Kind kind, String heading, String text) {
            if (text.isBlank()) {
                return;
            }
            String lower = heading.toLowerCase(Locale.ROOT);
            switch (kind) {
                case SUMMARY -> doc.setSummary(join(doc.getSummary(), text));
                case IMPACT -> {
                    if (lower.contains("business")) {
                        doc.getImpact().setBusinessImpact(join(doc.getImpact().getBusinessImpact(), text));
                    } else if (lower.contains("customer") || lower.contains("who")) {
                        doc.getImpact().setWhoAffected(join(doc.getImpact().getWhoAffected(), text));
                    } else {
                        doc.getImpact().setWhatAffected(join(doc.getImpact().getWhatAffected(), text));
                    }
                }
                case ROOT_CAUSE -> doc.getRootCause().setDescription(join(doc.getRootCause().getDescription(), text));
                case RESOLUTION -> doc.setResolution(join(doc.getResolution(), text));
                case TRIGGER -> doc.getContributingFactors().add("Trigger: " + text);
                case FIVE_WHYS -> doc.getRootCause().getFiveWhys().add(text);
                case CONTRIBUTING -> doc.getContributingFactors().add(text);
                case WENT_WELL -> doc.getWentWell().add(text);
                case WENT_WRONG -> doc.getWentWrong().add(text);
                case LUCKY -> doc.getGotLucky().add(text);
                case LESSONS -> doc.getLessonsLearned().add(text);
                case IDEAS -> doc.getIdeas().add(text);
                default -> keep(heading, text, "no matching section in the document; kept in notes");
            }
        }

        /** A {@code Label: value} pair: a known metadata key, else a section named by the label, else notes. */
        private void label(String heading, String label, String value) {
            String key = normalise(label);
            if (value.isBlank()) {
                return;
            }
            switch (key) {
                case "title" -> doc.setTitle(doc.getTitle() == null ? value : doc.getTitle());
                case "date", "incident date" -> {
                    Optional<LocalDate> day = date(value);
                    if (day.isPresent() && date == null) {
                        date = day.get();
                        dateText = label + ": " + value;
                    } else {
                        keep(heading, label + ": " + value, "not a date (yyyy-mm-dd); kept in notes");
                    }
                }
                case "time zone", "timezone", "zone" -> {
                    Optional<ZoneId> id = zone(value);
                    if (id.isPresent()) {
                        zone = id.get();
                        doc.setTimeZone(zone.getId());
                    } else {
                        keep(heading, label + ": " + value, "not a time zone id; kept in notes");
                    }
                }
                case "authors", "author", "written by", "created by" -> doc.getMeeting().setCreatedBy(value);
                case "facilitator", "facilitated by", "moderator" -> doc.getMeeting().setFacilitatedBy(value);
                case "participants", "attendees" -> doc.getMeeting().setParticipants(list(value));
                case "contact", "owner", "incident owner" -> doc.getMeeting().setContact(value);
                case "review date", "meeting date", "review" -> {
                    Optional<LocalDate> day = date(value);
                    if (day.isPresent()) {
                        doc.getMeeting().setReviewDate(day.get());
                    } else {
                        keep(heading, label + ": " + value, "not a date (yyyy-mm-dd); kept in notes");
                    }
                }
                case "severity", "sev" -> {
                    Matcher m = SEVERITY.matcher(value.strip());
                    if (m.matches() || value.strip().matches("\\d")) {
                        doc.setSeverity("SEV" + (m.matches() ? m.group(1) : value.strip()));
                    } else {
                        keep(heading, label + ": " + value, "not a severity like SEV2; kept in notes");
                    }
                }
                case "services", "service", "affected services" -> doc.getServices().addAll(list(value));
                case "tags" -> doc.getTags().addAll(list(value));
                case "incident", "incidents", "ticket", "jira", "related incidents" -> {
                    Matcher m = ISSUE_KEY.matcher(value);
                    List<String> keys = new ArrayList<>();
                    while (m.find()) {
                        keys.add(m.group());
                    }
                    if (keys.isEmpty()) {
                        keep(heading, label + ": " + value, "no issue key like OPS-12; kept in notes");
                    } else {
                        doc.getRelatedIncidents().addAll(keys);
                    }
                }
                case "started", "start", "detected", "acknowledged", "mitigated", "resolved", "ended", "end" ->
                        time(heading, label, value);
                default -> {
                    Kind kind = classify(label);
                    if (kind == Kind.METADATA || kind == Kind.UNKNOWN || kind == Kind.TIMELINE
                            || kind == Kind.ACTIONS) {
                        keep(label, value, "no matching section in the document; kept in notes");
                    } else if (kind == Kind.SUMMARY || kind == Kind.IMPACT || kind == Kind.ROOT_CAUSE
                            || kind == Kind.RESOLUTION || kind == Kind.TRIGGER) {
                        apply(kind, label, value);
                    } else {
                        for (String entry : value.split("\n")) {
                            apply(kind, label, entry.replaceFirst("^\\s*[-*]\\s+", "").strip());
                        }
                    }
                }
            }
        }

        private void time(String heading, String label, String value) {
            Optional<OffsetDateTime> at = instant(value);
            if (at.isEmpty()) {
                keep(heading, label + ": " + value, "not a date and time with a zone; kept in notes");
                return;
            }
            Consumer<OffsetDateTime> setter = switch (normalise(label)) {
                case "started", "start" -> doc.getTimes()::setStarted;
                case "detected" -> doc.getTimes()::setDetected;
                case "acknowledged" -> doc.getTimes()::setAcknowledged;
                case "mitigated" -> doc.getTimes()::setMitigated;
                default -> doc.getTimes()::setResolved;
            };
            setter.accept(at.get());
        }

        // ---- timeline --------------------------------------------------------------------------------------------

        private void timeline(Section section) {
            for (Node block : section.blocks()) {
                if (block instanceof TableBlock table) {
                    List<String> header = rows(table, false).isEmpty() ? List.of() : rows(table, false).get(0);
                    int time = column(header, 0, "time", "when", "date");
                    int what = column(header, time == 0 ? 1 : 0, "event", "description", "what", "action", "text");
                    int who = column(header, -1, "who", "author", "by");
                    for (List<String> row : rows(table, true)) {
                        StringBuilder text = new StringBuilder(cell(row, what));
                        for (int i = 0; i < row.size(); i++) {
                            if (i != time && i != what && i != who && !row.get(i).isBlank()) {
                                text.append(" (").append(cell(header, i)).append(": ").append(row.get(i)).append(')');
                            }
                        }
                        event(section.heading(), cell(row, time), text.toString(), who < 0 ? null : cell(row, who));
                    }
                } else if (block instanceof ListBlock) {
                    for (String item : entries(block)) {
                        String[] parts = item.split("\\s+[-\u2013\u2014]\\s+|(?<=\\d)\\s*[:|]\\s+", 2);
                        event(section.heading(), parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", null);
                    }
                } else {
                    String text = text(block);
                    Matcher m = TIMES_IN.matcher(text);
                    Optional<ZoneId> id = m.find() ? zone(m.group(1)) : Optional.empty();
                    if (id.isPresent() && zone == null) {
                        zone = id.get();
                        doc.setTimeZone(doc.getTimeZone() == null ? zone.getId() : doc.getTimeZone());
                    } else {
                        keep(section.heading(), text, "not a timeline table or list; kept in notes");
                    }
                }
            }
        }

        private void event(String heading, String time, String text, String author) {
            Optional<OffsetDateTime> at = instant(time);
            if (at.isEmpty() || text.isBlank()) {
                keep(heading, time + " | " + text, at.isEmpty()
                        ? "'" + time + "' is not a time with a date and zone; kept in notes"
                        : "an entry without text; kept in notes");
                return;
            }
            TimelineEvent event = new TimelineEvent();
            event.setAt(at.get());
            event.setText(text);
            event.setAuthor(author == null || author.isBlank() ? null : author);
            doc.getTimeline().add(event);
        }

        // ---- countermeasures --------------------------------------------------------------------------------------

        private void actions(Section section) {
            for (Node block : section.blocks()) {
                if (block instanceof TableBlock table) {
                    List<String> header = rows(table, false).get(0);
                    int what = column(header, 0, "action", "item", "description", "summary", "task", "what");
                    int owner = column(header, -1, "owner", "assignee", "who", "responsible");
                    int due = column(header, -1, "due", "deadline", "by when", "date");
                    int kind = column(header, -1, "type", "kind", "category");
                    int priority = column(header, -1, "priority");
                    int status = column(header, -1, "status", "state");
                    for (List<String> row : rows(table, true)) {
                        countermeasure(section.heading(), header, row, what, owner, due, kind, priority, status);
                    }
                } else if (block instanceof ListBlock) {
                    for (String item : entries(block)) {
                        Countermeasure c = new Countermeasure();
                        c.setSummary(item);
                        doc.getCountermeasures().add(c);
                    }
                } else {
                    keep(section.heading(), text(block), "not an action-item table or list; kept in notes");
                }
            }
        }

        private void countermeasure(String heading, List<String> header, List<String> row, int what, int owner,
                                    int due, int kind, int priority, int status) {
            Countermeasure c = new Countermeasure();
            StringBuilder summary = new StringBuilder(cell(row, what));
            List<String> notMapped = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i).strip();
                if (i == what || value.isEmpty()) {
                    continue;
                }
                boolean mapped = true;
                if (i == owner) {
                    c.setOwner(value);
                } else if (i == due) {
                    Optional<LocalDate> day = date(value);
                    day.ifPresent(c::setDueDate);
                    mapped = day.isPresent();
                } else if (i == kind) {
                    Optional<CountermeasureKind> k = kind(value);
                    k.ifPresent(c::setKind);
                    mapped = k.isPresent();
                } else if (i == priority) {
                    Optional<Priority> p = priority(value);
                    p.ifPresent(c::setPriority);
                    mapped = p.isPresent();
                } else if (i == status) {
                    Optional<CountermeasureStatus> s = status(value);
                    s.ifPresent(c::setStatus);
                    mapped = s.isPresent();
                } else {
                    mapped = false;
                }
                if (!mapped) {
                    summary.append(" (").append(cell(header, i)).append(": ").append(value).append(')');
                    notMapped.add(cell(header, i) + " '" + value + "'");
                }
            }
            c.setSummary(summary.toString().strip());
            doc.getCountermeasures().add(c);
            if (!notMapped.isEmpty()) {
                unmapped.add(heading + ": " + String.join(", ", notMapped) + " of '" + cell(row, what)
                        + "' fit no countermeasure field; kept in its summary");
            }
        }

        // ---- notes -------------------------------------------------------------------------------------------------

        private void keep(String heading, String text, String why) {
            if (text == null || text.isBlank()) {
                return;
            }
            StringBuilder note = notes.computeIfAbsent(heading, h -> new StringBuilder());
            if (note.length() > 0) {
                note.append("\n\n");
            }
            note.append(text.strip());
            String line = heading + ": " + why;
            if (!unmapped.contains(line)) {
                unmapped.add(line);
            }
        }

        // ---- values ------------------------------------------------------------------------------------------------

        private Optional<OffsetDateTime> instant(String value) {
            String v = value.strip();
            try {
                return Optional.of(OffsetDateTime.parse(v));
            } catch (DateTimeParseException e) {
                // not ISO with an offset; try the looser shapes below
            }
            Matcher m = TIME.matcher(v);
            if (!m.matches()) {
                return Optional.empty();
            }
            LocalDate day = m.group(1) == null ? date : date(m.group(1)).orElse(null);
            ZoneId at = m.group(3) == null ? zone : zone(m.group(3)).orElse(null);
            if (day == null || at == null) {
                return Optional.empty();
            }
            try {
                String t = m.group(2).indexOf(':') == 1 ? "0" + m.group(2) : m.group(2);
                LocalDateTime local = LocalDateTime.of(day, LocalTime.parse(t));
                if (m.group(1) == null) {
                    dateUsed = true;
                }
                return Optional.of(local.atZone(at).toOffsetDateTime());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    // ---- shared helpers (no state) ------------------------------------------------------------------------------------

    private static Kind classify(String heading) {
        String h = normalise(heading);
        for (Map.Entry<String, Kind> keyword : KEYWORDS.entrySet()) {
            if (h.contains(keyword.getKey())) {
                return keyword.getValue();
            }
        }
        return Kind.UNKNOWN;
    }

    /** Lower case, without numbering, punctuation or apostrophes: "2. What Didn't Go Well?" -> "what didnt go well". */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9 ]", " ").replaceAll("^\\s*\\d+\\s+", "").replaceAll("\\s+", " ").strip();
    }

    private static String join(String before, String text) {
        return before == null ? text : before + "\n\n" + text;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[,;\n]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("UTC") || v.equalsIgnoreCase("GMT") || v.equals("Z")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        try {
            return Optional.of(v.matches("[+-]\\d{4}") ? ZoneOffset.of(v.substring(0, 3) + ":" + v.substring(3))
                    : ZoneId.of(v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<CountermeasureKind> kind(String value) {
        String v = normalise(value);
        if (v.startsWith("prevent")) {
            return Optional.of(CountermeasureKind.PREVENT);
        } else if (v.startsWith("detect")) {
            return Optional.of(CountermeasureKind.DETECT);
        } else if (v.startsWith("mitigat")) {
            return Optional.of(CountermeasureKind.MITIGATE);
        } else if (v.startsWith("process")) {
            return Optional.of(CountermeasureKind.PROCESS);
        }
        return Optional.empty();
    }

    private static Optional<Priority> priority(String value) {
        String v = normalise(value);
        Matcher p = Pattern.compile("^p([0-4])$").matcher(v);
        if (p.matches()) {
            return Optional.of(Priority.values()[Integer.parseInt(p.group(1))]);
        }
        for (Priority priority : Priority.values()) {
            if (priority.name().equalsIgnoreCase(v)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    private static Optional<CountermeasureStatus> status(String value) {
        String v = normalise(value);
        return switch (v) {
            case "open", "todo", "to do", "not started", "new" -> Optional.of(CountermeasureStatus.OPEN);
            case "in progress", "started", "doing" -> Optional.of(CountermeasureStatus.IN_PROGRESS);
            case "done", "closed", "fixed", "complete", "completed" -> Optional.of(CountermeasureStatus.DONE);
            case "wont do", "wontfix", "wont fix", "dropped" -> Optional.of(CountermeasureStatus.WONT_DO);
            default -> Optional.empty();
        };
    }

    /** The index of the first header cell containing one of the words, else {@code fallback}. */
    private static int column(List<String> header, int fallback, String... words) {
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (String word : words) {
                if ((" " + h + " ").contains(" " + word + " ") || h.startsWith(word)) {
                    return i;
                }
            }
        }
        return fallback;
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    private static int columns(TableBlock table) {
        List<List<String>> all = rows(table, false);
        return all.isEmpty() ? 0 : all.get(0).size();
    }

    /** The table's rows as cell texts: the header row only ({@code body} false, as a one-row list) or the body rows. */
    private static List<List<String>> rows(TableBlock table, boolean body) {
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            boolean isHead = part instanceof org.commonmark.ext.gfm.tables.TableHead;
            if (isHead == body) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(children(cell).strip());
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** A list's items, or a paragraph (or anything else) as one entry. */
    private static List<String> entries(Node block) {
        List<String> entries = new ArrayList<>();
        if (block instanceof ListBlock) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    entries.add(children(item).strip());
                }
            }
        } else {
            entries.add(text(block));
        }
        return entries;
    }

    private static String children(Node node) {
        List<String> parts = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String text = render(TEXT, child);
            parts.add(node instanceof TableCell ? text : text.strip());
        }
        return String.join(node instanceof TableCell ? "" : "\n", parts);
    }

    private static String text(Node node) {
        if (node instanceof TableBlock table) {
            StringBuilder text = new StringBuilder();
            for (List<String> row : rows(table, false)) {
                text.append(String.join(" | ", row)).append('\n');
            }
            for (List<String> row : rows(table, true)) {
                text.append(String.join(" | ", row)).append('\n');
            }
            return text.toString().strip();
        }
        return render(TEXT, node).strip();
    }

    /**
     * The renderer's text of a node; a node nested deeper than {@link PostMortemCodec#MAX_NESTING} levels (which the
     * recursive renderer cannot take) gives its literal text instead, gathered without recursion.
     */
    private static String render(TextContentRenderer renderer, Node node) {
        if (depth(node) <= PostMortemCodec.MAX_NESTING) {
            return renderer.render(node);
        }
        StringBuilder text = new StringBuilder();
        Node n = node;
        while (n != null) {
            if (n instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (n instanceof org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            } else if (n instanceof org.commonmark.node.Block && text.length() > 0) {
                text.append(' ');
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != node && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == node ? null : n.getNext();
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static int depth(Node root) {
        int max = 0;
        int depth = 0;
        Node n = root;
        while (n != null) {
            max = Math.max(max, depth);
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            n = n == root ? null : n.getNext();
        }
        return max;
    }
}
