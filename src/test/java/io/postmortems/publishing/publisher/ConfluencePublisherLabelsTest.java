package io.postmortems.publishing.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.publishing.fake.FakeConfluence.PageView;
import io.postmortems.publishing.fake.PublishingFixture;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.postmortems.publishing.fake.PublishingFixture.doc;
import static io.postmortems.publishing.fake.PublishingFixture.target;
import static io.postmortems.publishing.publisher.ConfluencePublisher.HASH_PROPERTY;
import static io.postmortems.publishing.publisher.LabelLedger.FIELD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Labels over HTTP against the fake Confluence: the publisher removes the labels it set that the document no
 * longer yields, never a label a person added, remembers its own in the hash property, and converges after faults.
 */
public class ConfluencePublisherLabelsTest {
    @Rule
    public final PublishingFixture fx = new PublishingFixture();

    /** Publishes and returns the document as its caller stores it afterwards. */
    private PostMortem publish(PostMortem d, Result expected) {
        PublishOutcome outcome = fx.publisher().publish(d, target(TreeLayout.YEAR));
        assertEquals(outcome.reason(), expected, outcome.result());
        return fx.withPage(d, outcome);
    }

    private PageView page(PostMortem stored) {
        return fx.fake.page(stored.getPage().getPageId()).orElseThrow();
    }

    private static Set<String> recorded(PageView page) {
        Set<String> labels = new TreeSet<>();
        page.properties().get(HASH_PROPERTY).path(FIELD).forEach(l -> labels.add(l.asText()));
        return labels;
    }

    @Test
    public void publish_shouldRemoveLabelOfDeletedTag() {
        PostMortem d = doc("INC-40", "Broker failover");
        d.getTags().addAll(List.of("kafka", "Failover"));
        PostMortem stored = publish(d, Result.PUBLISHED);
        assertEquals(Set.of("postmortem", "severity-sev2", "kafka", "failover"), page(stored).labels());
        stored.getTags().remove("kafka");
        fx.fake.resetCalls();

        PostMortem after = publish(stored, Result.PUBLISHED);

        PageView page = page(after);
        assertEquals(Set.of("postmortem", "severity-sev2", "failover"), page.labels());
        assertEquals(Set.of("postmortem", "severity-sev2", "failover"), recorded(page));
        assertEquals(1, fx.fake.count("DELETE", "/label\\?name=kafka$"));
        assertEquals("nothing to add", 0, fx.fake.count("POST", "/label$"));
    }

    @Test
    public void publish_shouldKeepLabelAddedByHand() {
        PostMortem d = doc("INC-41", "Cache poisoning");
        d.getTags().add("cache");
        PostMortem stored = publish(d, Result.PUBLISHED);
        String id = stored.getPage().getPageId();
        fx.fake.addLabel(id, "customer-visible");  // a label only a person set
        fx.fake.addLabel(id, "database");          // a person's label that the document yields later too
        stored.getTags().add("database");
        stored.setSummary("The cache served stale entries for an hour.");
        stored = publish(stored, Result.PUBLISHED);
        assertEquals("a person's label is not claimed when the document yields it too",
                Set.of("postmortem", "severity-sev2", "cache"), recorded(page(stored)));

        stored.getTags().clear();
        stored.setSeverity("SEV3");
        fx.fake.resetCalls();
        PostMortem after = publish(stored, Result.PUBLISHED);

        PageView page = page(after);
        assertEquals(Set.of("postmortem", "severity-sev3", "customer-visible", "database"), page.labels());
        assertEquals(Set.of("postmortem", "severity-sev3"), recorded(page));
        assertEquals(0, fx.fake.count("DELETE", "name=customer-visible"));
        assertEquals(0, fx.fake.count("DELETE", "name=database"));
        assertEquals(2, fx.fake.count("DELETE", "/label\\?name="));
    }

