package io.postmortems.publishing.render;

import io.postmortems.core.metrics.Durations;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The external summary as a page of its own, for readers outside the organisation: the summary's three parts, the
 * title, the severity and the start and end of the incident; nothing else of the post-mortem. Everything is built
 * from {@link #projection}, which copies exactly these fields into a new document, so no internal field (timeline,
 * root cause, people, countermeasures, tickets, services, notes, the issue key...) can reach the page, whatever the
 * renderer does with its input. Also writes the same content as Markdown and HTML for the CLI.
 *
 * <p>The summary's text is shown as plain text (markup appears as typed, never as markup): its review reads words
 * and could not judge an attribute.
 */
public final class ExternalSummaryPage implements PageRenderer {
    /** The one label of external pages (the post-mortem's own labels name services and tags). */
    public static final String LABEL = "incident-summary";
    /** Prefix of the projection's issue key: an opaque identity instead of the internal ticket key. */
    static final String IDENTITY_PREFIX = "external-";

    /**
     * The fields that leave the organisation, copied into a new document: title, severity, time zone, start and
     * resolution (detection and first impact too, for the page tree's year when the start is missing), the external
     * summary, and the external page published before (as the projection's {@code page}, so re-publishing updates
     * it). Its issue key is an opaque identity derived from the real one ({@value #IDENTITY_PREFIX} and 16 hex
     * characters of its SHA-256): the publisher records it on the page and names it in the page history.
     *
     * @param externalPage the external page published before, or null
     */
    public static PostMortem projection(PostMortem doc, io.postmortems.core.model.PublishedPage externalPage) {
        Objects.requireNonNull(doc, "doc");
        PostMortem out = new PostMortem();
        out.setIssueKey(identity(doc.getIssueKey()));
        out.setTitle(doc.getTitle());
        out.setSeverity(doc.getSeverity());
        out.setTimeZone(doc.getTimeZone());
        out.setStatus(null);
        IncidentTimes times = new IncidentTimes();
        times.setStarted(doc.getTimes().getStarted());
        times.setResolved(doc.getTimes().getResolved());
        out.setTimes(times);
        ExternalSummary from = doc.getExternalSummary();
        if (from != null) {
            ExternalSummary copy = new ExternalSummary();
            copy.setWhatHappened(from.getWhatHappened());
            copy.setImpact(from.getImpact());
            copy.setWhatWeChanged(from.getWhatWeChanged());
            out.setExternalSummary(copy); // allowed terms are the author's notes to the review, not page content
        }
        out.setPage(externalPage);
        return out;
    }

