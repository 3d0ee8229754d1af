package io.postmortems.cli;

import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.core.text.AppBundle;
import io.postmortems.panel.PanelPreview;
import io.postmortems.panel.PanelViews;
import io.postmortems.publishing.PublishTarget;
import io.postmortems.publishing.TreeLayout;
import io.postmortems.publishing.preview.StoragePreview;
import io.postmortems.publishing.render.RenderedPage;
import io.postmortems.publishing.render.StorageFormatRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * {@code preview FILE|DIR... --out DIR}: writes each document's page as HTML, its Jira panel as its author would
 * see it, and an {@code index.html}. Never follows a symbolic link when writing.
 */
final class PreviewCommand implements Command {
    static final OptionSpec OUT = OptionSpec.required("out", "DIR", "the folder the HTML files are written to");
    static final OptionSpec CSS = OptionSpec.optional("css", "FILE",
            "a stylesheet (path or URL, e.g. AUI's) the pages link to besides their built-in style");

    private final CliContext cli;
    private final PageOptions page;

    PreviewCommand(CliContext cli, PageOptions page) {
        this.cli = cli;
        this.page = page;
    }

    @Override
    public String name() {
        return "preview";
    }

    @Override
    public String operands() {
        return "FILE|DIR...";
    }

    @Override
    public String summary() {
        return "an HTML preview of each page and its Jira panel, plus index.html";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OUT, PageOptions.ZONE, PageOptions.JIRA, CSS, PageOptions.LOCALE, CliContext.SETTINGS);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        ReviewSettings settings = cli.reviewSettings(args); // a bad file stops the run before any folder is made
        List<Path> inputs = DocumentFiles.expand(args.positional());
        Path outDir = CliContext.outputFolder(args.required(OUT));
        String css = args.option(CSS).orElse(null);
        StorageFormatRenderer renderer = new StorageFormatRenderer();
        StoragePreview preview = new StoragePreview(page.locale(args, settings));
        PostMortemReviewer reviewer = new PostMortemReviewer(settings.reviewConfig(null));
        ResourceBundle bundle = AppBundle.load(Locale.ROOT);
        List<StoragePreview.IndexEntry> entries = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        int exit = Main.OK;
        for (Path file : inputs) {
            ReadResult read = cli.files.read(file);
            if (!read.isOk()) {
                cli.reportUnreadable(file, read);
                exit = Main.BAD_INPUT;
                continue;
            }
            PostMortem doc = read.get();
            PublishTarget target = page.target(args, settings, doc, RenderCommand.PREVIEW_SPACE, null,
                    TreeLayout.YEAR, null);
            RenderedPage rendered = renderer.render(doc, target);
            String name = uniqueName(file, usedNames);
            if (!cli.write(outDir.resolve(name), preview.pageHtml(rendered, css))) {
                exit = Main.BAD_INPUT;
                continue;
            }
            entries.add(new StoragePreview.IndexEntry(rendered.title(), name, rendered.labels()));
            cli.out.println(file + " -> " + outDir.resolve(name));
            // the Jira issue panel for the same document, as its author would see it
            String panelName = uniqueName(Path.of(name.replaceAll("\\.html$", "") + "-panel.json"), usedNames);
            String panel = PanelPreview.render(PanelViews.preview(doc, reviewer.review(doc), target.displayZone(),
                    bundle), css == null ? "" : css);
            if (cli.write(outDir.resolve(panelName), panel)) {
                entries.add(new StoragePreview.IndexEntry("Jira panel: " + rendered.title(), panelName, List.of()));
                cli.out.println(file + " -> " + outDir.resolve(panelName));
            }
        }
        if (!cli.write(outDir.resolve("index.html"), preview.indexHtml(entries, css))) {
            return Main.BAD_INPUT;
        }
        cli.out.println("index: " + outDir.resolve("index.html"));
        return exit;
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
}
