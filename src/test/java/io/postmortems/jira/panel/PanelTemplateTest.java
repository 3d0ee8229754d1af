package io.postmortems.jira.panel;

import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.publish.PublishStatus;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PanelTemplateTest {
    /** A realistic sample, also used by the browser test and the preview. */
    public static PanelView sample() {
        PostMortem doc = new PostMortem();
        doc.setSeverity("SEV2");
        doc.getTimes().setStarted(OffsetDateTime.parse("2026-03-01T14:00:00+01:00"));
        doc.getTimes().setDetected(OffsetDateTime.parse("2026-03-01T14:12:00+01:00"));
        doc.getTimes().setResolved(OffsetDateTime.parse("2026-03-01T16:30:00+01:00"));
        doc.getTimeline().add(new TimelineEvent("e1", OffsetDateTime.parse("2026-03-01T14:12:00+01:00"),
                "Checkout error rate alert <fired>", EventKind.OBSERVATION));
        Countermeasure done = new Countermeasure("c1", "Add canary for payment config", "alice", LocalDate.of(2026, 3, 20));
        done.setIssueKey("PM-2");
        Countermeasure late = new Countermeasure("c2", "Alert on <script>alert(1)</script> rate", "bob", LocalDate.of(2026, 3, 10));
        late.setIssueKey("PM-3");
        Countermeasure pending = new Countermeasure("c3", "Runbook for rollback", "carol", null);
        doc.setCountermeasures(List.of(done, late, pending));
        ReviewReport report = new ReviewReport(List.of(
                new Finding(Level.ERROR, "rootCause.description", "completeness.missing-root-cause",
                        "postmortems.panel.review", List.of()),
                new Finding(Level.HINT, "timeline", "x", "postmortems.panel.timeline", List.of())));
        Map<String, TicketStatus> statuses = Map.of(
                "PM-2", new TicketStatus("PM-2", "s", "Done", true),
                "PM-3", new TicketStatus("PM-3", "s", "In Progress", false));
        PublishStatus publish = new PublishStatus(PublishStatus.State.PUBLISHED, "https://wiki.example/pages/1?a=1&b=2",
                4, null, Instant.parse("2026-03-02T10:00:00Z"), null);
        return PanelViews.build("PM-1", doc, 7, report, true, Optional.of(statuses), Optional.of(publish),
                ZoneId.of("America/New_York"), LocalDate.of(2026, 3, 15), new PanelPreview.BundleI18n(Locale.ENGLISH));
    }

    @Test
    public void build_shouldEscapeUserTextShowViewerZoneAndFlagOverdue() {
        PanelView view = sample();
        assertEquals("America/New_York", view.getZoneHtml());
        assertEquals("2026-03-01 08:00", view.getTimes().get(0).getValueHtml());
        assertEquals("12m", view.getDurations().get(0).getValueHtml());
        CountermeasureRow late = view.getCountermeasures().get(1);
        assertTrue(late.getSummaryHtml().contains("&lt;script&gt;"));
        assertTrue(late.isOverdue());
        assertFalse(view.getCountermeasures().get(0).isOverdue());
        assertEquals(1, view.getPendingCount());
        assertEquals("https://wiki.example/pages/1?a=1&amp;b=2", view.getPageUrlHtml());
        assertEquals("pm-field-rootCause-description", view.getFindings().get(0).getAnchorHtml());
    }

    @Test
    public void preview_shouldRenderTheTemplateWithoutRawUserMarkup() {
        String html = PanelPreview.render(sample());
        assertTrue(html.contains("id=\"pm-countermeasures\""));
        assertTrue(html.contains("Add canary for payment config"));
        assertFalse(html.contains("<script>alert"));
        assertFalse("every i18n key resolved", html.contains("postmortems.panel."));
        assertTrue(html.contains("Overdue"));
    }

    private static final Pattern FOREACH = Pattern.compile("#foreach\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\.(\\w+)\\s*\\)");
    private static final Pattern REF = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)");

    /** The methods the template calls on the view, resolved the way Velocity does (getX, then isX). */
    static Set<String> templateMethods(String template) throws NoSuchMethodException {
        StringBuilder code = new StringBuilder();
        for (String line : template.split("\n")) {
            if (!line.strip().startsWith("##")) {
                code.append(line).append('\n');
            }
        }
        Map<String, Class<?>> types = new HashMap<>();
        types.put("view", PanelView.class);
        Matcher loops = FOREACH.matcher(code);
        while (loops.find()) {
            Method list = getter(types.get(loops.group(2)), loops.group(3));
            types.put(loops.group(1), (Class<?>) ((ParameterizedType) list.getGenericReturnType())
                    .getActualTypeArguments()[0]);
        }
        Set<String> methods = new TreeSet<>();
        Matcher refs = REF.matcher(code);
        while (refs.find()) {
            if (refs.group(1).equals("i18n")) {
                continue;
            }
            Class<?> type = types.get(refs.group(1));
            assertTrue("unknown template variable $" + refs.group(1), type != null);
            methods.add(type.getName() + "#" + getter(type, refs.group(2)).getName() + "()");
        }
        return methods;
    }

    private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            return type.getMethod("get" + cap);
        } catch (NoSuchMethodException e) {
            return type.getMethod("is" + cap);
        }
    }

    @Test
    public void velocityAllowlist_shouldListExactlyTheGettersTheTemplateCalls() throws Exception {
        String template = Files.readString(Path.of("src/main/resources", PanelPreview.TEMPLATE));
        Set<String> used = templateMethods(template);
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("atlassian-plugin.xml.template").toFile());
        NodeList nodes = descriptor.getElementsByTagName("method");
        Set<String> allowed = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            allowed.add(nodes.item(i).getTextContent().trim());
        }
        assertTrue(used.size() > 20);
        assertEquals(used, allowed);
    }
}
