package io.postmortems.publishing.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.ContentProperty;
import io.postmortems.publishing.render.Labels;
import io.postmortems.publishing.tree.PageTreeLayout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which labels on a published page are this app's. The page's hash property records them under {@value #FIELD};
 * only recorded labels are ever removed, so a label a person added stays. The rules:
 * <ol>
 *   <li>a label the app adds is recorded; a recorded label the document still yields stays recorded;</li>
 *   <li>a label already on the page that the document now yields is neither added nor recorded (it is a person's);</li>
 *   <li>no record yet (first publish after upgrading): remove nothing, record the yielded labels on the page
 *       ({@link #claimedOnUpgrade}; docs/architecture.md says why).</li>
 * </ol>
 * The static methods decide; an instance applies a decision to a page through a {@link ConfluenceClient}.
 */
final class LabelLedger {
    /** Field of the hash property listing the labels the app set and counts as its own. */
    static final String FIELD = "labels";

    private final ConfluenceClient client;

    LabelLedger(ConfluenceClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Labels a new page gets; all of them are then ours. */
    void labelNewPage(String pageId, Set<String> wanted) {
        client.addLabels(pageId, wanted);
    }

    /** Adds {@link LabelChanges#add()} to the page, then removes {@link LabelChanges#remove()}. */
    void apply(String pageId, LabelChanges changes) {
        client.addLabels(pageId, changes.add());
        for (String stale : changes.remove()) {
            client.removeLabel(pageId, stale);
        }
    }

    /** Labels as Confluence accepts them (lower case, no spaces or reserved characters), plus the report label. */
    static Set<String> wanted(List<String> rendered) {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(PageTreeLayout.REPORT_LABEL);
        for (String label : rendered) {
            if (label == null) {
                continue;
            }
            String clean = Labels.normalise(label);
            if (!clean.isEmpty()) {
                labels.add(clean);
            }
        }
        return labels;
    }

    /** The labels the property records as ours; empty if it records none (no property, or written before labels were). */
    static Optional<Set<String>> recorded(Optional<ContentProperty> property) {
        if (property.isEmpty() || !property.get().value().path(FIELD).isArray()) {
            return Optional.empty();
        }
        Set<String> recorded = new TreeSet<>();
        for (JsonNode label : property.get().value().path(FIELD)) {
            if (label.isTextual() && !label.asText().isEmpty()) {
                recorded.add(label.asText());
            }
        }
        return Optional.of(recorded);
    }

    /** Rule 3: what to record on the first publish after upgrading: the yielded labels that are on the page. */
    static Set<String> claimedOnUpgrade(Set<String> wanted, Set<String> onPage) {
        Set<String> claimed = new TreeSet<>(wanted);
        claimed.retainAll(onPage);
        return claimed;
    }

    /**
     * What to record before adding labels: the record plus the labels about to be added, so a retry after a failed
     * step does not mistake them for a person's.
     */
    static Set<String> claimedBeforeAdding(Set<String> before, Set<String> add) {
        Set<String> claimed = new TreeSet<>(before);
        claimed.addAll(add);
        return claimed;
    }

    /**
     * After a version conflict on the property: adds to {@code owned} the labels another writer recorded
     * meanwhile (in {@code reread}, not in {@code before}), so nothing it set is orphaned, while labels this run
     * removed stay unrecorded.
     */
    static void keepOtherWritersClaims(Set<String> owned, Set<String> before, Optional<ContentProperty> reread) {
        recorded(reread).ifPresent(theirs -> theirs.stream().filter(l -> !before.contains(l)).forEach(owned::add));
    }

    /** Writes the record into the property value. */
    static void record(ObjectNode value, Set<String> owned) {
        owned.forEach(value.putArray(FIELD)::add);
    }

    /**
     * What one publish does to the labels of an existing page.
     *
     * @param add    yielded labels the page lacks
     * @param remove labels recorded as ours, still on the page, that the document no longer yields
     * @param ours   what to record afterwards
     */
    record LabelChanges(Set<String> add, Set<String> remove, Set<String> ours) {
        /**
         * @param wanted   labels the document yields
         * @param onPage   labels on the page now
         * @param recorded labels recorded as ours; empty on the first publish after upgrading
         */
        static LabelChanges of(Set<String> wanted, Set<String> onPage, Optional<Set<String>> recorded) {
            Set<String> add = new LinkedHashSet<>(wanted);
            add.removeAll(onPage);
            Set<String> remove = new TreeSet<>();
            Set<String> ours = new TreeSet<>(add);
            if (recorded.isPresent()) {
                for (String label : recorded.get()) {
                    if (!wanted.contains(label)) {
                        if (onPage.contains(label)) {
                            remove.add(label);
                        }
                    } else {
                        ours.add(label);
                    }
                }
            } else {
                ours.addAll(wanted);  // first publish after upgrading: the yielded labels on the page are ours
            }
            return new LabelChanges(add, remove, ours);
        }
    }
}