    private static String identity(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return null;
        }
        if (issueKey.startsWith(IDENTITY_PREFIX)) {
            return issueKey; // already a projection
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(issueKey.getBytes(StandardCharsets.UTF_8));
            return IDENTITY_PREFIX + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public RenderedPage render(PostMortem document, PublishTarget target) {
        Objects.requireNonNull(target, "target");
        Parts p = Parts.of(projection(document, null), target.displayZone(), target.pageLocale());
        StringBuilder body = new StringBuilder(2_048);
        body.append("<table><tbody>");
        for (String[] fact : p.facts()) {
            body.append("<tr><th>").append(XmlText.escape(fact[0])).append("</th><td>")
                    .append(fact[0].equals(p.severityLabel()) ? Lozenges.severity(fact[1]) : XmlText.escape(fact[1]))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
        for (String[] section : p.sections()) {
            body.append("<h2>").append(XmlText.escape(section[0])).append("</h2>")
                    .append(RichText.plainBlock(section[1]));
        }
        return new RenderedPage(p.title(), body.toString(), List.of(LABEL));
    }

    /** The external summary as Markdown: a heading, the facts as a list, one section per part. */
    public static String markdown(PostMortem document, ZoneId zone, Locale locale) {
        Parts p = Parts.of(projection(document, null), zone, locale);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(p.title())).append("\n\n");
        for (String[] fact : p.facts()) {
            out.append("- **").append(md(fact[0])).append(":** ").append(md(fact[1])).append('\n');
        }
        for (String[] section : p.sections()) {
            out.append("\n## ").append(md(section[0])).append("\n\n");
            for (String paragraph : paragraphs(section[1])) {
                out.append(md(paragraph).replace("\n", "  \n")).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The external summary as a standalone HTML document (UTF-8, no scripts, no external resources). */
    public static String html(PostMortem document, ZoneId zone, Locale locale) {
        Parts p = Parts.of(projection(document, null), zone, locale);
        StringBuilder out = new StringBuilder(2_048);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(XmlText.escape(locale.toLanguageTag()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(XmlText.escape(p.title()))
                .append("</title></head><body>\n<h1>").append(XmlText.escape(p.title())).append("</h1>\n<dl>");
        for (String[] fact : p.facts()) {
            out.append("<dt>").append(XmlText.escape(fact[0])).append("</dt><dd>").append(XmlText.escape(fact[1]))
                    .append("</dd>");
        }
        out.append("</dl>\n");
        for (String[] section : p.sections()) {
            out.append("<h2>").append(XmlText.escape(section[0])).append("</h2>\n")
                    .append(RichText.plainBlock(section[1]).replace("<br />", "<br>")).append('\n');
        }
        return out.append("</body></html>\n").toString();
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : XmlText.clean(text).strip().split("\\n[ \\t]*\\n\\s*")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * Markdown with its markup escaped, so the text shows as written: inline markup characters everywhere, and what
     * would start a heading, list or quote at the start of a line.
     */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&!".indexOf(c) >= 0 || lineStart && "#-+=".indexOf(c) >= 0) {
                out.append('\\');
            } else if (lineStart && Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    out.append(text, i, j).append('\\');
                    i = j - 1;
                    lineStart = false;
                    continue;
                }
            }
            out.append(c);
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return out.toString();
    }

    /**
     * What every output shows, as plain text (each output escapes it): the title, facts (label, value) and
     * sections (heading, text) that have a value.
     */
    private record Parts(String title, String severityLabel, List<String[]> facts, List<String[]> sections) {
        static Parts of(PostMortem projection, ZoneId zone, Locale locale) {
            PageText w = PageText.of(locale);
            ZoneId z = zone == null ? ZoneId.of("UTC") : zone;
            List<String[]> facts = new ArrayList<>();
            String severityLabel = w.text("fact.severity");
            String severity = XmlText.oneLine(projection.getSeverity());
            if (!severity.isEmpty()) {
                facts.add(new String[] {severityLabel, severity});
            }
            OffsetDateTime started = projection.getTimes().getStarted();
            OffsetDateTime resolved = projection.getTimes().getResolved();
            if (started != null) {
                facts.add(new String[] {w.text("fact.started"), TimeFormat.format(started, z)});
            }
            if (resolved != null) {
                facts.add(new String[] {w.text("fact.resolved"), TimeFormat.format(resolved, z)});
            }
            if (started != null && resolved != null && !resolved.isBefore(started)) {
                facts.add(new String[] {w.text("external.duration"),
                        Durations.format(Duration.between(started, resolved))});
            }
            List<String[]> sections = new ArrayList<>();
            ExternalSummary s = projection.getExternalSummary();
            if (s != null) {
                section(sections, w.text("external.heading.whatHappened"), s.getWhatHappened());
                section(sections, w.text("external.heading.impact"), s.getImpact());
                section(sections, w.text("external.heading.whatWeChanged"), s.getWhatWeChanged());
            }
            return new Parts(title(projection, z, w), severityLabel, facts, sections);
        }

        private static void section(List<String[]> sections, String heading, String text) {
            if (text != null && !XmlText.clean(text).isBlank()) {
                sections.add(new String[] {heading, text});
            }
        }

        /** {@code 2026-03-29 Title}: the date of the start, never the issue key (a ticket key is internal). */
        private static String title(PostMortem projection, ZoneId zone, PageText w) {
            OffsetDateTime started = projection.getTimes().getStarted();
            LocalDate date = started == null ? null : started.atZoneSameInstant(zone).toLocalDate();
            String text = XmlText.oneLine(projection.getTitle());
            String title = (date == null ? "" : date + " ")
                    + (text.isEmpty() ? XmlText.oneLine(w.text("external.untitled")) : text);
            return XmlText.truncate(title, StorageFormatRenderer.MAX_TITLE_LENGTH).strip();
        }
    }
}
