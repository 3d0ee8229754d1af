package io.postmortems.publishing.fake;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.render.PageRenderer;
import io.postmortems.publishing.render.RenderedPage;

import java.util.ArrayList;
import java.util.List;

/** A small renderer for publishing tests: title from issue key and title, body from the summary, labels from
 * severity and tags. */
public final class TestRenderer implements PageRenderer {
    @Override
    public RenderedPage render(PostMortem document, PublishTarget target) {
        String title = (document.getIssueKey() == null ? "" : document.getIssueKey() + " ") + document.getTitle();
        String body = "<p>" + escape(String.valueOf(document.getSummary())) + "</p>";
        List<String> labels = new ArrayList<>();
        labels.add("postmortem");
        if (document.getSeverity() != null) {
            labels.add("severity-" + document.getSeverity().toLowerCase(java.util.Locale.ROOT));
        }
        labels.addAll(document.getTags());  // raw: the publisher normalises labels
        return new RenderedPage(title, body, labels);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
