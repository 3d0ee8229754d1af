package io.postmortems.cli;

import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.core.review.ReviewSettingsFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every command of one run shares: the output streams, the environment, reading and reporting files, and the
 * {@code --settings FILE} option that validate, render, preview and publish declare.
 */
final class CliContext {
    /** The organisation's review settings, as the Jira settings page exports them ({@link ReviewSettingsFile}). */
    static final OptionSpec SETTINGS = OptionSpec.optional("settings", "FILE",
            "review with the organisation's rules: a review settings file exported from the Jira settings page");

    final PrintStream out;
    final PrintStream err;
    final Map<String, String> env;
    final PostMortemCodec codec = new PostMortemCodec();
    final DocumentFiles files = new DocumentFiles(codec);
    private final Messages messages = new Messages();

    CliContext(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /**
     * The review settings of {@code --settings FILE}, read once per run; {@link ReviewSettings#defaults()} without
     * the option. A file that cannot be read or used stops the run (exit 2) with one line per problem, each naming
     * the file and the field.
     */
    ReviewSettings reviewSettings(Arguments args) throws UsageException {
        Optional<String> name = args.option(SETTINGS);
        if (name.isEmpty()) {
            return ReviewSettings.defaults();
        }
        Path file = Path.of(name.get());
        DocumentFiles.Text text = DocumentFiles.readText(file);
        if (text.problem() != null) {
            throw UsageException.badFile(List.of("settings file " + file + ": " + text.problem()));
        }
        ReviewSettingsFile.Read read = ReviewSettingsFile.read(text.text());
        if (!read.isOk()) {
            throw UsageException.badFile(read.problems().stream()
                    .map(problem -> "settings file " + file + ": " + problem).toList());
        }
        return read.settings();
    }

    void reportUnreadable(Path file, ReadResult read) {
        for (InputProblem problem : read.problems()) {
            err.println(file + ": " + problem);
        }
    }

    /** The folder named by {@code --out}, created when missing; a symbolic link or a failure is a usage error. */
    static Path outputFolder(String name) throws UsageException {
        Path outDir = Path.of(name);
        if (Files.isSymbolicLink(outDir)) {
            throw new UsageException(outDir + ": the output folder is a symbolic link; give the real folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UsageException(outDir + ": the output folder cannot be created");
        }
        return outDir;
    }

    /** Writes a file without following a symbolic link; a failure is reported on stderr and answered false. */
    boolean write(Path target, String text) {
        try {
            NoFollowFiles.write(target, text);
            return true;
        } catch (IOException e) {
            err.println(target + ": cannot be written" + (Files.isSymbolicLink(target)
                    ? " (it is a symbolic link, which is never followed)" : ""));
            return false;
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
