package io.postmortems.cli;

import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.metrics.PostMortemReport;
import io.postmortems.core.review.ReviewConfig;
import io.postmortems.panel.BundleText;
import io.postmortems.panel.PanelText;
import io.postmortems.panel.ReportsPreview;
import io.postmortems.panel.ReportsView;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code report FILE|DIR... --out DIR}: the figures of the Jira reports page over post-mortems kept as files, by the
 * same arithmetic ({@link PostMortemReport} over each document's {@link MirrorSnapshot}) and the same view and
 * template ({@link ReportsView}, {@link ReportsPreview}): {@code DIR/index.html}, self-contained, and
 * {@code DIR/report.json} ({@link ReportJson}). A file that cannot be read is named on stderr with its cause and
 * left out (the page and the JSON say how many); the exit code is 0 when at least one post-mortem was read and both
 * files were written, 2 when none could be read (then nothing is written) or a file could not be written.
 */
final class ReportCommand implements Command {
    static final OptionSpec OUT = OptionSpec.required("out", "DIR",
            "the folder index.html and report.json are written to");
    static final OptionSpec ZONE = OptionSpec.withDefault("zone", "ZONE",
            "time zone whose calendar decides an incident's month and today's date", "UTC");
    static final OptionSpec TODAY = OptionSpec.optional("today", "DATE",
            "the day open countermeasures count as overdue after (YYYY-MM-DD); default: today in --zone");
    static final String PAGE = "index.html";
    static final String JSON = "report.json";
    /** The Jira page's words that speak of browsing issues, and the words for files in their place. */
    private static final String SCOPE_ALL = "postmortems.reports.scope.all";
    private static final Map<String, String> FILE_WORDS = Map.of(
            SCOPE_ALL, "postmortems.reports.files.scope",
            "postmortems.reports.unreadable", "postmortems.reports.files.unreadable");

    private final CliContext cli;
    private final PageOptions page;

    ReportCommand(CliContext cli, PageOptions page) {
        this.cli = cli;
        this.page = page;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String operands() {
        return "FILE|DIR...";
    }

    @Override
    public String summary() {
        return "the reports page's figures over many post-mortems: index.html with charts, and report.json";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OUT, ZONE, TODAY, PageOptions.LOCALE);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        ZoneId zone = zone(args.option(ZONE).orElseThrow());
        LocalDate today = args.option(TODAY).isPresent() ? today(args.option(TODAY).get()) : LocalDate.now(zone);
        Locale locale = page.locale(args);
        List<Path> inputs = DocumentFiles.expand(args.positional());
        List<MirrorSnapshot> snapshots = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<ReportJson.Skipped> skipped = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path file : inputs) {
            if (!seen.add(file.toAbsolutePath().normalize())) {
                cli.err.println(file + ": given twice, counted once");
                continue;
            }
            ReadResult result = cli.files.read(file);
            if (!result.isOk()) {
                cli.reportUnreadable(file, result);
                skipped.add(new ReportJson.Skipped(file.toString(),
                        result.problems().stream().map(InputProblem::toString).toList()));
                continue;
            }
            snapshots.add(MirrorSnapshot.of(result.get(), ReviewConfig.defaults()));
            read.add(file.toString());
        }
        if (snapshots.isEmpty()) {
            cli.err.println("postmortems: no post-mortem could be read; no report written");
            return Main.BAD_INPUT;
        }
        Path outDir = CliContext.outputFolder(args.required(OUT));
        PostMortemReport report = PostMortemReport.of(snapshots, zone, today);
        PanelText bundle = BundleText.of(locale);
        // the scope line says where the figures come from, the months' zone and the day overdue is decided on
        List<String> scope = List.of(zone.getId(), today.toString());
        PanelText text = (key, words) -> bundle.text(FILE_WORDS.getOrDefault(key, key),
                SCOPE_ALL.equals(key) ? scope : words);
        String html = ReportsPreview.render(ReportsView.of(report, null, skipped.size(), text), text, locale);
        if (!cli.write(outDir.resolve(PAGE), html)
                || !cli.write(outDir.resolve(JSON), ReportJson.of(report, zone, today, read, skipped))) {
            return Main.BAD_INPUT;
        }
        cli.out.println("report: " + report.postMortems() + " post-mortem" + (report.postMortems() == 1 ? "" : "s")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                + " left out") + " -> " + outDir.resolve(PAGE) + ", " + outDir.resolve(JSON));
        return Main.OK;
    }

    private static ZoneId zone(String id) throws UsageException {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException("--zone '" + id + "' is not a time zone id (e.g. Europe/Berlin, UTC)");
        }
    }

    private static LocalDate today(String date) throws UsageException {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UsageException("--today '" + date + "' is not a date (YYYY-MM-DD)");
        }
    }
}
