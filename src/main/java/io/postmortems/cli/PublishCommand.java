package io.postmortems.cli;

import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.StorageFormatRenderer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code publish FILE|DIR... --confluence URL --space KEY}: publishes each document without error findings to
 * Confluence, one progress line each, and remembers page ids in a state file so a re-publish updates the same pages.
 */
final class PublishCommand implements Command {
    static final String TOKEN_VARIABLE = "POSTMORTEM_CONFLUENCE_TOKEN";

    static final OptionSpec CONFLUENCE = OptionSpec.required("confluence", "URL", "the Confluence base URL");
    static final OptionSpec SPACE = OptionSpec.required("space", "KEY",
            "the space the pages go to (e.g. OPS, or ~username for a personal space)");
    static final OptionSpec ROOT = OptionSpec.optional("root", "TITLE",
            "title of the page the post-mortems are grouped under");
    static final OptionSpec LAYOUT = OptionSpec.withDefault("layout", "year|year-month|service",
            "how pages are grouped under the root", "year");
    static final OptionSpec JIRA_SERVER_ID = OptionSpec.optional("jira-server-id", "ID",
            "Confluence's id of the Jira server, for the Jira issues macro");
    static final OptionSpec STATE = OptionSpec.withDefault("state", "FILE",
            "where the ids of published pages are remembered", ".postmortems-state.json");
    static final OptionSpec ALLOW_ERRORS = OptionSpec.optional("allow-errors", "true|false",
            "publish documents even when they have error findings (default: false, or with --settings the"
                    + " opposite of the file's errorsBlockPublishing)");

    /** What publishing needs besides the documents. */
    record PublishSettings(ConfluenceTransport transport) {
    }

    private final CliContext cli;
    private final PageOptions page;
    private final Function<PublishSettings, Publisher> publisherFactory;

    PublishCommand(CliContext cli, PageOptions page) {
        this(cli, page, settings -> new ConfluencePublisher(settings.transport(), new StorageFormatRenderer()));
    }

    PublishCommand(CliContext cli, PageOptions page, Function<PublishSettings, Publisher> publisherFactory) {
        this.cli = cli;
        this.page = page;
        this.publisherFactory = publisherFactory;
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String operands() {
        return "FILE|DIR...";
    }

    @Override
    public String summary() {
        return "publish to Confluence; token from " + TOKEN_VARIABLE;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(CONFLUENCE, SPACE, ROOT, LAYOUT, PageOptions.ZONE, PageOptions.JIRA, JIRA_SERVER_ID, STATE,
                ALLOW_ERRORS, PageOptions.LOCALE, CliContext.SETTINGS);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        String url = args.required(CONFLUENCE);
        String space = args.required(SPACE);
        if (!PublishTarget.isSpaceKey(space)) {
            throw new UsageException("--space '" + space + "' is not a Confluence space key (letters and digits,"
                    + " e.g. OPS, or ~username for a personal space)");
        }
        PageOptions.checkUrl(url);
        String token = cli.env.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UsageException("set " + TOKEN_VARIABLE + " to a Confluence personal access token");
        }
        ReviewSettings settings = cli.reviewSettings(args);
        boolean allowErrors = args.option(ALLOW_ERRORS).map(Boolean::parseBoolean)
                .orElse(!settings.errorsBlockPublishing());
        List<Path> inputs = DocumentFiles.expand(args.positional());
        PublishedPagesFile state = PublishedPagesFile.load(Path.of(args.option(STATE).orElseThrow()),
                cli.codec.jsonMapper());
        Publisher publisher = publisherFactory.apply(new PublishSettings(new HttpClientTransport(url, token)));
        PostMortemReviewer reviewer = new PostMortemReviewer(settings.reviewConfig(null));
        // Read and review everything first, so that the publisher can look all pages up together (batched
        // searches, as the Jira outbox does); then report and publish in the order of the files.
        List<Prepared> prepared = new ArrayList<>();
        Map<PublishTarget, List<PostMortem>> byTarget = new LinkedHashMap<>();
        for (Path file : inputs) {
            ReadResult read = cli.files.read(file);
            if (!read.isOk()) {
                prepared.add(new Prepared(file, read, null, null, null));
                continue;
            }
            PostMortem doc = read.get();
            ReviewReport report = reviewer.review(doc);
            if (!report.pageBlocking().isEmpty() && !allowErrors) {
                prepared.add(new Prepared(file, read, report, null, null));
                continue;
            }
            String key = documentKey(doc, file);
            PublishedPage known = state.get(key);
            if (known != null) {
                doc.setPage(known);
            }
            PublishTarget target = page.target(args, settings, doc, space, args.option(ROOT).orElse(null),
                    layout(args), args.option(JIRA_SERVER_ID).orElse(null));
            byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(doc);
            prepared.add(new Prepared(file, read, report, key, target));
        }
        int exit = Main.OK;
        int n = 0;
        try {
            byTarget.forEach((target, docs) -> publisher.lookAhead(docs, target));
            for (Prepared p : prepared) {
                String progress = "[" + (++n) + "/" + inputs.size() + "] " + p.file();
                if (!p.read().isOk()) {
                    cli.reportUnreadable(p.file(), p.read());
                    exit = Math.max(exit, Main.BAD_INPUT);
                } else if (p.target() == null) {
                    cli.out.println(progress + ": not published, " + CliContext.summary(p.report())
                            + " (run validate to see them, or pass --allow-errors true)");
                    exit = Math.max(exit, Main.FINDINGS);
                } else {
                    PublishOutcome outcome = publisher.publish(p.read().get(), p.target());
                    exit = Math.max(exit, report(progress, outcome, state, p.key()));
                }
            }
        } finally {
            save(state); // once per run, and also when a run stops early: nothing published is forgotten
        }
        return exit;
    }

    /** One input file read and reviewed; {@code target} is null when it is not to be published. */
    private record Prepared(Path file, ReadResult read, ReviewReport report, String key, PublishTarget target) {
    }

    private void save(PublishedPagesFile state) {
        try {
            state.save();
        } catch (IOException e) {
            cli.err.println(state.path() + ": the publish state file could not be written; the next run will find"
                    + " the pages by their titles");
        }
    }

    private int report(String progress, PublishOutcome outcome, PublishedPagesFile state, String key) {
        return switch (outcome.result()) {
            case PUBLISHED, UNCHANGED -> {
                PublishedPage published = outcome.page();
                cli.out.println(progress + ": " + outcome.result().name().toLowerCase(Locale.ROOT) + " "
                        + published.getUrl() + " (version " + published.getVersion() + ")"
                        + (outcome.reason() == null ? "" : "; " + outcome.reason()));
                state.put(key, published);
                yield Main.OK;
            }
            case RETRY_PENDING -> {
                cli.out.println(progress + ": not published yet, " + outcome.reason()
                        + (outcome.retryAfter() == null ? "" : " (retry after " + outcome.retryAfter().toSeconds() + " s)"));
                yield Main.FINDINGS;
            }
            case FAILED -> {
                cli.out.println(progress + ": failed, " + outcome.reason());
                yield Main.FINDINGS;
            }
        };
    }

    private static TreeLayout layout(Arguments args) throws UsageException {
        String value = args.option(LAYOUT).orElseThrow().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return TreeLayout.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--layout must be year, year-month or service");
        }
    }

    private static String documentKey(PostMortem doc, Path file) {
        if (doc.getIssueKey() != null && !doc.getIssueKey().isBlank()) {
            return doc.getIssueKey();
        }
        return file.toAbsolutePath().normalize().toString();
    }
}