    @Test
    public void publish_shouldSendNoDeleteForALabelOfOursThatAPersonAlreadyRemoved() {
        PostMortem d = doc("INC-42", "Quota exceeded");
        d.getTags().add("quota");
        PostMortem stored = publish(d, Result.PUBLISHED);
        fx.fake.removeLabel(stored.getPage().getPageId(), "quota");  // by hand
        stored.getTags().clear();
        fx.fake.resetCalls();

        PostMortem after = publish(stored, Result.PUBLISHED);

        assertEquals(Set.of("postmortem", "severity-sev2"), page(after).labels());
        assertEquals(Set.of("postmortem", "severity-sev2"), recorded(page(after)));
        assertEquals(0, fx.fake.count("DELETE", "/label"));
    }

    @Test
    public void publish_shouldClaimYieldedLabelsAndRemoveNothingOnTheFirstPublishAfterUpgrading() {
        PostMortem d = doc("INC-43", "Old page");
        d.getTags().add("legacy");
        PostMortem stored = publish(d, Result.PUBLISHED);
        String id = stored.getPage().getPageId();
        // as the previous version left it: hash and issue key, no label record; a stale severity label
        ObjectNode old = page(stored).properties().get(HASH_PROPERTY).deepCopy();
        old.remove(FIELD);
        fx.fake.setProperty(id, HASH_PROPERTY, old);
        fx.fake.addLabel(id, "severity-sev3");
        fx.fake.resetCalls();

        PublishOutcome upgraded = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.UNCHANGED, upgraded.result());
        assertEquals("one-time write of the label record", 1, fx.fake.writes());
        assertEquals(1, fx.fake.count("PUT", "/property/" + HASH_PROPERTY + "$"));
        assertEquals(2, upgraded.restCalls());
        PageView page = page(stored);
        assertEquals("nothing removed", Set.of("postmortem", "severity-sev2", "legacy", "severity-sev3"),
                page.labels());
        assertEquals("the yielded labels on the page are ours", Set.of("postmortem", "severity-sev2", "legacy"),
                recorded(page));
        assertEquals(1, page.version());

        fx.fake.resetCalls();
        PublishOutcome again = fx.publisher().publish(stored, target(TreeLayout.YEAR));
        assertEquals(Result.UNCHANGED, again.result());
        assertEquals("from then on an unchanged publish writes nothing", 0, fx.fake.writes());

