package io.postmortems.panel;

import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One idea on the panel, apart from the countermeasures: its text, in how many post-mortems the same idea
 * ({@link Ideas#normalise}) was raised with links to them, and (for editors) the "Make countermeasure" action, which
 * names the idea by its index in the document. Every String getter returns HTML-escaped text.
 */
public final class IdeaRow {
    private final int index;
    private final String textHtml;
    private final int count;
    private final String countTextHtml;
    private final List<IdeaLink> raisedIn;

    private IdeaRow(int index, String text, int count, String countText, List<IdeaLink> raisedIn) {
        this.index = index;
        this.textHtml = Html.escape(text);
        this.count = count;
        this.countTextHtml = Html.escape(countText);
        this.raisedIn = List.copyOf(raisedIn);
    }

    /** Index of the idea in the document's {@code ideas}. */
    public int getIndex() { return index; }
    public String getTextHtml() { return textHtml; }
    /** In how many post-mortems the viewer may browse this idea was raised (this one included). */
    public int getCount() { return count; }
    /** Shown only when the idea came up in more than one post-mortem. */
    public boolean isRaisedElsewhere() { return count > 1; }
    /** "Raised in 2 post-mortems:" in the viewer's language. */
    public String getCountTextHtml() { return countTextHtml; }
    public List<IdeaLink> getRaisedIn() { return raisedIn; }

    /**
     * The rows for the document's non-blank ideas. {@code raisedIn} maps an idea's fingerprint to the keys of the
     * post-mortems holding it, as the host found them; an idea without an entry shows no count. The post-mortem
     * itself always counts, even before its own mirror is indexed.
     */
    static List<IdeaRow> of(PostMortem doc, String issueKey, Map<String, List<String>> raisedIn, PanelText text) {
        List<IdeaRow> rows = new ArrayList<>();
        List<String> ideas = doc.getIdeas();
        for (int i = 0; i < ideas.size(); i++) {
            String idea = ideas.get(i);
            if (idea == null || idea.isBlank()) {
                continue;
            }
            List<String> keys = Ideas.fingerprint(idea).map(raisedIn::get).orElse(null);
            List<IdeaLink> links = new ArrayList<>();
            if (keys != null) {
                List<String> all = new ArrayList<>(keys);
                if (issueKey != null && !all.contains(issueKey)) {
                    all.add(0, issueKey);
                }
                all.forEach(k -> links.add(new IdeaLink(k, k.equals(issueKey))));
            }
            int count = links.size();
            rows.add(new IdeaRow(i, idea.strip(), count,
                    count > 1 ? text.text("postmortems.panel.ideas.raisedIn", List.of(String.valueOf(count))) : "", links));
        }
        return rows;
    }
}
