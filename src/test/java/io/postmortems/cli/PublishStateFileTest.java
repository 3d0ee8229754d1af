package io.postmortems.cli;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Issue #17: publish writes its state file once per run, at the end, and also when the run stops early; it lets the
 * publisher look the pages up together before the first publish.
 */
public class PublishStateFileTest {
    private static final String[] DOCUMENTS = {"examples/sev1-payment-gateway-outage.json",
            "examples/sev2-berlin-dst-batch-failure.json", "examples/sev3-tokyo-search-latency.yaml"};

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    /** A publisher that notes, at each publish, whether the state file exists yet; fails on document failOn. */
    private static final class WatchingPublisher implements Publisher {
        private final Path state;
        private final int failOn;
        final List<Boolean> stateExistedAtPublish = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        WatchingPublisher(Path state, int failOn) {
            this.state = state;
            this.failOn = failOn;
        }

        @Override
        public void lookAhead(List<PostMortem> documents, PublishTarget target) {
            calls.add("lookAhead " + documents.stream().map(PostMortem::getIssueKey).toList() + " " + target.spaceKey());
        }

        @Override
        public PublishOutcome publish(PostMortem document, PublishTarget target) {
            calls.add("publish " + document.getIssueKey());
            stateExistedAtPublish.add(Files.exists(state));
            if (stateExistedAtPublish.size() == failOn) {
                throw new UncheckedIOException(new java.io.IOException("connection reset"));
            }
            PublishedPage page = new PublishedPage();
            page.setPageId("page-" + document.getIssueKey());
            page.setUrl("http://wiki.example.com/pages/" + document.getIssueKey());
            page.setVersion(1);
            return new PublishOutcome(PublishOutcome.Result.PUBLISHED, page, null, null, 1);
        }
    }

    private int publish(Path state, WatchingPublisher publisher, String... more) throws UsageException {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CliContext cli = new CliContext(sink, sink, Map.of(PublishCommand.TOKEN_VARIABLE, "t"));
        PublishCommand command = new PublishCommand(cli, new PageOptions(sink), settings -> publisher);
        List<String> args = new ArrayList<>(List.of(DOCUMENTS));
        args.addAll(List.of("--confluence", "http://wiki.example.com", "--space", "PM", "--allow-errors", "true",
                "--state", state.toString()));
        args.addAll(List.of(more));
        return command.run(Arguments.parse(command.name(), args, command.options()));
    }

    @Test
    public void publish_shouldWriteTheStateFileOnceAtTheEndOfTheRun() throws Exception {
        Path state = temp.getRoot().toPath().resolve("state.json");
        WatchingPublisher publisher = new WatchingPublisher(state, 0);

        assertEquals(Main.OK, publish(state, publisher));

        assertEquals("no write while documents are published", List.of(false, false, false),
                publisher.stateExistedAtPublish);
        String written = Files.readString(state);
        for (String key : List.of("PM-101", "PM-114", "PM-122")) {
            assertTrue(written, written.contains("\"page-" + key + "\""));
        }
        assertFalse("no temporary file is left", Files.exists(state.resolveSibling("state.json.tmp")));
    }

    /** Issue #17: like the Jira outbox, the command line lets the publisher look all pages up before publishing. */
    @Test
    public void publish_shouldLetThePublisherLookAllPagesUpTogetherFirst() throws Exception {
        Path state = temp.getRoot().toPath().resolve("state.json");
        WatchingPublisher publisher = new WatchingPublisher(state, 0);

        assertEquals(Main.OK, publish(state, publisher, "--zone", "UTC"));
        assertEquals(List.of("lookAhead [PM-101, PM-114, PM-122] PM", "publish PM-101", "publish PM-114",
                "publish PM-122"), publisher.calls);

        publisher.calls.clear(); // without --zone each document's own zone makes a target of its own
        assertEquals(Main.OK, publish(temp.getRoot().toPath().resolve("other.json"), publisher));
        assertEquals(List.of("lookAhead [PM-101] PM", "lookAhead [PM-114] PM", "lookAhead [PM-122] PM",
                "publish PM-101", "publish PM-114", "publish PM-122"), publisher.calls);
    }

    @Test
    public void publish_shouldRememberWhatWasPublishedWhenALaterDocumentStopsTheRun() throws Exception {
        Path state = temp.getRoot().toPath().resolve("state.json");
        WatchingPublisher publisher = new WatchingPublisher(state, 3);

        assertThrows(UncheckedIOException.class, () -> publish(state, publisher));

        String written = Files.readString(state);
        assertTrue(written, written.contains("\"page-PM-101\""));
        assertTrue(written, written.contains("\"page-PM-114\""));
        assertFalse(written, written.contains("PM-122"));
    }
}
