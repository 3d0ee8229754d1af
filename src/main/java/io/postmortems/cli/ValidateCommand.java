package io.postmortems.cli;

import io.postmortems.core.io.ReadResult;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewReport;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code validate FILE|DIR... [--settings FILE]}: reviews each document and prints its findings; exit 1 on error
 * findings. With {@code --settings} the review runs with the organisation's rules, as Jira's does.
 */
final class ValidateCommand implements Command {
    private final CliContext cli;

    ValidateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String operands() {
        return "FILE|DIR...";
    }

    @Override
    public String summary() {
        return "review each post-mortem; exit 0 clean, 1 errors, 2 unreadable";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(CliContext.SETTINGS);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        PostMortemReviewer reviewer = new PostMortemReviewer(cli.reviewSettings(args).reviewConfig(null));
        int exit = Main.OK;
        for (Path file : DocumentFiles.expand(args.positional())) {
            ReadResult read = cli.files.read(file);
            if (!read.isOk()) {
                cli.reportUnreadable(file, read);
                exit = Math.max(exit, Main.BAD_INPUT);
                continue;
            }
            ReviewReport report = reviewer.review(read.get());
            for (Finding finding : report.findings()) {
                cli.out.println(file + ": " + cli.describe(finding));
            }
            cli.out.println(file + ": " + CliContext.summary(report));
            if (report.hasErrors()) {
                exit = Math.max(exit, Main.FINDINGS);
            }
        }
        return exit;
    }
}
