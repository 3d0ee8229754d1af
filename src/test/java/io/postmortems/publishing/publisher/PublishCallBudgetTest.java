package io.postmortems.publishing.publisher;

import io.postmortems.core.model.PostMortem;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishOutcome.Result;
import io.postmortems.publishing.fake.FakeConfluence;
import io.postmortems.testing.PublishCases;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/**
 * The REST calls per case that the README's "Benchmarks" section states as the minimum, held exactly. Confluence
 * Data Center takes neither labels nor content properties in a create request (only Cloud does), so a new page
 * costs three writes; everything else is one read per publish (one search for many), plus the ancestors' creates.
 */
public class PublishCallBudgetTest {
    private final FakeConfluence fake = FakeConfluence.inProcess(PublishCases.TARGET.spaceKey());

    private PublishOutcome publish(PostMortem document) {
        PublishOutcome outcome = PublishCases.publisher(fake.transport()).publish(document, PublishCases.TARGET);
        assertEquals(outcome.reason(), true, outcome.result().isSuccess());
        return outcome;
    }

    private String callsSoFar() {
        return fake.calls().stream().map(c -> c.method() + " " + c.target().replaceAll("\\?.*", ""))
                .collect(Collectors.joining(", "));
    }

    /** Publishes document n once and returns it knowing its page, as the state file or Jira would. */
    private PostMortem published(int n) {
        PostMortem document = PublishCases.doc(n);
        PostMortem stored = PublishCases.doc(n);
        stored.setPage(publish(document).page());
        fake.resetCalls();
        return stored;
    }

    @Test
    public void firstPublish_shouldCostOneSearchThreeAncestorsAndThreeWritesForThePage() {
        PublishOutcome outcome = publish(PublishCases.doc(1));

        assertEquals(callsSoFar(), List.of("GET /rest/api/content/search", "POST /rest/api/content",
                "POST /rest/api/content", "POST /rest/api/content", "POST /rest/api/content",
                "POST /rest/api/content/65540/label", "POST /rest/api/content/65540/property"),
                fake.calls().stream().map(c -> c.method() + " " + c.target().replaceAll("\\?.*", "")).toList());
        assertEquals(7, outcome.restCalls());
    }

    @Test
    public void unchanged_shouldCostOneRead() {
        PostMortem stored = published(2);

        PublishOutcome outcome = publish(stored);

        assertEquals(Result.UNCHANGED, outcome.result());
        assertEquals(callsSoFar(), 1, outcome.restCalls());
    }

    @Test
    public void changed_shouldCostOneReadThePageAndTheProperty() {
        PostMortem changed = published(3);
        changed.setSummary("Something else failed.");

        PublishOutcome outcome = publish(changed);

        assertEquals(Result.PUBLISHED, outcome.result());
        assertEquals(callsSoFar(), 3, outcome.restCalls());
    }

    @Test
    public void labelsChanged_shouldAddOneAndRemoveOneWithTheClaimWrittenFirst() {
        PostMortem changed = published(4);  // SEV2
        changed.setSeverity("SEV3");

        PublishOutcome outcome = publish(changed);

        assertEquals(Result.PUBLISHED, outcome.result());
        // read, page, claim (the crash-safety write of LabelLedger), add, remove, property
        assertEquals(callsSoFar(), 6, outcome.restCalls());
        assertEquals(1, fake.count("POST", "/label$"));
        assertEquals(1, fake.count("DELETE", "/label\\?name=severity-sev2"));
    }

    @Test
    public void bulk100_shouldCostOneSearchTheFourteenAncestorsAndThreeWritesPerPage() {
        List<PostMortem> documents = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            documents.add(PublishCases.doc(100 + i));
        }
        ConfluencePublisher publisher = PublishCases.publisher(fake.transport());

        publisher.lookAhead(documents, PublishCases.TARGET);
        for (PostMortem document : documents) {
            assertEquals(Result.PUBLISHED, publisher.publish(document, PublishCases.TARGET).result());
        }

        assertEquals("one search for 100 pages and 14 ancestors", 1, fake.count("GET", "."));
        assertEquals("root, year, twelve months", 14 + 100, fake.count("POST", "^/rest/api/content$"));
        assertEquals(1 + 14 + 3 * 100, fake.calls().size());
    }
}
