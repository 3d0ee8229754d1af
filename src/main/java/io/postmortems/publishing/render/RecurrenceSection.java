package io.postmortems.publishing.render;

import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.publishing.PublishTarget;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's "Related earlier post-mortems" ({@code templates/confluence/page.vm}, as {@code $r}): each earlier
 * post-mortem the host found ({@link PublishTarget#earlier()}) as a link to its Jira issue through the Jira base URL
 * (its key as text without one), the day it started and what it shares with this one. No titles: the page's readers
 * may not be the ones who may browse the earlier issues. Every value is storage format, escaped here. Public only
 * because Velocity reflects on public types.
 */
public record RecurrenceSection(List<String> items) {
    public boolean shown() {
        return !items.isEmpty();
    }

    static RecurrenceSection of(PublishTarget target, PageText words) {
        ZoneId zone = target.displayZone();
        List<String> items = new ArrayList<>();
        for (Recurrence.Match m : target.earlier()) {
            String key = XmlText.oneLine(m.issueKey());
            if (!Links.isIssueKey(key)) {
                continue;
            }
            String link = Links.issueUrl(target.jiraBaseUrl(), key)
                    .map(u -> "<a href=\"" + XmlText.escape(u) + "\">" + XmlText.escape(key) + "</a>")
                    .orElseGet(() -> XmlText.escape(key));
            List<String> shared = new ArrayList<>();
            m.sharedServices().forEach(s -> shared.add(format(words, "recurrence.service", XmlText.oneLine(s))));
            if (m.sharedCauseCategory() != null) {
                shared.add(format(words, "recurrence.causeCategory", XmlText.oneLine(m.sharedCauseCategory())));
            }
            m.sharedTags().forEach(t -> shared.add(format(words, "recurrence.tag", XmlText.oneLine(t))));
            String day = m.started() == null ? "" : " (" + m.started().atZoneSameInstant(zone).toLocalDate() + ")";
            items.add(link + XmlText.escape(day + ": " + format(words, "recurrence.shares", String.join(", ", shared))));
        }
        return new RecurrenceSection(List.copyOf(items));
    }

    private static String format(PageText words, String key, Object... args) {
        return new MessageFormat(words.text(key).replace("'", "''"), words.locale()).format(args);
    }
}
