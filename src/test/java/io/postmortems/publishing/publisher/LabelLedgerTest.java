package io.postmortems.publishing.publisher;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.publishing.confluence.ConfluenceClient;
import io.postmortems.publishing.confluence.ContentProperty;
import io.postmortems.publishing.confluence.RetryPolicy;
import io.postmortems.publishing.fake.FakeConfluence;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static io.postmortems.publishing.publisher.ConfluencePublisher.HASH_PROPERTY;
import static io.postmortems.publishing.publisher.LabelLedger.FIELD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Label ownership: the rule without Confluence, and its application to a page of the fake Confluence. */
public class LabelLedgerTest {
    private final FakeConfluence fake = FakeConfluence.inProcess("OPS");
    private final ConfluenceClient client = new ConfluenceClient(fake.transport(), new RetryPolicy(1, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, d -> { }, Clock.systemUTC(), new Random(1)));
    private final LabelLedger ledger = new LabelLedger(client);

    private static Optional<ContentProperty> property(ObjectNode value) {
        return Optional.of(new ContentProperty(HASH_PROPERTY, value, 3));
    }

    @Test
    public void labels_shouldRemoveOnlyLabelsThisAppAdded() {
        String id = fake.createPage("OPS", "INC-1 Outage", null, "<p/>");
        for (String label : List.of("postmortem", "kafka", "hand-made")) {
            fake.addLabel(id, label);
        }
        LabelLedger.LabelChanges changes = LabelLedger.LabelChanges.of(Set.of("postmortem"),
                fake.page(id).orElseThrow().labels(), Optional.of(Set.of("postmortem", "kafka")));

        ledger.apply(id, changes);

        assertEquals(Set.of("postmortem", "hand-made"), fake.page(id).orElseThrow().labels());
        assertEquals(Set.of("postmortem"), changes.ours());
    }

    @Test
    public void apply_shouldAddYieldedLabelsThePageLacksAndRecordThem() {
        String id = fake.createPage("OPS", "INC-2 Outage", null, "<p/>");
        fake.addLabel(id, "postmortem");
        LabelLedger.LabelChanges changes = LabelLedger.LabelChanges.of(Set.of("postmortem", "dns"),
                fake.page(id).orElseThrow().labels(), Optional.of(Set.of("postmortem")));

        ledger.apply(id, changes);

        assertEquals(Set.of("postmortem", "dns"), fake.page(id).orElseThrow().labels());
        assertEquals(Set.of("postmortem", "dns"), changes.ours());
        assertEquals("one POST, no DELETE", 1, fake.writes());
    }

    @Test
    public void labelNewPage_shouldAddEveryWantedLabel() {
        String id = fake.createPage("OPS", "INC-3 Outage", null, "<p/>");

        ledger.labelNewPage(id, LabelLedger.wanted(List.of("Night Shift", "severity-sev1")));

        assertEquals(Set.of("postmortem", "night-shift", "severity-sev1"), fake.page(id).orElseThrow().labels());
    }

    @Test
    public void wanted_shouldNormaliseSkipEmptyAndAlwaysCarryTheReportLabel() {
        Set<String> wanted = LabelLedger.wanted(java.util.Arrays.asList("Payment Gateway", null, "  ", "config"));

        assertEquals(List.of("postmortem", "payment-gateway", "config"), List.copyOf(wanted));
    }

    @Test
    public void labelChanges_shouldRemoveOnlyRecordedLabelsThatAreOnThePage() {
        LabelLedger.LabelChanges c = LabelLedger.LabelChanges.of(Set.of("postmortem", "b"),
                Set.of("postmortem", "a", "hand", "c"), Optional.of(Set.of("postmortem", "a", "gone")));

        assertEquals(Set.of("b"), c.add());
        assertEquals(Set.of("a"), c.remove());
        assertEquals(Set.of("postmortem", "b"), c.ours());
    }

    @Test
    public void labelChanges_shouldNotClaimAHandLabelTheDocumentYieldsToo() {
        LabelLedger.LabelChanges c = LabelLedger.LabelChanges.of(Set.of("postmortem", "db"),
                Set.of("postmortem", "db"), Optional.of(Set.of("postmortem")));

        assertEquals(Set.of(), c.add());
        assertEquals(Set.of(), c.remove());
        assertEquals(Set.of("postmortem"), c.ours());
    }

    @Test
    public void labelChanges_shouldClaimYieldedLabelsAndRemoveNothingWithoutARecord() {
        LabelLedger.LabelChanges c = LabelLedger.LabelChanges.of(Set.of("postmortem", "db", "new"),
                Set.of("postmortem", "db", "stale"), Optional.empty());

        assertEquals(Set.of("new"), c.add());
        assertEquals(Set.of(), c.remove());
        assertEquals(Set.of("postmortem", "db", "new"), c.ours());
    }

    @Test
    public void claimedOnUpgrade_shouldClaimOnlyYieldedLabelsOnThePage() {
        assertEquals(Set.of("postmortem", "db"), LabelLedger.claimedOnUpgrade(Set.of("postmortem", "db", "new"),
                Set.of("postmortem", "db", "stale-or-hand")));
    }

    @Test
    public void claimedBeforeAdding_shouldRecordTheLabelsAboutToBeAdded() {
        assertEquals(Set.of("postmortem", "dns"),
                LabelLedger.claimedBeforeAdding(Set.of("postmortem"), Set.of("dns")));
    }

    @Test
    public void keepOtherWritersClaims_shouldKeepTheirNewLabelsButNotOnesThisRunDropped() {
        ObjectNode theirs = JsonNodeFactory.instance.objectNode();
        theirs.putArray(FIELD).add("postmortem").add("dropped").add("set-by-other-node");
        Set<String> owned = new TreeSet<>(Set.of("postmortem"));

        LabelLedger.keepOtherWritersClaims(owned, Set.of("postmortem", "dropped"), property(theirs));

        assertEquals(Set.of("postmortem", "set-by-other-node"), owned);
    }

    @Test
    public void record_shouldBeReadBackAsRecorded() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("hash", "h");

        LabelLedger.record(value, new TreeSet<>(Set.of("b", "a")));

        assertEquals(Set.of("a", "b"), LabelLedger.recorded(property(value)).orElseThrow());
    }

    @Test
    public void recorded_shouldBeEmptyForAPropertyWithoutARecord() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("hash", "h");
        assertTrue(LabelLedger.recorded(property(value)).isEmpty());
        assertTrue(LabelLedger.recorded(Optional.empty()).isEmpty());
        value.putArray(FIELD).add("a").add(7).add("");
        assertEquals(Set.of("a"), LabelLedger.recorded(property(value)).orElseThrow());
    }
}
