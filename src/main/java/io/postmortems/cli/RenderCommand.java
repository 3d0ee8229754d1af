package io.postmortems.cli;

import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.ExternalSummary;
import io.postmortems.core.review.ExternalSummaryRules;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.render.ExternalSummaryPage;
import io.postmortems.publishing.render.StorageFormatRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code render FILE}: prints one document's Confluence storage-format page on standard output; a {@code --settings}
 * file's page language is the page's language unless {@code --locale} is given.
 */
final class RenderCommand implements Command {
    /** The space key pages are rendered for when they are not published. */
    static final String PREVIEW_SPACE = "POSTMORTEMS";
    /** {@code --external FORMAT}: the external summary alone, as Markdown, HTML or Confluence storage format. */
    static final OptionSpec EXTERNAL = OptionSpec.optional("external", "md|html|storage",
            "print only the external summary (title, severity, dates and its three parts), refused while its"
                    + " review finds internal names");

    private final CliContext cli;
    private final PageOptions page;

    RenderCommand(CliContext cli, PageOptions page) {
        this.cli = cli;
        this.page = page;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String operands() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "the Confluence storage-format page on standard output";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(PageOptions.ZONE, PageOptions.JIRA, PageOptions.LOCALE, CliContext.SETTINGS, EXTERNAL);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        if (args.positional().size() != 1) {
            throw new UsageException("render takes exactly one file");
        }
        Path file = Path.of(args.positional().get(0));
        ReviewSettings settings = cli.reviewSettings(args);
        ReadResult read = cli.files.read(file);
        if (!read.isOk()) {
            cli.reportUnreadable(file, read);
            return Main.BAD_INPUT;
        }
        PostMortem doc = read.get();
        Optional<String> external = args.option(EXTERNAL);
        if (external.isPresent()) {
            return external(file, doc, external.get(), args, settings);
        }
        PublishTarget target = page.target(args, settings, doc, PREVIEW_SPACE, null, TreeLayout.YEAR, null);
        try {
            // streamed: a page of a 10 MB document is not built as one string and then printed
            new StorageFormatRenderer().writeBody(doc, target, new PrintStreamWriter(cli.out));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintStream never throws; it sets its error flag
        }
        cli.out.println();
        return Main.OK;
    }

    /**
     * The external summary alone: never for a document without one, nor while its review finds errors (each is
     * printed, as {@code validate} prints it), so what is printed may leave the organisation.
     */
    private int external(Path file, PostMortem doc, String format, Arguments args, ReviewSettings settings)
            throws UsageException {
        if (!List.of("md", "html", "storage").contains(format)) {
            throw new UsageException("--external '" + format + "' is not a format: use md, html or storage");
        }
        if (!ExternalSummary.present(doc.getExternalSummary())) {
            cli.err.println(file + ": has no external summary (externalSummary: whatHappened, impact,"
                    + " whatWeChanged)");
            return Main.BAD_INPUT;
        }
        ReviewReport review = ExternalSummaryRules.review(doc);
        if (review.hasErrors()) {
            for (Finding finding : review.findings()) {
                cli.err.println(file + ": " + cli.describe(finding));
            }
            return Main.FINDINGS;
        }
        PublishTarget target = page.target(args, settings, doc, PREVIEW_SPACE, null, TreeLayout.YEAR, null);
        cli.out.print(switch (format) {
            case "md" -> ExternalSummaryPage.markdown(doc, target.displayZone(), target.pageLocale());
            case "html" -> ExternalSummaryPage.html(doc, target.displayZone(), target.pageLocale());
            default -> new ExternalSummaryPage().render(doc, target).storageBody() + "\n";
        });
        return Main.OK;
    }

    /** Chunks of characters printed to a {@link PrintStream}, in its own encoding, as {@code println} would. */
    private static final class PrintStreamWriter extends Writer {
        private final PrintStream out;

        PrintStreamWriter(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            out.print(String.valueOf(chars, off, len));
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
