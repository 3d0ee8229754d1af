package io.postmortems.cli;

import java.util.List;

/**
 * The command line itself is wrong (unknown option, missing value), or a file it names cannot be used (a bad
 * {@code --settings} file); the message says which part. Either way the exit code is 2; only a wrong command line
 * points to {@code --help}.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;
    private final boolean pointsToHelp;

    UsageException(String message) {
        this(List.of(message), true);
    }

    private UsageException(List<String> lines, boolean pointsToHelp) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
        this.pointsToHelp = pointsToHelp;
    }

    /** A file named on the command line that cannot be used: one line per problem, each naming file and field. */
    static UsageException badFile(List<String> problems) {
        return new UsageException(problems, false);
    }

    /** The lines to print, each after {@code postmortems: }. */
    List<String> lines() {
        return lines;
    }

    boolean pointsToHelp() {
        return pointsToHelp;
    }
}