        stored.setSeverity("SEV1");
        stored.getTags().clear();
        PostMortem after = publish(stored, Result.PUBLISHED);
        assertEquals("claimed labels go, the unclaimed stale one stays",
                Set.of("postmortem", "severity-sev1", "severity-sev3"), page(after).labels());
    }

    @Test
    public void publish_shouldReReadAndRetryOnceWhenThePropertyVersionConflicts() {
        PostMortem d = doc("INC-44", "Race");
        PostMortem stored = publish(d, Result.PUBLISHED);
        String id = stored.getPage().getPageId();
        stored.setSummary("Two nodes raced.");
        ObjectNode other = JsonNodeFactory.instance.objectNode().put("hash", "another-node").put("issueKey", "INC-44");
        other.putArray(FIELD).add("postmortem").add("set-by-other-node");
        // another node writes the property between our read and our write: our PUT meets a 409
        fx.fake.on("PUT", "/property/" + HASH_PROPERTY + "$").run(() -> fx.fake.setProperty(id, HASH_PROPERTY, other));
        fx.fake.resetCalls();

        PublishOutcome outcome = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(outcome.reason(), Result.PUBLISHED, outcome.result());
        assertEquals("one re-read", 1, fx.fake.count("GET", "/property/" + HASH_PROPERTY + "$"));
        assertEquals("the conflicting write and one retry", 2, fx.fake.count("PUT", "/property/" + HASH_PROPERTY + "$"));
        PageView page = page(stored);
        JsonNode value = page.properties().get(HASH_PROPERTY);
        assertEquals(outcome.page().getContentHash(), value.path("hash").asText());
        assertEquals("labels the other writer recorded stay recorded",
                Set.of("postmortem", "severity-sev2", "set-by-other-node"), recorded(page));
    }

    @Test
    public void publish_shouldRemoveLabelsWithSpecialCharacters() {
        PostMortem d = doc("INC-45", "Unicode");
        d.getTags().addAll(List.of("Café Crème", "日本語", "a~b_c", "naïve`x"));
        PostMortem stored = publish(d, Result.PUBLISHED);
        String id = stored.getPage().getPageId();
        assertEquals(Set.of("postmortem", "severity-sev2", "café-crème", "日本語", "a~b_c", "naïve`x"),
                page(stored).labels());
        // a recorded label with a slash (the path form of the delete cannot take it)
        ObjectNode value = page(stored).properties().get(HASH_PROPERTY).deepCopy();
        value.withArray(FIELD).add("team/sre");
        fx.fake.setProperty(id, HASH_PROPERTY, value);
        fx.fake.addLabel(id, "team/sre");
        stored.getTags().clear();

        PostMortem after = publish(stored, Result.PUBLISHED);

        assertEquals(Set.of("postmortem", "severity-sev2"), page(after).labels());
        assertEquals(Set.of("postmortem", "severity-sev2"), recorded(page(after)));
        assertEquals(1, fx.fake.count("DELETE", "/label\\?name=café-crème$"));
        assertEquals(1, fx.fake.count("DELETE", "/label\\?name=team/sre$"));
    }

    @Test
    public void publish_shouldReportAFailedLabelRemovalAndConvergeOnRetry() {
        PostMortem d = doc("INC-46", "Flaky delete");
        d.getTags().add("flaky");
        PostMortem stored = publish(d, Result.PUBLISHED);
        stored.getTags().clear();
        fx.fake.on("DELETE", "/label").always().status(503);

        PublishOutcome failed = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.RETRY_PENDING, failed.result());
        assertTrue(failed.reason(), failed.reason().contains("removing label 'flaky'"));
        assertTrue("still recorded as ours", recorded(page(stored)).contains("flaky"));
        fx.fake.clearFaults();

        PostMortem after = publish(stored, Result.PUBLISHED);

        assertEquals(Set.of("postmortem", "severity-sev2"), page(after).labels());
        assertEquals(Set.of("postmortem", "severity-sev2"), recorded(page(after)));
        fx.fake.resetCalls();
        publish(after, Result.UNCHANGED);
        assertEquals(0, fx.fake.writes());
    }

    @Test
    public void publish_shouldReportAFailedPropertyWriteAndConvergeOnRetry() {
        PostMortem d = doc("INC-47", "Flaky property");
        d.getTags().add("old-tag");
        PostMortem stored = publish(d, Result.PUBLISHED);
        stored.getTags().clear();
        fx.fake.on("PUT", "/property/").status(403);

        PublishOutcome failed = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.FAILED, failed.result());
        assertTrue(failed.reason(), failed.reason().contains("writing property " + HASH_PROPERTY));
        assertEquals("the label went before the write failed", Set.of("postmortem", "severity-sev2"),
                page(stored).labels());

        PostMortem after = publish(stored, Result.PUBLISHED);

        assertEquals(Set.of("postmortem", "severity-sev2"), recorded(page(after)));
        assertEquals(after.getPage().getContentHash(), page(after).properties().get(HASH_PROPERTY).path("hash")
                .asText());
    }

    @Test
    public void publish_shouldReadThePropertySeparatelyWhenConfluenceIgnoresTheExpansion() {
        PostMortem d = doc("INC-48", "Old Confluence");
        d.getTags().add("gone-soon");
        PostMortem stored = publish(d, Result.PUBLISHED);
        fx.fake.ignorePropertyExpansion(true);
        fx.fake.resetCalls();

        PublishOutcome unchanged = fx.publisher().publish(stored, target(TreeLayout.YEAR));

        assertEquals(Result.UNCHANGED, unchanged.result());
        assertEquals("page, then property", 2, unchanged.restCalls());
        assertEquals(0, fx.fake.writes());

        stored.getTags().clear();
        PostMortem after = publish(stored, Result.PUBLISHED);
        assertEquals(Set.of("postmortem", "severity-sev2"), page(after).labels());
    }
}
