package io.postmortems.cli;

import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.metrics.TimeDisplay;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.PublishedPage;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.text.AppBundle;
import io.postmortems.panel.PanelPreview;
import io.postmortems.panel.PanelViews;
import io.postmortems.publishing.PublishOutcome;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.Publisher;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.confluence.ConfluenceTransport;
import io.postmortems.publishing.confluence.HttpClientTransport;
import io.postmortems.publishing.preview.StoragePreview;
import io.postmortems.publishing.publisher.ConfluencePublisher;
import io.postmortems.publishing.render.PageText;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.StorageFormatRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/** The four commands. Each returns its exit code; usage mistakes are thrown as {@link UsageException}. */
final class Commands {
    static final String TOKEN_VARIABLE = "POSTMORTEM_CONFLUENCE_TOKEN";
    private static final String PREVIEW_SPACE = "POSTMORTEMS";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final PostMortemCodec codec = new PostMortemCodec();
    private final DocumentFiles files = new DocumentFiles(codec);
    private final Messages messages = new Messages();
    private final Function<PublishSettings, Publisher> publisherFactory;
    private final Set<Locale> warnedLocales = new HashSet<>();

    Commands(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, settings -> new ConfluencePublisher(settings.transport(), new StorageFormatRenderer()));
    }

    Commands(PrintStream out, PrintStream err, Map<String, String> env, Function<PublishSettings, Publisher> factory) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.publisherFactory = factory;
    }

    /** What publishing needs besides the documents. */
    record PublishSettings(ConfluenceTransport transport) {
    }

    int validate(List<String> words) throws UsageException {
        Arguments args = Arguments.parse(words, Set.of());
        PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults());
        int exit = Main.OK;
        for (Path file : DocumentFiles.expand(args.positional())) {
            ReadResult read = files.read(file);
            if (!read.isOk()) {
                reportUnreadable(file, read);
                exit = Math.max(exit, Main.BAD_INPUT);
                continue;
            }
            ReviewReport report = reviewer.review(read.get());
            for (Finding finding : report.findings()) {
                out.println(file + ": " + describe(finding));
            }
            out.println(file + ": " + summary(report));
            if (report.hasErrors()) {
                exit = Math.max(exit, Main.FINDINGS);
            }
        }
        return exit;
    }

    int render(List<String> words) throws UsageException {
        Arguments args = Arguments.parse(words, Set.of("zone", "jira", "locale"));
        if (args.positional().size() != 1) {
            throw new UsageException("render takes exactly one file");
        }
        Path file = Path.of(args.positional().get(0));
        ReadResult read = files.read(file);
        if (!read.isOk()) {
            reportUnreadable(file, read);
            return Main.BAD_INPUT;
        }
        PostMortem doc = read.get();
        RenderedPage page = new StorageFormatRenderer().render(doc, target(args, doc, PREVIEW_SPACE));
        out.println(page.storageBody());
        return Main.OK;
    }

    int preview(List<String> words) throws UsageException {
        Arguments args = Arguments.parse(words, Set.of("out", "zone", "jira", "css", "locale"));
        Path outDir = Path.of(args.required("out"));
        List<Path> inputs = DocumentFiles.expand(args.positional());
        if (Files.isSymbolicLink(outDir)) {
            throw new UsageException(outDir + ": the output folder is a symbolic link; give the real folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UsageException(outDir + ": the output folder cannot be created");
        }
        String css = args.option("css").orElse(null);
        StorageFormatRenderer renderer = new StorageFormatRenderer();
        StoragePreview preview = new StoragePreview(pageLocale(args));
        PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults());
        ResourceBundle bundle = AppBundle.load(Locale.ROOT);
        List<StoragePreview.IndexEntry> entries = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        int exit = Main.OK;
        for (Path file : inputs) {
            ReadResult read = files.read(file);
            if (!read.isOk()) {
                reportUnreadable(file, read);
                exit = Main.BAD_INPUT;
                continue;
            }
            PostMortem doc = read.get();
            RenderedPage page = renderer.render(doc, target(args, doc, PREVIEW_SPACE));
            String name = uniqueName(file, usedNames);
            if (!write(outDir.resolve(name), preview.pageHtml(page, css))) {
                exit = Main.BAD_INPUT;
                continue;
            }
            entries.add(new StoragePreview.IndexEntry(page.title(), name, page.labels()));
            out.println(file + " -> " + outDir.resolve(name));
            // the Jira issue panel for the same document, as its author would see it
            PublishTarget target = target(args, doc, PREVIEW_SPACE);
            String panelName = uniqueName(Path.of(name.replaceAll("\\.html$", "") + "-panel.json"), usedNames);
            String panel = PanelPreview.render(PanelViews.preview(doc, reviewer.review(doc), target.displayZone(),
                    bundle), css == null ? "" : css);
            if (write(outDir.resolve(panelName), panel)) {
                entries.add(new StoragePreview.IndexEntry("Jira panel: " + page.title(), panelName, List.of()));
                out.println(file + " -> " + outDir.resolve(panelName));
            }
        }
        if (!write(outDir.resolve("index.html"), preview.indexHtml(entries, css))) {
            return Main.BAD_INPUT;
        }
        out.println("index: " + outDir.resolve("index.html"));
        return exit;
    }

    int publish(List<String> words) throws UsageException {
        Arguments args = Arguments.parse(words, Set.of("confluence", "space", "root", "layout", "zone", "jira",
                "jira-server-id", "state", "allow-errors", "locale"));
        String url = args.required("confluence");
        String space = args.required("space");
        if (!PublishTarget.isSpaceKey(space)) {
            throw new UsageException("--space '" + space + "' is not a Confluence space key (letters and digits,"
                    + " e.g. OPS, or ~username for a personal space)");
        }
        checkUrl(url);
        String token = env.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UsageException("set " + TOKEN_VARIABLE + " to a Confluence personal access token");
        }
        boolean allowErrors = Boolean.parseBoolean(args.option("allow-errors").orElse("false"));
        List<Path> inputs = DocumentFiles.expand(args.positional());
        PublishedPagesFile state = PublishedPagesFile.load(Path.of(args.option("state").orElse(".postmortems-state.json")),
                codec.jsonMapper());
        Publisher publisher = publisherFactory.apply(new PublishSettings(new HttpClientTransport(url, token)));
        PostMortemReviewer reviewer = new PostMortemReviewer(ReviewConfig.defaults());
        int exit = Main.OK;
        int n = 0;
        for (Path file : inputs) {
            String progress = "[" + (++n) + "/" + inputs.size() + "] " + file;
            ReadResult read = files.read(file);
            if (!read.isOk()) {
                reportUnreadable(file, read);
                exit = Math.max(exit, Main.BAD_INPUT);
                continue;
            }
            PostMortem doc = read.get();
            ReviewReport report = reviewer.review(doc);
            if (report.hasErrors() && !allowErrors) {
                out.println(progress + ": not published, " + summary(report)
                        + " (run validate to see them, or pass --allow-errors true)");
                exit = Math.max(exit, Main.FINDINGS);
                continue;
            }
            String key = documentKey(doc, file);
            PublishedPage known = state.get(key);
            if (known != null) {
                doc.setPage(known);
            }
            PublishOutcome outcome = publisher.publish(doc, target(args, doc, space));
            switch (outcome.result()) {
                case PUBLISHED, UNCHANGED -> {
                    PublishedPage page = outcome.page();
                    out.println(progress + ": " + outcome.result().name().toLowerCase(Locale.ROOT) + " "
                            + page.getUrl() + " (version " + page.getVersion() + ")"
                            + (outcome.reason() == null ? "" : "; " + outcome.reason()));
                    try {
                        state.put(key, page);
                    } catch (IOException e) {
                        err.println(progress + ": published, but the state file could not be written; the next"
                                + " run will find the page by its title");
                    }
                }
                case RETRY_PENDING -> {
                    out.println(progress + ": not published yet, " + outcome.reason()
                            + (outcome.retryAfter() == null ? "" : " (retry after " + outcome.retryAfter().toSeconds() + " s)"));
                    exit = Math.max(exit, Main.FINDINGS);
                }
                case FAILED -> {
                    out.println(progress + ": failed, " + outcome.reason());
                    exit = Math.max(exit, Main.FINDINGS);
                }
            }
        }
        return exit;
    }

    private PublishTarget target(Arguments args, PostMortem doc, String space) throws UsageException {
        ZoneId zone;
        if (args.option("zone").isPresent()) {
            try {
                zone = ZoneId.of(args.option("zone").get());
            } catch (DateTimeException e) {
                throw new UsageException("--zone '" + args.option("zone").get() + "' is not a time zone id"
                        + " (e.g. Europe/Berlin, UTC)");
            }
        } else {
            zone = TimeDisplay.zoneOrDefault(doc.getTimeZone(), ZoneOffset.UTC);
        }
        TreeLayout layout = TreeLayout.YEAR;
        if (args.option("layout").isPresent()) {
            String value = args.option("layout").get().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                layout = TreeLayout.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--layout must be year, year-month or service");
            }
        }
        String jira = args.option("jira").orElse(null);
        if (jira != null) {
            checkUrl(jira);
        }
        return new PublishTarget(space, args.option("root").orElse(null), layout, jira,
                args.option("jira-server-id").orElse(null), zone, pageLocale(args));
    }

    /** {@code --locale TAG}: the language of the pages' fixed words; English when not given. */
    private Locale pageLocale(Arguments args) throws UsageException {
        Optional<String> tag = args.option("locale");
        if (tag.isEmpty()) {
            return PageText.DEFAULT_LOCALE;
        }
        if (!PageText.isLanguageTag(tag.get())) {
            throw new UsageException("--locale '" + tag.get() + "' is not a language tag (e.g. en, de, de-CH)");
        }
        Locale locale = PageText.localeOf(tag.get());
        if (!PageText.of(locale).isTranslated() && warnedLocales.add(locale)) {
            err.println("postmortems: no page translation for '" + locale.toLanguageTag()
                    + "'; pages are in English");
        }
        return locale;
    }

    private static void checkUrl(String url) throws UsageException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException("'" + url + "' is not an http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("'" + url + "' is not an http(s) URL");
        }
    }

    private static String documentKey(PostMortem doc, Path file) {
        if (doc.getIssueKey() != null && !doc.getIssueKey().isBlank()) {
            return doc.getIssueKey();
        }
        return file.toAbsolutePath().normalize().toString();
    }

    private static String uniqueName(Path file, Set<String> used) {
        String base = file.getFileName().toString().replaceAll("\\.(json|ya?ml)$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String name = base + ".html";
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i + ".html";
        }
        return name;
    }

    private boolean write(Path target, String html) {
        try {
            NoFollowFiles.write(target, html);
            return true;
        } catch (IOException e) {
            err.println(target + ": cannot be written" + (Files.isSymbolicLink(target)
                    ? " (it is a symbolic link, which is never followed)" : ""));
            return false;
        }
    }

    private void reportUnreadable(Path file, ReadResult read) {
        for (InputProblem problem : read.problems()) {
            err.println(file + ": " + problem);
        }
    }

    String describe(Finding finding) {
        return finding.level() + " " + (finding.path().isEmpty() ? "(document)" : finding.path()) + ": "
                + messages.text(finding.message()) + " [" + finding.code() + "]";
    }

    static String summary(ReviewReport report) {
        return count(report.at(Level.ERROR).size(), "error") + ", "
                + count(report.at(Level.WARNING).size(), "warning") + ", "
                + count(report.at(Level.HINT).size(), "hint");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
