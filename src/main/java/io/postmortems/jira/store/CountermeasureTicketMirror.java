package io.postmortems.jira.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.DueDateTargets;
import io.postmortems.core.review.ReviewConfig;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The context of a countermeasure ticket as the issue property {@value #PROPERTY_KEY}, indexed for JQL (descriptor:
 * {@code countermeasure-index}): the post-mortem's key, severity and services, the countermeasure's kind, owner, due
 * date, its severity's target date, whether it is beyond the target, and whether it was overdue when last written.
 * Bounded like {@link PostMortemMirror}: far under Jira's 32 KB property limit.
 *
 * <p>{@code overdue} is as of the last write (the post-mortem's last save); JQL that must be exact today compares
 * the date instead: {@code issue.property[countermeasure].dueDate < startOfDay()}.
 */
public final class CountermeasureTicketMirror {
    public static final String PROPERTY_KEY = "countermeasure";

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /** The property JSON of every countermeasure that has a ticket, by ticket key, as of {@code today}. */
    public Map<String, String> toJson(PostMortem document, ReviewConfig config, LocalDate today) {
        Map<String, String> byTicket = new LinkedHashMap<>();
        for (Countermeasure cm : document.getCountermeasures()) {
            if (cm == null || cm.getIssueKey() == null || cm.getIssueKey().isBlank()) {
                continue;
            }
            byTicket.putIfAbsent(cm.getIssueKey().strip(), json(document, cm, config, today));
        }
        return byTicket;
    }

    private String json(PostMortem document, Countermeasure cm, ReviewConfig config, LocalDate today) {
        ObjectNode node = mapper.createObjectNode();
        putText(node, "postMortem", document.getIssueKey());
        putText(node, "severity", document.getSeverity());
        putText(node, "kind", cm.getKind() == null ? null : cm.getKind().name().toLowerCase(Locale.ROOT));
        ArrayNode services = node.putArray("services");
        Set<String> seen = new LinkedHashSet<>();
        for (String service : document.getServices()) {
            if (service != null && !service.isBlank() && seen.size() < PostMortemMirror.MAX_SERVICES) {
                seen.add(cap(service.strip()));
            }
        }
        seen.forEach(services::add);
        putText(node, "owner", cm.getOwner());
        if (cm.getDueDate() != null) {
            node.put("dueDate", cm.getDueDate().toString());
        }
        DueDateTargets.target(document, config).ifPresent(t -> node.put("targetDate", t.toString()));
        node.put("beyondTarget", DueDateTargets.isBeyondTarget(cm, document, config));
        boolean done = CountermeasureProgress.isDone(cm);
        node.put("overdue", CountermeasureProgress.isOverdue(cm, today, done));
        node.put("done", done);
        return node.toString();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, cap(value.strip()));
        }
    }

    private static String cap(String text) {
        if (text.length() <= PostMortemMirror.MAX_TEXT) {
            return text;
        }
        int end = PostMortemMirror.MAX_TEXT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
